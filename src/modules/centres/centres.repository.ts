// Reading centres, the services they offer and digital agents. Plain objects out, in no
// particular order: pages sort them by name in their own language's collation.
import type { Kysely, Selectable } from "kysely";
import type { CentresCentreTable, CentresDigitalAgentTable, Tables } from "../../platform/db/tables.ts";
import type { Centre, CentreService, DigitalAgent } from "./model.ts";

type Db = Kysely<Tables>;

export type CentreFilter = { municipality?: string | undefined; service?: string | undefined };

function toCentre(row: Selectable<CentresCentreTable>): Centre {
  return {
    code: row.code,
    slug: row.slug,
    name: { lv: row.name_lv, en: row.name_en },
    municipality: row.municipality,
    town: { lv: row.town_lv, en: row.town_en },
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    phone: row.phone,
    email: row.email,
    hours: row.hours,
    accessibility: { lv: row.accessibility_lv, en: row.accessibility_en },
    host: { kind: row.host_kind, name: { lv: row.host_lv, en: row.host_en } },
  };
}

/**
 * The centres in a municipality and/or offering a service. A service matches a centre that offers
 * it or a local variant of it, so the national description of a municipal service finds them all.
 */
export async function findCentres(db: Db, filter: CentreFilter = {}): Promise<Centre[]> {
  let query = db.selectFrom("centres.centre as c").selectAll("c");
  if (filter.municipality) query = query.where("c.municipality", "=", filter.municipality);
  const { service } = filter;
  if (service) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("centres.centre_service as cs")
          .select("cs.service")
          .whereRef("cs.centre_code", "=", "c.code")
          .where((eb) => eb.or([eb("cs.service", "=", service), eb("cs.template", "=", service)])),
      ),
    );
  }
  return (await query.execute()).map(toCentre);
}

export async function centreByCode(db: Db, code: string): Promise<Centre | null> {
  const row = await db.selectFrom("centres.centre").selectAll().where("code", "=", code).executeTakeFirst();
  return row ? toCentre(row) : null;
}

export async function centreBySlug(db: Db, slug: string): Promise<Centre | null> {
  const row = await db.selectFrom("centres.centre").selectAll().where("slug", "=", slug).executeTakeFirst();
  return row ? toCentre(row) : null;
}

export async function servicesOfCentre(db: Db, code: string): Promise<CentreService[]> {
  return db.selectFrom("centres.centre_service").select(["service", "template", "origin"]).where("centre_code", "=", code).execute();
}

/** The municipalities that have a centre, for the filter. */
export async function centreMunicipalities(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("centres.centre").select("municipality").distinct().execute();
  return rows.map((r) => r.municipality);
}

/**
 * What the service filter offers: each state service any centre offers, and each municipal service
 * once, by its national description where it has one (not each municipality's variant). A
 * variant may still be asked for by address (the catalogue's page of the variant links so):
 * `variants` are those.
 */
export async function offeredServices(db: Db): Promise<{ state: string[]; municipal: string[]; variants: string[] }> {
  const rows = await db.selectFrom("centres.centre_service").select(["service", "template", "origin"]).distinct().execute();
  const state = new Set<string>();
  const municipal = new Set<string>();
  const variants = new Set<string>();
  for (const r of rows) {
    if (r.origin === "state") state.add(r.service);
    else municipal.add(r.template ?? r.service);
    if (r.template) variants.add(r.service);
  }
  return { state: [...state], municipal: [...municipal], variants: [...variants] };
}

function toAgent(row: Selectable<CentresDigitalAgentTable>): DigitalAgent {
  return {
    id: row.id,
    name: row.name,
    occupation: row.occupation,
    municipality: row.municipality,
    town: { lv: row.town_lv, en: row.town_en },
    place: { lv: row.place_lv, en: row.place_en },
    address: row.address,
    availability: { lv: row.availability_lv, en: row.availability_en },
    languages: row.languages,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

export async function findAgents(db: Db, filter: { municipality?: string | undefined } = {}): Promise<DigitalAgent[]> {
  let query = db.selectFrom("centres.digital_agent").selectAll();
  if (filter.municipality) query = query.where("municipality", "=", filter.municipality);
  return (await query.execute()).map(toAgent);
}

export async function agentMunicipalities(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("centres.digital_agent").select("municipality").distinct().execute();
  return rows.map((r) => r.municipality);
}
