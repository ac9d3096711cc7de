// Demo data: a centre in every municipality's administrative centre and five in libraries, each
// offering the state's minimum basket and its municipality's own services as the catalogue lists
// them; a few dozen digital agents; and the consultants' knowledge base. The catalogue seeds first.
import { type AuditEntry, recordAudits } from "../../platform/audit/audit.ts";
import type { Context } from "../../platform/context.ts";
import { institutionById, servicesOfInstitution } from "../catalog/index.ts";
import { minimumBasket, templatesOf } from "./basket.ts";
import { DEMO_AGENTS } from "./demo/agents.ts";
import { ACCESS_NOTES, centreCode, DEMO_CENTRES, type DemoCentre, HOURS } from "./demo/centres.ts";
import { DEMO_ARTICLES } from "./demo/knowledge.ts";
import { articleLexemes } from "./knowledge/article-index.ts";

const MUNICIPAL_OFFICE = { lv: "Pašvaldības klientu apkalpošanas telpas", en: "The municipality's customer service office" };

async function centreRow(ctx: Context, c: DemoCentre, now: Date) {
  const municipality = await institutionById(ctx.trx, c.municipality);
  if (!municipality) throw new Error(`The catalogue has no municipality ${c.municipality} for centre ${c.slug}`);
  const contact = municipality.contactPoint;
  return {
    code: centreCode(c.slug),
    slug: c.slug,
    name_lv: c.name.lv,
    name_en: c.name.en,
    municipality: c.municipality,
    town_lv: c.town.lv,
    town_en: c.town.en,
    address: c.library?.address ?? contact.address ?? c.town.lv,
    latitude: c.latitude,
    longitude: c.longitude,
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    hours: JSON.stringify(HOURS[c.hours]),
    accessibility_lv: ACCESS_NOTES[c.access].lv,
    accessibility_en: ACCESS_NOTES[c.access].en,
    host_kind: c.library ? ("library" as const) : ("municipality" as const),
    host_lv: c.library?.name.lv ?? MUNICIPAL_OFFICE.lv,
    host_en: c.library?.name.en ?? MUNICIPAL_OFFICE.en,
    created_at: now,
  };
}

async function seedCentreList(ctx: Context, now: Date): Promise<AuditEntry[]> {
  const basket = await minimumBasket(ctx.trx);
  const templates = new Map<string, string | null>();
  const ownServices = new Map<string, string[]>();
  const audits: AuditEntry[] = [];
  for (const c of DEMO_CENTRES) {
    const row = await centreRow(ctx, c, now);
    await ctx.trx.insertInto("centres.centre").values(row).execute();
    let own = ownServices.get(c.municipality);
    if (!own) {
      own = (await servicesOfInstitution(ctx.trx, c.municipality)).map((s) => s.identifier);
      await templatesOf(ctx.trx, own, templates);
      ownServices.set(c.municipality, own);
    }
    const services = [
      ...basket.map((service) => ({ centre_code: row.code, service, template: null, origin: "state" as const })),
      ...own.map((service) => ({ centre_code: row.code, service, template: templates.get(service) ?? null, origin: "municipal" as const })),
    ];
    if (services.length) await ctx.trx.insertInto("centres.centre_service").values(services).execute();
    audits.push({
      event: "centres.centre.create",
      subjectType: "centre",
      subjectId: row.code,
      details: { municipality: c.municipality, services: services.length },
    });
  }
  return audits;
}

async function seedAgents(ctx: Context, now: Date): Promise<AuditEntry[]> {
  const rows = await ctx.trx
    .insertInto("centres.digital_agent")
    .values(
      DEMO_AGENTS.map((a) => ({
        name: a.name,
        occupation: a.occupation,
        municipality: a.municipality,
        town_lv: a.town.lv,
        town_en: a.town.en,
        place_lv: a.place.lv,
        place_en: a.place.en,
        address: a.address,
        availability_lv: a.availability.lv,
        availability_en: a.availability.en,
        languages: a.languages,
        latitude: a.latitude,
        longitude: a.longitude,
        created_at: now,
      })),
    )
    .returning(["id", "municipality"])
    .execute();
  return rows.map((r) => ({
    event: "centres.digital-agent.create",
    subjectType: "digital_agent",
    subjectId: r.id,
    details: { municipality: r.municipality },
  }));
}

async function seedKnowledge(ctx: Context, now: Date): Promise<AuditEntry[]> {
  const rows = await ctx.trx
    .insertInto("centres.knowledge_article")
    .values(
      DEMO_ARTICLES.map((a) => ({
        slug: a.slug,
        topic: a.topic,
        title_lv: a.title.lv,
        title_en: a.title.en,
        body_lv: a.body.lv,
        body_en: a.body.en,
        checked_on: a.checkedOn,
        lexemes: articleLexemes(a.title, a.body),
        created_at: now,
        created_by: ctx.actor,
        updated_at: now,
        updated_by: ctx.actor,
      })),
    )
    .returning(["id", "slug", "topic"])
    .execute();
  return rows.map((r) => ({
    event: "centres.knowledge-article.create",
    subjectType: "knowledge_article",
    subjectId: r.id,
    details: { slug: r.slug, topic: r.topic },
  }));
}

export async function seedCentres(ctx: Context): Promise<void> {
  const now = new Date();
  const audits = [...(await seedCentreList(ctx, now)), ...(await seedAgents(ctx, now)), ...(await seedKnowledge(ctx, now))];
  await recordAudits(ctx, audits);
}
