// Whose e-services a request may see: an editor acting for an institution sees that institution's
// alone; another's is "not found", so its existence is not told.
import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import { AppError } from "../../../platform/errors.ts";
import { requireIdentity } from "../../identity/index.ts";
import { type StoredDefinition, storedDefinition } from "../definition/definition.repository.ts";

/** The institution the editor acts for: the unit of their membership. */
export function editorInstitution(request: FastifyRequest): string {
  const membership = requireIdentity(request).membership;
  if (membership?.unitKind !== "institution") throw new AppError("forbidden", 403);
  return membership.unitCode;
}

export async function ownDefinition(db: Kysely<Tables>, request: FastifyRequest): Promise<StoredDefinition> {
  const { service } = request.params as { service: string };
  const definition = await storedDefinition(db, service);
  if (!definition || definition.institution !== editorInstitution(request)) throw new AppError("not_found", 404);
  return definition;
}

/** What the editor works on: the draft, or the latest published version when there is none. */
export function workingCopy(definition: StoredDefinition): unknown {
  return definition.draft ?? definition.published;
}

/** A number from an address, counted from 1, as an index from 0; anything else is not found. */
export function indexParam(request: FastifyRequest, name: string): number {
  const raw = (request.params as Record<string, string>)[name] ?? "";
  if (!/^[1-9]\d{0,3}$/.test(raw)) throw new AppError("not_found", 404);
  return Number(raw) - 1;
}
