// The published catalogue as CPSV-AP 3.2.0 JSON-LD text, for `epak catalog export` and
// GET /api/v1/catalog.jsonld: institutions, services (local variants as variants), events.
// Withdrawn services and unpublished drafts are not part of it.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import type { CatalogueBatch } from "../commands/import-catalogue.ts";
import type { EventDocument, InstitutionDocument, LocalVariantDocument, ServiceDocument } from "../model.ts";
import { isLocalVariant } from "../resolve-variant.ts";
import { catalogueDocument, serialise } from "./catalogue-document.ts";
import { catalogueIris } from "./iris.ts";

export async function publishedCatalogue(db: Kysely<Tables>): Promise<CatalogueBatch> {
  const institutions = await db.selectFrom("catalog.institution").select("document").orderBy("identifier").execute();
  const services = await db
    .selectFrom("catalog.service")
    .select("published")
    .where("published", "is not", null)
    .where("withdrawn_at", "is", null)
    .orderBy("identifier")
    .execute();
  const events = await db.selectFrom("catalog.event").select("document").orderBy("identifier").execute();
  const documents = services.map((s) => s.published as ServiceDocument | LocalVariantDocument);
  return {
    institutions: institutions.map((i) => i.document as InstitutionDocument),
    services: documents.filter((d): d is ServiceDocument => !isLocalVariant(d)),
    localVariants: documents.filter(isLocalVariant),
    events: events.map((e) => e.document as EventDocument),
  };
}

/** The export as a JSON-LD document; `base` is the origin its IRIs start with (the portal's public address). */
export async function catalogueJsonLd(db: Kysely<Tables>, options: { base: string }): Promise<ReturnType<typeof catalogueDocument>> {
  return catalogueDocument(await publishedCatalogue(db), catalogueIris(options.base));
}

/** The export as text, indented, for a file that people read and diff. */
export async function exportCatalogue(db: Kysely<Tables>, options: { base: string }): Promise<string> {
  return serialise(await catalogueJsonLd(db, options));
}
