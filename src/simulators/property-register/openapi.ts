// The property register API's OpenAPI document, and the schemas its routes serialise answers with.
import { dateSchema, getOperation, openapiErrors, partySchema } from "../register-api.ts";

const cadastreNumber = {
  type: "string",
  pattern: "^\\d{11}$",
  description: "Kadastra numurs: the first four digits are the cadastral territory.",
} as const;
const kind = {
  type: "string",
  enum: ["land", "building", "apartment"],
  description: "Land (zeme), building (ēka) or apartment (dzīvoklis).",
} as const;
const address = {
  type: "object",
  required: ["addressCode", "text"],
  properties: {
    addressCode: { type: "string", pattern: "^\\d{9}$", description: "The address's code in the state address register." },
    text: { type: "string" },
  },
} as const;
const share = { type: "string", pattern: "^\\d+/\\d+$", description: 'The owner\'s share, e.g. "1/2".' } as const;

export const propertySchema = {
  type: "object",
  required: ["cadastreNumber", "kind", "address", "areaM2", "owners"],
  properties: {
    cadastreNumber,
    kind,
    address,
    areaM2: { type: "number", description: "Area in square metres." },
    owners: {
      type: "array",
      items: {
        type: "object",
        required: ["owner", "share", "since"],
        properties: { owner: partySchema, share, since: dateSchema },
      },
    },
  },
} as const;

export const ownedPropertiesSchema = {
  type: "object",
  required: ["owner", "properties"],
  properties: {
    owner: partySchema,
    properties: {
      type: "array",
      items: {
        type: "object",
        required: ["cadastreNumber", "kind", "address", "areaM2", "share", "since"],
        properties: { cadastreNumber, kind, address, areaM2: { type: "number" }, share, since: dateSchema },
      },
    },
  },
} as const;

export const propertyOpenapi = {
  openapi: "3.1.0",
  info: {
    title: "Nekustamā īpašuma valsts kadastrs (Property and cadastre register)",
    version: "1.0.0",
    description:
      "Land, buildings and apartments with their cadastre numbers, addresses, areas and owners. A demo register with synthetic data, run by VZD.",
  },
  tags: [
    { name: "properties", description: "A property and its owners." },
    { name: "owners", description: "What a person or a company owns." },
  ],
  paths: {
    "/properties/{cadastreNumber}": getOperation({
      service: "properties",
      operationId: "getProperty",
      summary: "A property and its owners",
      description: "The property with this cadastre number and each owner's share.",
      parameter: { name: "cadastreNumber", description: "Cadastre number, 11 digits; spaces are accepted.", example: "01009001234" },
      schema: "Property",
    }),
    "/owners/{owner}/properties": getOperation({
      service: "owners",
      operationId: "getOwnedProperties",
      summary: "Properties a person or a company owns",
      description: "Each property with the owner's own share; an empty list if they own none.",
      parameter: { name: "owner", description: "A personal code, or a company's registration number.", example: "150384-13866" },
      schema: "OwnedProperties",
    }),
  },
  components: {
    schemas: { Property: propertySchema, OwnedProperties: ownedPropertiesSchema, ...openapiErrors.schemas },
    responses: openapiErrors.responses,
  },
} as const;
