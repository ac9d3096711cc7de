// Reading the published catalogue for pages and the API: services (variants resolved), their
// versions, institutions and events. Plain objects out; nothing here writes.
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import { type EServiceLink, withEService } from "./eservice-link.ts";
import type { EventDocument, InstitutionDocument, LocalVariantDocument, ServiceDocument, Text } from "./model.ts";
import { isLocalVariant, type ResolvedService, resolveVariant } from "./resolve-variant.ts";

export type PublishedService = {
  document: ResolvedService;
  version: number;
  publishedAt: Date;
  institution: InstitutionDocument;
  events: { identifier: string; kind: string; title: Text }[];
  /** For a template: each municipality's variant. */
  variants: { identifier: string; municipality: string; name: Text }[];
  /** The service's own e-service on this portal; `document` already reads as what it does. */
  eService: EServiceLink | null;
};

type Db = Kysely<Tables>;

export async function institutionById(db: Db, identifier: string): Promise<InstitutionDocument | null> {
  const row = await db.selectFrom("catalog.institution").select("document").where("identifier", "=", identifier).executeTakeFirst();
  return (row?.document as InstitutionDocument | undefined) ?? null;
}

export async function allInstitutions(db: Db): Promise<InstitutionDocument[]> {
  const rows = await db.selectFrom("catalog.institution").select("document").orderBy("name_lv").execute();
  return rows.map((r) => r.document as InstitutionDocument);
}

/** The e-service linked to exactly this service: a template's link is not its variants'. */
export async function eServiceLink(db: Db, service: string): Promise<EServiceLink | null> {
  const row = await db.selectFrom("catalog.eservice_link").select(["path", "maturity"]).where("service", "=", service).executeTakeFirst();
  return row ?? null;
}

export async function allEServiceLinks(db: Db): Promise<Map<string, EServiceLink>> {
  const rows = await db.selectFrom("catalog.eservice_link").select(["service", "path", "maturity"]).execute();
  return new Map(rows.map((r) => [r.service, { path: r.path, maturity: r.maturity }]));
}

async function publishedRow(db: Db, identifier: string) {
  return db
    .selectFrom("catalog.service as s")
    .innerJoin("catalog.service_version as v", (j) =>
      j.onRef("v.service", "=", "s.identifier").onRef("v.version", "=", "s.published_version"),
    )
    .select(["s.published", "s.published_version", "v.published_at"])
    .where("s.identifier", "=", identifier)
    .where("s.withdrawn_at", "is", null)
    .executeTakeFirst();
}

export async function publishedService(db: Db, identifier: string): Promise<PublishedService | null> {
  const row = await publishedRow(db, identifier);
  if (!row?.published || row.published_version === null) return null;
  const stored = row.published as ServiceDocument | LocalVariantDocument;
  let document: ResolvedService;
  let eventsOf = identifier;
  if (isLocalVariant(stored)) {
    const template = await publishedRow(db, stored.template);
    const municipality = await institutionById(db, stored.institution);
    if (!template?.published || !municipality) return null;
    document = resolveVariant(template.published as ServiceDocument, stored, municipality);
    eventsOf = stored.template;
  } else {
    document = stored;
  }
  const eService = await eServiceLink(db, identifier);
  document = withEService(document, eService);
  const institution = await institutionById(db, document.institution);
  if (!institution) return null;
  const events = await db
    .selectFrom("catalog.event_service as es")
    .innerJoin("catalog.event as e", "e.identifier", "es.event")
    .select(["e.identifier", "e.kind", "e.title_lv", "e.title_en"])
    .distinct()
    .where("es.service", "=", eventsOf)
    .orderBy("e.title_lv")
    .execute();
  const variants = document.template
    ? await db
        .selectFrom("catalog.service as s")
        .innerJoin("catalog.institution as i", "i.identifier", "s.institution")
        .select(["s.identifier", "i.identifier as municipality", "i.name_lv", "i.name_en"])
        .where("s.template", "=", identifier)
        .where("s.published", "is not", null)
        .where("s.withdrawn_at", "is", null)
        .orderBy("i.name_lv")
        .execute()
    : [];
  return {
    document,
    version: row.published_version,
    publishedAt: row.published_at,
    institution,
    events: events.map((e) => ({ identifier: e.identifier, kind: e.kind, title: { lv: e.title_lv, en: e.title_en } })),
    variants: variants.map((v) => ({ identifier: v.identifier, municipality: v.municipality, name: { lv: v.name_lv, en: v.name_en } })),
    eService,
  };
}

export async function eventById(db: Db, identifier: string): Promise<EventDocument | null> {
  const row = await db.selectFrom("catalog.event").select("document").where("identifier", "=", identifier).executeTakeFirst();
  return (row?.document as EventDocument | undefined) ?? null;
}

export async function allEvents(db: Db): Promise<EventDocument[]> {
  const rows = await db.selectFrom("catalog.event").select("document").orderBy("kind").orderBy("title_lv").execute();
  return rows.map((r) => r.document as EventDocument);
}

export type ServiceSummary = { identifier: string; title: Text; summary: Text; institution: string; online: boolean; isTemplate: boolean };

/** Published services by identifier, in the order asked, for an event's steps or an institution's page. */
export async function serviceSummaries(db: Db, identifiers: string[]): Promise<Map<string, ServiceSummary>> {
  if (!identifiers.length) return new Map();
  const rows = await db
    .selectFrom("catalog.search_entry")
    .select(["service", "title_lv", "title_en", "summary_lv", "summary_en", "institution", "online", "is_template"])
    .where("service", "in", identifiers)
    .execute();
  return new Map(
    rows.map((r) => [
      r.service,
      {
        identifier: r.service,
        title: { lv: r.title_lv, en: r.title_en },
        summary: { lv: r.summary_lv, en: r.summary_en },
        institution: r.institution,
        online: r.online,
        isTemplate: r.is_template,
      },
    ]),
  );
}

/** Every published service of an institution, variants included, by title. */
export async function servicesOfInstitution(db: Db, institution: string): Promise<ServiceSummary[]> {
  const rows = await db
    .selectFrom("catalog.search_entry")
    .select("service")
    .where("institution", "=", institution)
    .orderBy("sort_lv")
    .execute();
  const map = await serviceSummaries(
    db,
    rows.map((r) => r.service),
  );
  return rows.map((r) => map.get(r.service)).filter((s): s is ServiceSummary => s !== undefined);
}

/** Every service for the A–Z list, templates once and without variants. */
export async function alphabeticalServices(db: Db): Promise<{ identifier: string; title: Text }[]> {
  const rows = await db
    .selectFrom("catalog.search_entry")
    .select(["service", "title_lv", "title_en"])
    .where("template", "is", null)
    .execute();
  return rows.map((r) => ({ identifier: r.service, title: { lv: r.title_lv, en: r.title_en } }));
}

/** The published services with their own e-service on this portal, by title: what a mandate may name. */
export async function servicesWithEService(db: Db): Promise<{ identifier: string; title: Text }[]> {
  const rows = await db
    .selectFrom("catalog.eservice_link as l")
    .innerJoin("catalog.search_entry as s", "s.service", "l.service")
    .select(["l.service", "s.title_lv", "s.title_en"])
    .orderBy("s.sort_lv")
    .execute();
  return rows.map((r) => ({ identifier: r.service, title: { lv: r.title_lv, en: r.title_en } }));
}
