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

/**
 * Counts a try at the pending code and returns it, in one statement: two tries sent at once
 * cannot both slip under the limit. Null when there is no pending code with tries left.
 */
export async function claimAttempt(
  db: Db,
  personId: string,
  channel: ContactChannel,
  now: Date,
  maxAttempts: number,
): Promise<PendingCode | null> {
  const pending = await pendingCode(db, personId, channel, now);
  if (!pending) return null;
  const row = await db
    .updateTable("identity.contact_code")
    .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
    .where("id", "=", pending.id)
    .where("attempts", "<", maxAttempts)
    .where("used_at", "is", null)
    .returning(["id", "value", "code_hash", "attempts", "expires_at"])
    .executeTakeFirst();
  return row ? { id: row.id, value: row.value, codeHash: row.code_hash, attempts: row.attempts, expiresAt: row.expires_at } : null;
}

/** False when the code was used meanwhile (the same code typed in two tabs). */
export async function markUsed(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("identity.contact_code")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
