// A draft as the public would see it once published: laid over its template when it is a local
// variant, with the events, variants and e-service the published service already has.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import { eServiceLink, institutionById, type PublishedService, publishedService } from "../catalog.repository.ts";
import { withEService } from "../eservice-link.ts";
import type { ServiceDocument, Text } from "../model.ts";
import { isLocalVariant, type ResolvedService, resolveVariant } from "../resolve-variant.ts";
import { type EditorService, templateDocuments } from "./editor.repository.ts";

export type Preview = { service: PublishedService; coverage: Text[] };

async function resolved(db: Kysely<Tables>, service: EditorService): Promise<ResolvedService | null> {
  const doc = service.draft ?? service.published;
  if (!doc) return null;
  if (!isLocalVariant(doc)) return doc;
  const template = (await templateDocuments(db, [doc.template])).get(doc.template);
  const municipality = await institutionById(db, doc.institution);
  return template && municipality ? resolveVariant(template as ServiceDocument, doc, municipality) : null;
}

/** The working copy (or, without one, the published version) as its public page; null when it cannot be shown. */
export async function previewOf(db: Kysely<Tables>, service: EditorService, now: Date): Promise<Preview | null> {
  const draft = await resolved(db, service);
  if (!draft) return null;
  const eService = await eServiceLink(db, service.identifier);
  const document = withEService(draft, eService);
  const institution = await institutionById(db, document.institution);
  if (!institution) return null;
  const live =
    (await publishedService(db, service.identifier)) ?? (document.variantOf ? await publishedService(db, document.variantOf) : null);
  const coverage: Text[] = [];
  for (const id of document.municipalities ?? []) {
    const municipality = await institutionById(db, id);
    if (municipality) coverage.push(municipality.name);
  }
  return {
    service: {
      document,
      version: (service.publishedVersion ?? 0) + (service.draft ? 1 : 0),
      publishedAt: now,
      institution,
      events: live?.events ?? [],
      variants: document.template ? (live?.variants ?? []) : [],
      eService,
    },
    coverage,
  };
}
