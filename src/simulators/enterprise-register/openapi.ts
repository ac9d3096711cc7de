// The enterprise register API's OpenAPI document, and the schemas its routes serialise answers with.
import { dateSchema, getOperation, openapiErrors, personalCodeSchema, registrationNumberSchema } from "../register-api.ts";

const status = {
  type: "string",
  enum: ["active", "liquidation", "excluded"],
  description: '"excluded": struck off the register; no one may act for it.',
} as const;
const position = { type: "string", enum: ["chair", "member"] } as const;
const representation = {
  type: "string",
  enum: ["alone", "jointly"],
  description: '"alone": may act for the company alone; "jointly": only together with another board member.',
} as const;

export const companySchema = {
  type: "object",
  required: ["registrationNumber", "name", "legalForm", "address", "registeredOn", "status", "board"],
  properties: {
    registrationNumber: registrationNumberSchema,
    name: { type: "string" },
    legalForm: { type: "string", enum: ["SIA", "AS", "IK", "biedrība", "nodibinājums"] },
    address: { type: "string", description: "Legal address." },
    registeredOn: dateSchema,
    status,
    board: {
      type: "array",
      items: {
        type: "object",
        required: ["personalCode", "givenName", "familyName", "position", "representation", "since"],
        properties: {
          personalCode: personalCodeSchema,
          givenName: { type: "string" },
          familyName: { type: "string" },
          position,
          representation,
          since: dateSchema,
        },
      },
    },
  },
} as const;

export const positionsSchema = {
  type: "object",
  required: ["personalCode", "positions"],
  properties: {
    personalCode: personalCodeSchema,
    positions: {
      type: "array",
      description: "Board seats in companies of any status, struck-off ones included.",
      items: {
        type: "object",
        required: ["registrationNumber", "name", "status", "position", "representation", "since"],
        properties: {
          registrationNumber: registrationNumberSchema,
          name: { type: "string" },
          status,
          position,
          representation,
          since: dateSchema,
        },
      },
    },
  },
} as const;

export const enterpriseOpenapi = {
  openapi: "3.1.0",
  info: {
    title: "Uzņēmumu reģistrs (Enterprise register)",
    version: "1.0.0",
    description:
      "Merchants, associations and foundations: legal form, status and who sits on the board with what right to represent. " +
      "A demo register with synthetic data, run by UR.",
  },
  tags: [
    { name: "companies", description: "A company and its board." },
    { name: "officers", description: "The board seats a person holds." },
  ],
  paths: {
    "/companies/{registrationNumber}": getOperation({
      service: "companies",
      operationId: "getCompany",
      summary: "A company and its board",
      description: "The company with this registration number, in any status.",
      parameter: {
        name: "registrationNumber",
        description: 'Registration number, 11 digits; spaces and the "LV" of a VAT number are accepted.',
        example: "40003073400",
      },
      schema: "Company",
    }),
    "/officers/{personalCode}/positions": getOperation({
      service: "officers",
      operationId: "getPositions",
      summary: "Companies where a person is on the board",
      description: "An empty list for a person on no board.",
      parameter: { name: "personalCode", description: "Personal code, with or without the hyphen.", example: "150384-13866" },
      schema: "Positions",
    }),
  },
  components: {
    schemas: { Company: companySchema, Positions: positionsSchema, ...openapiErrors.schemas },
    responses: openapiErrors.responses,
  },
} as const;
