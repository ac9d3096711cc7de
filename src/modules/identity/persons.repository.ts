// The persons who have logged in to Epak: their name as the identity provider last gave it, and
// the contact details and language they chose here.
import type { Kysely, Transaction } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";

type Db = Kysely<Tables> | Transaction<Tables>;

export type Person = {
  id: string;
  personalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
  emailVerifiedAt: Date | null;
  phone: string | null;
  phoneVerifiedAt: Date | null;
  language: "lv" | "en";
  lastLoginAt: Date | null;
};

const COLUMNS = [
  "id",
  "personal_code",
  "given_name",
  "family_name",
  "email",
  "email_verified_at",
  "phone",
  "phone_verified_at",
  "language",
  "last_login_at",
] as const;

type Row = {
  id: string;
  personal_code: string;
  given_name: string;
  family_name: string;
  email: string | null;
  email_verified_at: Date | null;
  phone: string | null;
  phone_verified_at: Date | null;
  language: "lv" | "en";
  last_login_at: Date | null;
};

function toPerson(r: Row): Person {
  return {
    id: r.id,
    personalCode: r.personal_code,
    givenName: r.given_name,
    familyName: r.family_name,
    email: r.email,
    emailVerifiedAt: r.email_verified_at,
    phone: r.phone,
    phoneVerifiedAt: r.phone_verified_at,
    language: r.language,
    lastLoginAt: r.last_login_at,
  };
}

/** The person with this personal code, created or renamed to what the identity provider says now. */
export async function upsertPerson(db: Db, p: { personalCode: string; givenName: string; familyName: string; now: Date }): Promise<Person> {
  const row = await db
    .insertInto("identity.person")
    .values({ personal_code: p.personalCode, given_name: p.givenName, family_name: p.familyName, last_login_at: p.now })
    .onConflict((oc) =>
      oc.column("personal_code").doUpdateSet({ given_name: p.givenName, family_name: p.familyName, last_login_at: p.now }),
    )
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toPerson(row);
}

/** A person known only from a register so far (made staff before their first login). */
export async function ensurePerson(db: Db, p: { personalCode: string; givenName: string; familyName: string }): Promise<Person> {
  await db
    .insertInto("identity.person")
    .values({ personal_code: p.personalCode, given_name: p.givenName, family_name: p.familyName })
    .onConflict((oc) => oc.column("personal_code").doNothing())
    .execute();
  const row = await db.selectFrom("identity.person").select(COLUMNS).where("personal_code", "=", p.personalCode).executeTakeFirstOrThrow();
  return toPerson(row);
}

/** The person Epak knows by this personal code (logged in once, or made staff); null otherwise. */
export async function findPersonByPersonalCode(db: Db, personalCode: string): Promise<Person | null> {
  const row = await db.selectFrom("identity.person").select(COLUMNS).where("personal_code", "=", personalCode).executeTakeFirst();
  return row ? toPerson(row) : null;
}

export async function findPersonById(db: Db, id: string): Promise<Person | null> {
  const row = await db.selectFrom("identity.person").select(COLUMNS).where("id", "=", id).executeTakeFirst();
  return row ? toPerson(row) : null;
}

/**
 * The names of the persons behind audit actors ("user:<id>", as contextOf writes them), for pages
 * that say who did something; other actors (the system, an import) are left out.
 */
export async function actorNames(db: Db, actors: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(actors.map((a) => (a.startsWith("user:") ? a.slice("user:".length) : "")).filter(isUuid))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("identity.person").select(["id", "given_name", "family_name"]).where("id", "in", ids).execute();
  return new Map(rows.map((r) => [`user:${r.id}`, `${r.given_name} ${r.family_name}`]));
}

export async function setLanguage(db: Db, id: string, language: "lv" | "en"): Promise<void> {
  await db.updateTable("identity.person").set({ language }).where("id", "=", id).execute();
}

export async function setVerifiedContact(db: Db, id: string, channel: "email" | "phone", value: string, now: Date): Promise<void> {
  const set = channel === "email" ? { email: value, email_verified_at: now } : { phone: value, phone_verified_at: now };
  await db.updateTable("identity.person").set(set).where("id", "=", id).execute();
}

export type LoginEvent = {
  occurredAt: Date;
  outcome: "success" | "failure";
  method: string | null;
  level: string | null;
  reason: string | null;
};

export async function recordLoginEvent(
  db: Db,
  e: {
    personId: string | null;
    now: Date;
    outcome: "success" | "failure";
    method: string | null;
    level: string | null;
    reason: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto("identity.login_event")
    .values({
      person_id: e.personId,
      occurred_at: e.now,
      outcome: e.outcome,
      method: e.method,
      level: e.level,
      reason: e.reason,
      user_agent: e.userAgent,
    })
    .execute();
}

export async function loginHistory(db: Db, personId: string, limit: number): Promise<LoginEvent[]> {
  const rows = await db
    .selectFrom("identity.login_event")
    .select(["occurred_at", "outcome", "method", "level", "reason"])
    .where("person_id", "=", personId)
    .orderBy("occurred_at", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ occurredAt: r.occurred_at, outcome: r.outcome, method: r.method, level: r.level, reason: r.reason }));
}
