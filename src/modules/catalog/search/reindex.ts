// Keeps the search index in step with what is published: a service's entry is rewritten when it
// or its template is published or its e-service is linked, and removed when it is withdrawn.
import type { Transaction } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import { allEServiceLinks, eServiceLink } from "../catalog.repository.ts";
import { type EServiceLink, withEService } from "../eservice-link.ts";
import type { InstitutionDocument, LocalVariantDocument, ServiceDocument } from "../model.ts";
import { isLocalVariant, resolveVariant } from "../resolve-variant.ts";
import { searchEntryRow, writeSearchEntry } from "./search-entry.ts";

async function institutionDocument(trx: Transaction<Tables>, identifier: string): Promise<InstitutionDocument | undefined> {
  const row = await trx.selectFrom("catalog.institution").select("document").where("identifier", "=", identifier).executeTakeFirst();
  return row?.document as InstitutionDocument | undefined;
}

async function eventsOf(trx: Transaction<Tables>, service: string): Promise<string[]> {
  const rows = await trx.selectFrom("catalog.event_service").select("event").distinct().where("service", "=", service).execute();
  return uniqueSorted(rows.map((r) => r.event));
}

async function publishedDocument(trx: Transaction<Tables>, identifier: string): Promise<ServiceDocument | LocalVariantDocument | null> {
  const row = await trx
    .selectFrom("catalog.service")
    .select(["published", "withdrawn_at"])
    .where("identifier", "=", identifier)
    .executeTakeFirst();
  if (!row || row.withdrawn_at || !row.published) return null;
  return row.published as ServiceDocument | LocalVariantDocument;
}

/** Rewrites (or removes) one service's entry; a template's variants follow it. */
export async function reindexService(trx: Transaction<Tables>, identifier: string): Promise<void> {
  const published = await publishedDocument(trx, identifier);
  if (!published) {
    await trx.deleteFrom("catalog.search_entry").where("service", "=", identifier).execute();
  } else if (isLocalVariant(published)) {
    const template = await publishedDocument(trx, published.template);
    const municipality = await institutionDocument(trx, published.institution);
    if (!template || isLocalVariant(template) || !municipality) {
      await trx.deleteFrom("catalog.search_entry").where("service", "=", identifier).execute();
      return;
    }
    const resolved = withEService(resolveVariant(template, published, municipality), await eServiceLink(trx, identifier));
    await writeSearchEntry(trx, resolved, {
      events: await eventsOf(trx, template.identifier),
      template: template.identifier,
      isTemplate: false,
      institutionName: { ...municipality.name, short: municipality.shortName },
    });
  } else {
    const institution = await institutionDocument(trx, published.institution);
    await writeSearchEntry(trx, withEService(published, await eServiceLink(trx, identifier)), {
      events: await eventsOf(trx, identifier),
      template: null,
      isTemplate: published.template === true,
      institutionName: institution ? { ...institution.name, short: institution.shortName } : { lv: "", en: "" },
    });
  }
  const variants = await trx.selectFrom("catalog.service").select("identifier").where("template", "=", identifier).execute();
  for (const v of variants) await reindexService(trx, v.identifier);
}

/** Rebuilds the whole index from what is published: after an import or the demo data. */
export async function reindexAll(trx: Transaction<Tables>): Promise<void> {
  const institutions = new Map(
    (await trx.selectFrom("catalog.institution").select(["identifier", "document"]).execute()).map((r) => [
      r.identifier,
      r.document as InstitutionDocument,
    ]),
  );
  const events = new Map<string, string[]>();
  for (const r of await trx.selectFrom("catalog.event_service").select(["event", "service"]).distinct().orderBy("event").execute()) {
    events.set(r.service, [...(events.get(r.service) ?? []), r.event]);
  }
  const published = await trx
    .selectFrom("catalog.service")
    .select(["identifier", "published"])
    .where("published", "is not", null)
    .where("withdrawn_at", "is", null)
    .execute();
  const byId = new Map(published.map((r) => [r.identifier, r.published as ServiceDocument | LocalVariantDocument]));
  const links = await allEServiceLinks(trx);
  const rows = [];
  for (const doc of byId.values()) {
    const row = entryFor(doc, byId, institutions, events, links.get(doc.identifier) ?? null);
    if (row) rows.push(row);
  }
  await trx.deleteFrom("catalog.search_entry").execute();
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto("catalog.search_entry")
      .values(rows.slice(i, i + 200))
      .execute();
}

function entryFor(
  doc: ServiceDocument | LocalVariantDocument,
  byId: Map<string, ServiceDocument | LocalVariantDocument>,
  institutions: Map<string, InstitutionDocument>,
  events: Map<string, string[]>,
  link: EServiceLink | null,
) {
  const nameOf = (id: string) => {
    const i = institutions.get(id);
    return i ? { ...i.name, short: i.shortName } : { lv: "", en: "" };
  };
  if (!isLocalVariant(doc)) {
    return searchEntryRow(withEService(doc, link), {
      events: uniqueSorted(events.get(doc.identifier)),
      template: null,
      isTemplate: doc.template === true,
      institutionName: nameOf(doc.institution),
    });
  }
  const template = byId.get(doc.template);
  const municipality = institutions.get(doc.institution);
  if (!template || isLocalVariant(template) || !municipality) return null;
  return searchEntryRow(withEService(resolveVariant(template, doc, municipality), link), {
    events: uniqueSorted(events.get(template.identifier)),
    template: template.identifier,
    isTemplate: false,
    institutionName: nameOf(doc.institution),
  });
}

function uniqueSorted(values: string[] | undefined): string[] {
  return [...new Set(values ?? [])].sort();
}
