// What the API's query parameters may hold. A refusal names the first parameter at fault; an
// empty value (a form field left blank) counts as not given, and parameters the API does not
// know are ignored, so a client written for a later version still gets an answer.
import { z } from "zod";
import { AppError } from "../../../platform/errors.ts";
import { AUDIENCES, EVENT_KINDS, SERVICE_KINDS } from "../model.ts";

export const LIMIT = { min: 1, max: 100, default: 20 } as const;
/** Far beyond the last page of the catalogue; keeps the offset a number the database can take. */
export const MAX_PAGE = 10_000;
export const MAX_QUERY_LENGTH = 200;
export const SERVICE_IDENTIFIER_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
export const INSTITUTION_IDENTIFIER_PATTERN = "^[A-Za-z][A-Za-z0-9-]*$";

const blankIsAbsent = (value: unknown) => (value === "" ? undefined : value);

function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankIsAbsent, schema.optional());
}

function wholeNumber(min: number, max: number, fallback: number) {
  return z.preprocess(
    blankIsAbsent,
    z
      .string()
      .regex(/^\d{1,6}$/)
      .transform(Number)
      .pipe(z.number().min(min).max(max))
      .default(fallback),
  );
}

const serviceIdentifier = z.string().max(120).regex(new RegExp(SERVICE_IDENTIFIER_PATTERN));
// Institutions are named by their abbreviation ("VSAA", "RIGA"); any letter case is accepted.
const institutionIdentifier = z
  .string()
  .max(40)
  .regex(new RegExp(INSTITUTION_IDENTIFIER_PATTERN))
  .transform((v) => v.toUpperCase());

export const serviceSearchParameters = z.object({
  q: optional(z.string().max(MAX_QUERY_LENGTH)),
  institution: optional(institutionIdentifier),
  lifeEvent: optional(serviceIdentifier),
  audience: optional(z.enum(AUDIENCES)),
  kind: optional(z.enum(SERVICE_KINDS)),
  municipality: optional(institutionIdentifier),
  online: optional(z.enum(["true", "false"]).transform((v) => v === "true")),
  page: wholeNumber(1, MAX_PAGE, 1),
  limit: wholeNumber(LIMIT.min, LIMIT.max, LIMIT.default),
});

export const eventListParameters = z.object({ kind: optional(z.enum(EVENT_KINDS)) });

/**
 * The parameters as the route may use them, or an AppError naming the first one at fault with
 * its own message, `<messages>.<parameter>` (e.g. `catalog.api.services.limit`).
 */
export function parseParameters<T extends z.ZodType>(schema: T, query: unknown, messages: string): z.output<T> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const field = String(result.error.issues[0]?.path[0] ?? "");
  throw new AppError("invalid_parameter", 400, { [field]: `${messages}.${field}` });
}
