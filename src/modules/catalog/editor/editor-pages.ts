// What the editors' routes share: whose institution the request works for, the service it may
// see (another institution's is "not found", so its existence is not told), what a service is
// called and where it stands, and the problems of a document.
import type { FastifyRequest, preHandlerAsyncHookHandler } from "fastify";
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors.ts";
import type { Locale } from "../../../platform/i18n/locale.ts";
import { actorNames, contextOf, requireIdentity } from "../../identity/index.ts";
import { institutionById } from "../catalog.repository.ts";
import { documentProblems } from "../commands/document-problems.ts";
import { problemFields } from "../commands/submit-service-for-review.ts";
import type { InstitutionDocument, ServiceDocument } from "../model.ts";
import { isLocalVariant } from "../resolve-variant.ts";
import type { StatusProps } from "../views/editor-status.tsx";
import { type EditorService, type StoredDocument, serviceOfInstitution, templateDocuments } from "./editor.repository.ts";

type Db = Kysely<Tables>;

/** The policy every editor route names: acting as an editor of an institution. */
export type EditorGuard = { preHandler: preHandlerAsyncHookHandler };

export function queryOf(request: FastifyRequest): Record<string, unknown> {
  return request.query as Record<string, unknown>;
}

/** The institution the editor works for: the unit of the membership they act in. */
export function editorUnit(request: FastifyRequest): string {
  const membership = requireIdentity(request).membership;
  if (membership?.unitKind !== "institution") throw new AppError("forbidden", 403);
  return membership.unitCode;
}

/** Who the request acts as, in the form the commands record (`user:<id>`). */
export function editorActor(request: FastifyRequest): string {
  return `user:${requireIdentity(request).session.personId}`;
}

export async function editorInstitution(db: Db, unit: string): Promise<InstitutionDocument> {
  const institution = await institutionById(db, unit);
  if (!institution) throw new AppError("catalog_editor_unknown_institution", 404);
  return institution;
}

export function identifierParam(request: FastifyRequest): string {
  return (request.params as { identifier: string }).identifier;
}

/** The service of the editor's institution, or 404 for anything else. */
export async function ownService(db: Db, request: FastifyRequest): Promise<EditorService> {
  const service = await serviceOfInstitution(db, identifierParam(request), editorUnit(request));
  if (!service) throw new AppError("not_found", 404);
  return service;
}

/** What the editor works on: the draft, or the published version when there is no draft. */
export function workingCopy(service: EditorService): StoredDocument {
  const doc = service.draft ?? service.published;
  if (!doc) throw new AppError("not_found", 404);
  return doc;
}

/** The national description a local variant is laid over. */
export async function templateOf(db: Db, template: string): Promise<ServiceDocument> {
  const doc = (await templateDocuments(db, [template])).get(template);
  if (!doc) throw new AppError("not_found", 404);
  return doc;
}

/** A service's name: its title, or for a local variant the template's with the municipality's name. */
export async function serviceHeading(db: Db, doc: StoredDocument, institution: InstitutionDocument, locale: Locale): Promise<string> {
  if (!isLocalVariant(doc)) return doc.title?.[locale] || doc.title?.lv || doc.identifier;
  const template = await templateOf(db, doc.template);
  return `${template.title[locale]} (${institution.name[locale]})`;
}

export async function statusOf(db: Db, service: EditorService): Promise<StatusProps> {
  const names = await actorNames(
    db,
    [service.draftUpdatedBy, service.submittedBy].filter((a): a is string => a !== null),
  );
  // Drafts are written by people; an actor without a name here is one whose person is gone.
  const name = (actor: string | null) => (actor === null ? null : (names.get(actor) ?? "—"));
  return {
    identifier: service.identifier,
    publishedVersion: service.publishedVersion,
    draftState: service.draftState,
    draftSaved: service.draft && service.draftUpdatedAt ? { by: name(service.draftUpdatedBy) ?? "—", at: service.draftUpdatedAt } : null,
    submittedBy: name(service.submittedBy),
  };
}

/** The document's problems (path → message key), checked as submitting would check them. */
export async function problemsOf(db: Db, request: FastifyRequest, doc: StoredDocument): Promise<Record<string, string>> {
  return problemFields(await inTransaction(db, (trx) => documentProblems(contextOf(request, trx), doc)));
}
