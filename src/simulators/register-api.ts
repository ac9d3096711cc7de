// What the demo registers' HTTP APIs share: errors in one JSON shape and never a stack trace, no
// caching, the OpenAPI pieces every document repeats, and reading an owner that a path names either
// by personal code or by registration number. It lives with the population register, which every
// other register already depends on.
import type { FastifyInstance, FastifyReply } from "fastify";
import { type PersonalCode, parsePersonalCode } from "../platform/identifiers/personal-code.ts";
import { parseRegistrationNumber, type RegistrationNumber } from "../platform/identifiers/registration-number.ts";
import { findCompany } from "./enterprise-register/index.ts";
import { findPerson, type RegisterPerson } from "./population-register/index.ts";

type ErrorCode = "not_found" | "invalid_identifier" | "internal_error";

/** Answers of the API as a whole: JSON errors for unknown paths and failures, and nothing kept in caches. */
export function jsonApi(app: FastifyInstance): void {
  app.addHook("onRequest", async (_request, reply) => {
    reply.header("cache-control", "no-store");
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, "not_found", "This API has no such resource."));
  app.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, "register API failed");
    return sendError(reply, 500, "internal_error", "The register could not answer.");
  });
}

export function notFound(reply: FastifyReply, message: string): FastifyReply {
  return sendError(reply, 404, "not_found", message);
}

export function invalidIdentifier(reply: FastifyReply, message: string): FastifyReply {
  return sendError(reply, 400, "invalid_identifier", message);
}

function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string): FastifyReply {
  return reply.code(status).type("application/json; charset=utf-8").send({ code, message });
}

/** The person a path names; null once the reply says why not: 400 for an invalid code, 404 for an unknown one. */
export function personNamed(reply: FastifyReply, input: string): RegisterPerson | null {
  if (!parsePersonalCode(input).ok) {
    invalidIdentifier(reply, "Not a valid personal code.");
    return null;
  }
  const person = findPerson(input);
  if (!person) notFound(reply, "The population register has no person with this code.");
  return person;
}

/** A person or a company, as a path or an answer names them. Registration numbers start with 4 or 9, personal codes never do. */
export type Party = { kind: "person"; personalCode: PersonalCode } | { kind: "company"; registrationNumber: RegistrationNumber };

export function parseParty(input: string): Party | null {
  const person = parsePersonalCode(input);
  if (person.ok) return { kind: "person", personalCode: person.code };
  const company = parseRegistrationNumber(input);
  return company.ok ? { kind: "company", registrationNumber: company.number } : null;
}

export function sameParty(a: Party, b: Party): boolean {
  if (a.kind === "person") return b.kind === "person" && a.personalCode === b.personalCode;
  return b.kind === "company" && a.registrationNumber === b.registrationNumber;
}

export function fullName(person: Pick<RegisterPerson, "givenName" | "familyName">): string {
  return `${person.givenName} ${person.familyName}`;
}

// OpenAPI and Fastify share these schemas: each route serialises its answers with the very schema its
// document shows, so the document cannot promise a field the API leaves out.
export const dateSchema = { type: "string", format: "date" } as const;
export const nullableDateSchema = { type: ["string", "null"], format: "date" } as const;
export const personalCodeSchema = {
  type: "string",
  pattern: "^\\d{11}$",
  description: "Personal code, 11 digits without hyphen.",
} as const;
export const registrationNumberSchema = {
  type: "string",
  pattern: "^[49]\\d{10}$",
  description: "Registration number, 11 digits.",
} as const;

export const errorSchema = {
  type: "object",
  required: ["code", "message"],
  properties: {
    code: { type: "string", enum: ["not_found", "invalid_identifier", "internal_error"] },
    message: { type: "string" },
  },
} as const;

/** A person or a company in an answer: exactly one of the two identifiers is set. */
export const partySchema = {
  type: "object",
  required: ["kind", "personalCode", "registrationNumber", "name"],
  properties: {
    kind: { type: "string", enum: ["person", "company"] },
    personalCode: { type: ["string", "null"], pattern: "^\\d{11}$" },
    registrationNumber: { type: ["string", "null"], pattern: "^[49]\\d{10}$" },
    name: { type: "string", description: "A person's given and family name, or a company's name." },
  },
} as const;

/** Response schemas for a Fastify route: the answer on success, the error shape on 400 and 404. */
export function replies(ok: object): { response: Record<number, object> } {
  return { response: { 200: ok, 400: errorSchema, 404: errorSchema } };
}

/** The parts of an OpenAPI document that are the same in every register's. */
export const openapiErrors = {
  schemas: { Error: errorSchema },
  responses: {
    InvalidIdentifier: {
      description: "The identifier in the path is not valid, e.g. a wrong check digit.",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    },
    NotFound: {
      description: "The identifier is valid but the register holds no such entry.",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    },
  },
} as const;

/** One GET operation of an OpenAPI document with a single path parameter. */
export function getOperation(operation: {
  service: string;
  operationId: string;
  summary: string;
  description: string;
  parameter: { name: string; description: string; example: string };
  schema: string;
}): Record<string, unknown> {
  const { service, parameter } = operation;
  return {
    get: {
      tags: [service],
      operationId: operation.operationId,
      summary: operation.summary,
      description: operation.description,
      parameters: [
        {
          name: parameter.name,
          in: "path",
          required: true,
          description: parameter.description,
          schema: { type: "string" },
          example: parameter.example,
        },
      ],
      responses: {
        200: { description: "Found.", content: { "application/json": { schema: { $ref: `#/components/schemas/${operation.schema}` } } } },
        400: { $ref: "#/components/responses/InvalidIdentifier" },
        404: { $ref: "#/components/responses/NotFound" },
      },
    },
  };
}

/** A party as an answer shows it, with its name; null if the person or company is in neither register. */
export function describeParty(
  party: Party,
): { kind: Party["kind"]; personalCode: string | null; registrationNumber: string | null; name: string } | null {
  if (party.kind === "person") {
    const person = findPerson(party.personalCode);
    return person && { kind: "person", personalCode: person.personalCode, registrationNumber: null, name: fullName(person) };
  }
  const company = findCompany(party.registrationNumber);
  return company && { kind: "company", personalCode: null, registrationNumber: company.registrationNumber, name: company.name };
}

/** The person or company a path names; null once the reply says why not: 400 for neither a code nor a number, 404 for no one known. */
export function partyNamed(reply: FastifyReply, input: string): ReturnType<typeof describeParty> {
  const party = parseParty(input);
  if (!party) {
    invalidIdentifier(reply, "Neither a valid personal code nor a valid registration number.");
    return null;
  }
  const described = describeParty(party);
  if (!described) notFound(reply, "No person or company with this code or number is registered.");
  return described;
}

/** The personal codes among parties, for `aboutPersons`. */
export function personCodes(parties: Iterable<{ personalCode: string | null } | null>): string[] {
  return [...parties].flatMap((party) => (party?.personalCode ? [party.personalCode] : []));
}
