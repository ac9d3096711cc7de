// The social insurance API's OpenAPI document, and the schemas its routes serialise answers with.
import {
  dateSchema,
  getOperation,
  nullableDateSchema,
  openapiErrors,
  personalCodeSchema,
  registrationNumberSchema,
} from "../register-api.ts";

export const periodsSchema = {
  type: "object",
  required: ["personalCode", "periods"],
  properties: {
    personalCode: personalCodeSchema,
    periods: {
      type: "array",
      description: "Oldest first; empty for someone never insured.",
      items: {
        type: "object",
        required: ["kind", "from", "to", "employer"],
        properties: {
          kind: { type: "string", enum: ["employee", "self-employed", "voluntary"] },
          from: dateSchema,
          to: { ...nullableDateSchema, description: "Null while the period lasts." },
          employer: {
            type: ["object", "null"],
            description: "Set for employees only.",
            required: ["registrationNumber", "name"],
            properties: { registrationNumber: registrationNumberSchema, name: { type: "string" } },
          },
        },
      },
    },
  },
} as const;

export const benefitsSchema = {
  type: "object",
  required: ["personalCode", "benefits"],
  properties: {
    personalCode: personalCodeSchema,
    benefits: {
      type: "array",
      description: "Benefits granted to the person, oldest first, ended ones included.",
      items: {
        type: "object",
        required: ["kind", "monthlyAmountCents", "from", "to", "childPersonalCode"],
        properties: {
          kind: { type: "string", enum: ["childbirth", "parental", "child", "old-age-pension", "unemployment", "sickness"] },
          monthlyAmountCents: { type: "integer", minimum: 0, description: "Amount a month in euro cents." },
          from: dateSchema,
          to: { ...nullableDateSchema, description: "Null while it is paid with no end date set." },
          childPersonalCode: {
            type: ["string", "null"],
            pattern: "^\\d{11}$",
            description: "For childbirth, parental and child benefits: the child's personal code.",
          },
        },
      },
    },
  },
} as const;

const personalCode = { name: "personalCode", description: "Personal code, with or without the hyphen.", example: "220786-10560" };

export const socialInsuranceOpenapi = {
  openapi: "3.1.0",
  info: {
    title: "Valsts sociālās apdrošināšanas aģentūras dati (Social insurance data)",
    version: "1.0.0",
    description:
      "A person's social insurance periods and the benefits and pensions paid to them. A demo register with synthetic data, run by VSAA.",
  },
  tags: [
    { name: "insurance", description: "Social insurance periods." },
    { name: "benefits", description: "Benefits and pensions." },
  ],
  paths: {
    "/insurance/{personalCode}/periods": getOperation({
      service: "insurance",
      operationId: "getInsuredPeriods",
      summary: "A person's social insurance periods",
      description: "Periods as an employee, self-employed or voluntarily insured person, with the employer where there is one.",
      parameter: personalCode,
      schema: "InsuredPeriods",
    }),
    "/benefits/{personalCode}": getOperation({
      service: "benefits",
      operationId: "getBenefits",
      summary: "Benefits and pensions granted to a person",
      description: "Childbirth, parental, child, unemployment and sickness benefits and old-age pensions, with monthly amounts.",
      parameter: personalCode,
      schema: "Benefits",
    }),
  },
  components: {
    schemas: { InsuredPeriods: periodsSchema, Benefits: benefitsSchema, ...openapiErrors.schemas },
    responses: openapiErrors.responses,
  },
} as const;
