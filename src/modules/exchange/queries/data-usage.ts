// Every use of a person's data that they may see: calls through the bus whose answer was about
// them (unless the grant is an exception), and reads of their data inside Epak by someone else.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";

export type DataUse = {
  at: Date;
  source: "bus" | "epak";
  /** The institution whose system or staff used the data (unit code). */
  institution: string | null;
  /** The system that asked, or null for a read inside Epak. */
  system: string | null;
  /** The data service or the kind of read, in both languages. */
  what: { lv: string; en: string } | null;
  /** For reads inside Epak: the audit event, named in the messages. */
  event: string | null;
  purpose: { lv: string; en: string } | null;
  /** The data provider's institution, for bus calls. */
  provider: string | null;
  /** True when the person's own action caused it (they opened an informative e-service, say). */
  byThemselves: boolean;
};

export type DataUseFilter = { institution: string | null; from: string | null; to: string | null };

/** Most uses looked at per page of filters; older ones are reached by narrowing the period. */
export const DATA_USE_LIMIT = 500;

function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function dayAfter(date: string): Date {
  const d = dayStart(date);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

async function busUses(db: Kysely<Tables>, personalCode: string, selfUser: string, filter: DataUseFilter): Promise<DataUse[]> {
  let query = db
    .selectFrom("exchange.message_subject as ms")
    .innerJoin("exchange.message_log as ml", "ml.seq", "ms.seq")
    .innerJoin("exchange.access_grant as g", "g.id", "ml.grant_id")
    .innerJoin("exchange.consumer as c", "c.id", "g.consumer_id")
    .innerJoin("exchange.provider_service as s", "s.id", "g.service_id")
    .select([
      "ml.logged_at",
      "ml.user_id",
      "c.institution",
      "c.name",
      "s.name_lv",
      "s.name_en",
      "s.institution as provider",
      "g.purpose_lv",
      "g.purpose_en",
    ])
    .where("ms.personal_code", "=", personalCode)
    .where("g.exception", "=", false)
    .where("ml.status", ">=", 200)
    .where("ml.status", "<", 300);
  if (filter.institution) query = query.where("c.institution", "=", filter.institution);
  if (filter.from) query = query.where("ml.logged_at", ">=", dayStart(filter.from));
  if (filter.to) query = query.where("ml.logged_at", "<", dayAfter(filter.to));
  const rows = await query.orderBy("ml.seq", "desc").limit(DATA_USE_LIMIT).execute();
  return rows.map((r) => ({
    at: r.logged_at,
    source: "bus",
    institution: r.institution,
    system: r.name,
    what: { lv: r.name_lv, en: r.name_en },
    event: null,
    purpose: { lv: r.purpose_lv, en: r.purpose_en },
    provider: r.provider,
    byThemselves: r.user_id === selfUser,
  }));
}

async function epakReads(db: Kysely<Tables>, personId: string, selfUser: string, filter: DataUseFilter): Promise<DataUse[]> {
  let query = db
    .selectFrom("platform.audit_log")
    .select(["occurred_at", "event", "actor", "on_behalf_of"])
    .where("subject_type", "=", "person")
    .where("subject_id", "=", personId)
    .where("event", "like", "%.read")
    .where("actor", "!=", selfUser);
  if (filter.institution) query = query.where("on_behalf_of", "=", `institution:${filter.institution}`);
  if (filter.from) query = query.where("occurred_at", ">=", dayStart(filter.from));
  if (filter.to) query = query.where("occurred_at", "<", dayAfter(filter.to));
  const rows = await query.orderBy("occurred_at", "desc").limit(DATA_USE_LIMIT).execute();
  return rows.map((r) => ({
    at: r.occurred_at,
    source: "epak",
    institution: r.on_behalf_of?.startsWith("institution:") ? r.on_behalf_of.slice("institution:".length) : null,
    system: null,
    what: null,
    event: r.event,
    purpose: null,
    provider: null,
    byThemselves: false,
  }));
}

/** Newest first. */
export async function dataUsesOf(
  db: Kysely<Tables>,
  person: { id: string; personalCode: string },
  filter: DataUseFilter,
): Promise<DataUse[]> {
  const selfUser = `user:${person.id}`;
  const [bus, epak] = await Promise.all([busUses(db, person.personalCode, selfUser, filter), epakReads(db, person.id, selfUser, filter)]);
  return [...bus, ...epak].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, DATA_USE_LIMIT);
}

/** Institutions that appear among the person's data uses, for the filter. */
export async function institutionsInUses(db: Kysely<Tables>, personalCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom("exchange.message_subject as ms")
    .innerJoin("exchange.message_log as ml", "ml.seq", "ms.seq")
    .innerJoin("exchange.access_grant as g", "g.id", "ml.grant_id")
    .innerJoin("exchange.consumer as c", "c.id", "g.consumer_id")
    .select("c.institution")
    .distinct()
    .where("ms.personal_code", "=", personalCode)
    .where("g.exception", "=", false)
    .execute();
  return rows.map((r) => r.institution);
}
