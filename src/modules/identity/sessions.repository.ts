// Server-side sessions: created at login, looked up on every request that carries the cookie,
// ended by logout, by time, or when the person ends them elsewhere.
import type { Kysely, Transaction } from "kysely";
import type { LevelOfAssurance } from "../../platform/assurance.ts";
import type { SessionTable, Tables } from "../../platform/db/tables.ts";

type Db = Kysely<Tables> | Transaction<Tables>;

/** For whom a session acts: the person, a company they represent, a unit they work for, or a person who mandated them. */
export type Acting = { kind: "self" | "company" | "staff" | "person"; id: string | null; label: string | null };

export type LiveSession = {
  tokenHash: string;
  publicId: string;
  personId: string;
  /** To ask the registers about the person (representation rights); never shown or logged. */
  personalCode: string;
  givenName: string;
  familyName: string;
  language: "lv" | "en";
  level: LevelOfAssurance;
  method: string;
  acting: Acting;
  /** When the register last confirmed the acting subject (a company); sessions start confirmed. */
  actingCheckedAt: Date;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
};

export type EndReason = NonNullable<SessionTable["end_reason"]>;

export type NewSession = {
  tokenHash: string;
  personId: string;
  level: LevelOfAssurance;
  method: string;
  acting: Acting;
  now: Date;
  expiresAt: Date;
  userAgent: string | null;
};

export async function insertSession(db: Db, s: NewSession): Promise<string> {
  const row = await db
    .insertInto("identity.session")
    .values({
      token_hash: s.tokenHash,
      person_id: s.personId,
      level: s.level,
      method: s.method,
      acting_kind: s.acting.kind,
      acting_id: s.acting.id,
      acting_label: s.acting.label,
      acting_checked_at: s.now,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      user_agent: s.userAgent,
    })
    .returning("public_id")
    .executeTakeFirstOrThrow();
  return row.public_id;
}

/** The session behind a token, if it has not been ended; whether it has timed out is the caller's rule. */
export async function findOpenSession(db: Db, tokenHash: string): Promise<LiveSession | null> {
  const row = await db
    .selectFrom("identity.session as s")
    .innerJoin("identity.person as p", "p.id", "s.person_id")
    .select([
      "s.token_hash",
      "s.public_id",
      "s.person_id",
      "p.personal_code",
      "p.given_name",
      "p.family_name",
      "p.language",
      "s.level",
      "s.method",
      "s.acting_kind",
      "s.acting_id",
      "s.acting_label",
      "s.acting_checked_at",
      "s.created_at",
      "s.last_seen_at",
      "s.expires_at",
    ])
    .where("s.token_hash", "=", tokenHash)
    .where("s.ended_at", "is", null)
    .executeTakeFirst();
  if (!row) return null;
  return {
    tokenHash: row.token_hash,
    publicId: row.public_id,
    personId: row.person_id,
    personalCode: row.personal_code,
    givenName: row.given_name,
    familyName: row.family_name,
    language: row.language,
    level: row.level,
    method: row.method,
    acting: { kind: row.acting_kind, id: row.acting_id, label: row.acting_label },
    actingCheckedAt: row.acting_checked_at,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

export async function markActingChecked(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable("identity.session").set({ acting_checked_at: now }).where("token_hash", "=", tokenHash).execute();
}

export async function touchSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable("identity.session").set({ last_seen_at: now }).where("token_hash", "=", tokenHash).execute();
}

export async function endSession(db: Db, tokenHash: string, reason: EndReason, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("identity.session")
    .set({ ended_at: now, end_reason: reason })
    .where("token_hash", "=", tokenHash)
    .where("ended_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Whether a session, live or ended, is this person's. */
export async function isSessionOf(db: Db, personId: string, publicId: string): Promise<boolean> {
  const row = await db
    .selectFrom("identity.session")
    .select("public_id")
    .where("public_id", "=", publicId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Ends one of a person's sessions by the id shown to them; false if it is not theirs or already over. */
export async function endSessionByPublicId(db: Db, personId: string, publicId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("identity.session")
    .set({ ended_at: now, end_reason: "ended_elsewhere" })
    .where("public_id", "=", publicId)
    .where("person_id", "=", personId)
    .where("ended_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function endOtherSessions(db: Db, personId: string, keepTokenHash: string | null, now: Date): Promise<number> {
  let query = db
    .updateTable("identity.session")
    .set({ ended_at: now, end_reason: "ended_elsewhere" })
    .where("person_id", "=", personId)
    .where("ended_at", "is", null);
  if (keepTokenHash) query = query.where("token_hash", "!=", keepTokenHash);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export type SessionSummary = {
  publicId: string;
  method: string;
  level: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
};

/** The person's sessions still open and not past their time, newest first. */
export async function listOpenSessions(db: Db, personId: string, now: Date, idleMs: number): Promise<SessionSummary[]> {
  const rows = await db
    .selectFrom("identity.session")
    .select(["public_id", "method", "level", "created_at", "last_seen_at", "user_agent"])
    .where("person_id", "=", personId)
    .where("ended_at", "is", null)
    .where("expires_at", ">", now)
    .where("last_seen_at", ">", new Date(now.getTime() - idleMs))
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r) => ({
    publicId: r.public_id,
    method: r.method,
    level: r.level,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    userAgent: r.user_agent,
  }));
}
