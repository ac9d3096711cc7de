// The population register API's OpenAPI document, and the schemas its routes serialise answers with.
import { dateSchema, getOperation, nullableDateSchema, openapiErrors, personalCodeSchema } from "../register-api.ts";

const relative = {
  type: "object",
  required: ["personalCode", "givenName", "familyName", "birthDate", "deceasedOn"],
  properties: {
    personalCode: personalCodeSchema,
    givenName: { type: "string" },
    familyName: { type: "string" },
    birthDate: dateSchema,
    deceasedOn: nullableDateSchema,
  },
} as const;

export const personSchema = {
  type: "object",
  required: [
    "personalCode",
    "givenName",
    "familyName",
    "birthDate",
    "sex",
    "citizenship",
    "status",
    "residencePermit",
    "declaredAddress",
    "deceasedOn",
  ],
  properties: {
    personalCode: personalCodeSchema,
    givenName: { type: "string" },
    familyName: { type: "string" },
    birthDate: dateSchema,
    sex: { type: "string", enum: ["female", "male"] },
    citizenship: { type: ["string", "null"], description: 'ISO 3166-1 alpha-2 code, "LV" for citizens; null for non-citizens of Latvia.' },
    status: { type: "string", enum: ["citizen", "non-citizen", "foreigner"] },
    residencePermit: {
      type: ["object", "null"],
      required: ["kind", "number", "validUntil"],
      properties: {
        kind: { type: "string", enum: ["permanent", "temporary"] },
        number: { type: "string" },
        validUntil: nullableDateSchema,
      },
    },
    declaredAddress: {
      type: ["object", "null"],
      description: "Null for people declared abroad or nowhere.",
      required: ["addressCode", "text", "municipality", "declaredOn"],
      properties: {
        addressCode: { type: "string", pattern: "^\\d{9}$", description: "The address's code in the state address register." },
        text: { type: "string" },
        municipality: { type: "string" },
        declaredOn: dateSchema,
      },
    },
    deceasedOn: nullableDateSchema,
  },
} as const;

export const relationsSchema = {
  type: "object",
  required: ["personalCode", "spouse", "parents", "children"],
  properties: {
    personalCode: personalCodeSchema,
    spouse: { ...relative, type: ["object", "null"] },
    parents: { type: "array", items: relative },
    children: { type: "array", items: relative },
  },
} as const;

const address = {
  addressCode: { type: "string", pattern: "^\\d{9}$", description: "The address's code in the state address register." },
  text: { type: "string" },
  municipality: { type: "string" },
} as const;

export const addressSchema = {
  type: "object",
  required: ["addressCode", "text", "municipality"],
  properties: address,
} as const;

export const addressSearchSchema = {
  type: "object",
  required: ["addresses"],
  properties: {
    addresses: {
      type: "array",
      description: "In Latvian alphabetical order of the text; empty when nothing matches.",
      items: addressSchema,
    },
  },
} as const;

export const residentsSchema = {
  type: "object",
  required: ["addressCode", "text", "municipality", "residents"],
  properties: {
    ...address,
    residents: {
      type: "array",
      description: "Living persons whose declared address this is.",
      items: {
        type: "object",
        required: ["personalCode", "givenName", "familyName", "birthDate", "declaredOn"],
        properties: {
          personalCode: personalCodeSchema,
          givenName: { type: "string" },
          familyName: { type: "string" },
          birthDate: dateSchema,
          declaredOn: dateSchema,
        },
      },
    },
  },
} as const;

const personalCode = {
  name: "personalCode",
  description: "Personal code, with or without the hyphen after the sixth digit.",
  example: "150384-13866",
};

const addressCode = { name: "addressCode", description: "The address's 9-digit code in the state address register.", example: "105117328" };

export const populationOpenapi = {
  openapi: "3.1.0",
  info: {
    title: "Iedzīvotāju reģistrs (Population register)",
    version: "1.0.0",
    description:
      "Persons registered in Latvia: identity, citizenship, declared address and family relations, and who is declared at an address. " +
      "A demo register with synthetic data, run by PMLP.",
  },
  tags: [
    { name: "persons", description: "A person's data and family relations." },
    { name: "addresses", description: "Addresses of the state address register, and the persons declared at one." },
  ],
  paths: {
    "/persons/{personalCode}": getOperation({
      service: "persons",
      operationId: "getPerson",
      summary: "A person's identity, status and declared address",
      description: "The person with this code, living or deceased.",
      parameter: personalCode,
      schema: "Person",
    }),
    "/persons/{personalCode}/relations": getOperation({
      service: "persons",
      operationId: "getRelations",
      summary: "A person's spouse, parents and children",
      description: "Family relations as registered, including deceased relatives.",
      parameter: personalCode,
      schema: "Relations",
    }),
    "/addresses": {
      get: {
        tags: ["addresses"],
        operationId: "searchAddresses",
        summary: "Addresses matching a text",
        description:
          "Addresses where every word of the query starts a word of the address, ignoring case and diacritics: " +
          '"brivibas 101" finds "Brīvības iela 101-5, Rīga, LV-1001". Not personal data.',
        parameters: [
          {
            name: "q",
            in: "query",
            required: true,
            description: "What the person typed; at least 2 characters.",
            schema: { type: "string", minLength: 2 },
            example: "brivibas 101",
          },
          {
            name: "limit",
            in: "query",
            required: false,
            description: "The most addresses to answer; 10 when not given, at most 20.",
            schema: { type: "integer", minimum: 1, default: 10 },
          },
        ],
        responses: {
          200: { description: "Found.", content: { "application/json": { schema: { $ref: "#/components/schemas/AddressSearch" } } } },
          400: {
            description: "The query is shorter than 2 characters, or the limit is not a whole number from 1.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
        },
      },
    },
    "/addresses/{addressCode}": getOperation({
      service: "addresses",
      operationId: "getAddress",
      summary: "An address",
      description: "The address's full text and municipality, whether or not anyone is declared there. Not personal data.",
      parameter: addressCode,
      schema: "Address",
    }),
    "/addresses/{addressCode}/residents": getOperation({
      service: "addresses",
      operationId: "getResidents",
      summary: "Persons declared at an address",
      description: "The address and the living persons whose declared address it is; an empty list if no one is declared there.",
      parameter: addressCode,
      schema: "Residents",
    }),
  },
  components: {
    schemas: {
      Person: personSchema,
      Relations: relationsSchema,
      Address: addressSchema,
      AddressSearch: addressSearchSchema,
      Residents: residentsSchema,
      ...openapiErrors.schemas,
    },
    responses: openapiErrors.responses,
  },
} as const;
