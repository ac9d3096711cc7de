// Loads a batch of catalogue documents (from CPSV-AP JSON-LD, the demo data or a test), creating
// or updating each by identifier. Everything is checked first; a batch with any problem writes
// nothing, and the caller's transaction makes the writes all-or-nothing too.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { canonicalJson } from "../canonical-json.ts";
import {
  eventReferences,
  institutionReferences,
  type KnownIdentifiers,
  serviceReferences,
  variantReferences,
} from "../check-references.ts";
import { eventSchema, institutionSchema, localVariantSchema, type Problem, problemsOf, serviceSchema } from "../document-schema.ts";
import type { EventDocument, InstitutionDocument, LocalVariantDocument, ServiceDocument } from "../model.ts";
import { reindexAll } from "../search/reindex.ts";
import { rebuildVocabulary } from "../search/search-entry.ts";
import { publishImported } from "./publish-imported.ts";

export type CatalogueBatch = {
  institutions: InstitutionDocument[];
  services: ServiceDocument[];
  localVariants: LocalVariantDocument[];
  events: EventDocument[];
};

export type ItemKind = "institution" | "service" | "event";
/** A problem and the document it is in, e.g. service "pases-izsniegsana", path "title.en". */
export type ImportProblem = Problem & { kind: ItemKind; identifier: string };
type Tally = { created: number; updated: number; unchanged: number };
export type ImportReport = Record<"institutions" | "services" | "events", Tally>;
export type ImportResult = { ok: true; report: ImportReport } | { ok: false; problems: ImportProblem[] };

async function knownIdentifiers(ctx: Context, batch: CatalogueBatch): Promise<KnownIdentifiers> {
  const institutions = new Map<string, InstitutionDocument["kind"]>();
  for (const r of await ctx.trx.selectFrom("catalog.institution").select(["identifier", "kind"]).execute())
    institutions.set(r.identifier, r.kind as InstitutionDocument["kind"]);
  for (const i of batch.institutions) institutions.set(i.identifier, i.kind);
  const rows = await ctx.trx.selectFrom("catalog.service").select(["identifier", "is_template"]).execute();
  const services = new Set([...rows.map((r) => r.identifier), ...batch.services.map((s) => s.identifier)]);
  for (const v of batch.localVariants) services.add(v.identifier);
  const templates = new Set(rows.filter((r) => r.is_template).map((r) => r.identifier));
  for (const s of batch.services) if (s.template) templates.add(s.identifier);
  return { institutions, services, templates };
}

function duplicateProblems(kind: ItemKind, identifiers: string[]): ImportProblem[] {
  return identifiers
    .filter((id, i) => identifiers.indexOf(id) !== i)
    .map((identifier) => ({ kind, identifier, path: "identifier", code: "duplicate" as const }));
}

export async function checkBatch(ctx: Context, batch: CatalogueBatch): Promise<ImportProblem[]> {
  const known = await knownIdentifiers(ctx, batch);
  const tag = (kind: ItemKind, identifier: string) => (p: Problem) => ({ ...p, kind, identifier });
  return [
    ...duplicateProblems(
      "institution",
      batch.institutions.map((i) => i.identifier),
    ),
    ...duplicateProblems(
      "service",
      [...batch.services, ...batch.localVariants].map((s) => s.identifier),
    ),
    ...duplicateProblems(
      "event",
      batch.events.map((e) => e.identifier),
    ),
    ...batch.institutions.flatMap((d) => {
      const shape = problemsOf(institutionSchema, d);
      return (shape.length ? shape : institutionReferences(d, known)).map(tag("institution", d.identifier));
    }),
    ...batch.services.flatMap((d) => {
      const shape = problemsOf(serviceSchema, d);
      return (shape.length ? shape : serviceReferences(d, known)).map(tag("service", d.identifier));
    }),
    ...batch.localVariants.flatMap((d) => {
      const shape = problemsOf(localVariantSchema, d);
      return (shape.length ? shape : variantReferences(d, known)).map(tag("service", d.identifier));
    }),
    ...batch.events.flatMap((d) => {
      const shape = problemsOf(eventSchema, d);
      return (shape.length ? shape : eventReferences(d, known)).map(tag("event", d.identifier));
    }),
  ];
}

async function putInstitution(ctx: Context, doc: InstitutionDocument): Promise<keyof Tally> {
  const row = await ctx.trx
    .selectFrom("catalog.institution")
    .select("document")
    .where("identifier", "=", doc.identifier)
    .executeTakeFirst();
  if (row && canonicalJson(row.document) === canonicalJson(doc)) return "unchanged";
  const columns = { kind: doc.kind, name_lv: doc.name.lv, name_en: doc.name.en, parent: doc.parent ?? null, document: canonicalJson(doc) };
  if (row)
    await ctx.trx
      .updateTable("catalog.institution")
      .set({ ...columns, updated_at: new Date() })
      .where("identifier", "=", doc.identifier)
      .execute();
  else
    await ctx.trx
      .insertInto("catalog.institution")
      .values({ identifier: doc.identifier, ...columns })
      .execute();
  await recordAudit(ctx, {
    event: `catalog.institution.${row ? "update" : "create"}`,
    subjectType: "institution",
    subjectId: doc.identifier,
  });
  return row ? "updated" : "created";
}

async function putEvent(ctx: Context, doc: EventDocument): Promise<keyof Tally> {
  const row = await ctx.trx.selectFrom("catalog.event").select("document").where("identifier", "=", doc.identifier).executeTakeFirst();
  if (row && canonicalJson(row.document) === canonicalJson(doc)) return "unchanged";
  const columns = { kind: doc.kind, title_lv: doc.title.lv, title_en: doc.title.en, document: canonicalJson(doc) };
  if (row)
    await ctx.trx
      .updateTable("catalog.event")
      .set({ ...columns, updated_at: new Date() })
      .where("identifier", "=", doc.identifier)
      .execute();
  else
    await ctx.trx
      .insertInto("catalog.event")
      .values({ identifier: doc.identifier, ...columns })
      .execute();
  await ctx.trx.deleteFrom("catalog.event_service").where("event", "=", doc.identifier).execute();
  const links = doc.steps.flatMap((step, i) => [...new Set(step.services)].map((service) => ({ event: doc.identifier, step: i, service })));
  if (links.length) await ctx.trx.insertInto("catalog.event_service").values(links).execute();
  await recordAudit(ctx, { event: `catalog.event.${row ? "update" : "create"}`, subjectType: "event", subjectId: doc.identifier });
  return row ? "updated" : "created";
}

function tally(): Tally {
  return { created: 0, updated: 0, unchanged: 0 };
}

export async function importCatalogue(ctx: Context, batch: CatalogueBatch): Promise<ImportResult> {
  const problems = await checkBatch(ctx, batch);
  if (problems.length) return { ok: false, problems };
  const report: ImportReport = { institutions: tally(), services: tally(), events: tally() };
  for (const doc of batch.institutions) report.institutions[await putInstitution(ctx, doc)]++;
  // Templates before their variants, so that a variant is never published without its template.
  for (const outcome of await publishImported(ctx, [...batch.services, ...batch.localVariants])) report.services[outcome]++;
  for (const doc of batch.events) report.events[await putEvent(ctx, doc)]++;
  const changed = (t: Tally) => t.created + t.updated > 0;
  if (changed(report.institutions) || changed(report.services) || changed(report.events)) {
    await reindexAll(ctx.trx);
    await rebuildVocabulary(ctx.trx);
  }
  return { ok: true, report };
}
