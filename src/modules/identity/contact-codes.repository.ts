// One-time codes that prove a person can read the email or phone they gave.
import type { Kysely, Transaction } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";

type Db = Kysely<Tables> | Transaction<Tables>;
export type ContactChannel = "email" | "phone";

export type PendingCode = { id: string; value: string; codeHash: string; attempts: number; expiresAt: Date };

export async function insertCode(
  db: Db,
  c: { personId: string; channel: ContactChannel; value: string; codeHash: string; now: Date; expiresAt: Date },
) {
  await db
    .insertInto("identity.contact_code")
    .values({
      person_id: c.personId,
      channel: c.channel,
      value: c.value,
      code_hash: c.codeHash,
      created_at: c.now,
      expires_at: c.expiresAt,
    })
    .execute();
}

/** A new code replaces the earlier ones for the same channel: only the latest one works. */
export async function expirePendingCodes(db: Db, personId: string, channel: ContactChannel, now: Date): Promise<void> {
  await db
    .updateTable("identity.contact_code")
    .set({ expires_at: now })
    .where("person_id", "=", personId)
    .where("channel", "=", channel)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .execute();
}

export async function codesSentSince(db: Db, personId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom("identity.contact_code")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("person_id", "=", personId)
    .where("created_at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The newest code for this channel that is neither used nor expired. */
export async function pendingCode(db: Db, personId: string, channel: ContactChannel, now: Date): Promise<PendingCode | null> {
  const row = await db
    .selectFrom("identity.contact_code")
    .select(["id", "value", "code_hash", "attempts", "expires_at"])
    .where("person_id", "=", personId)
    .where("channel", "=", channel)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? { id: row.id, value: row.value, codeHash: row.code_hash, attempts: row.attempts, expiresAt: row.expires_at } : null;
}

export async function countAttempt(db: Db, id: string): Promise<void> {
  await db
    .updateTable("identity.contact_code")
    .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
    .where("id", "=", id)
    .execute();
}

export async function markUsed(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable("identity.contact_code").set({ used_at: now }).where("id", "=", id).execute();
}
