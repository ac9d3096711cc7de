// Sends what the outbox holds. Each attempt first takes a lease on the row in a short statement
// (so two workers never send the same email at once, and no transaction is held while the mail
// server is talked to), then sends, then records the outcome. An email that cannot be sent waits
// 1, 2, 4 … up to 60 minutes between attempts and is marked failed after three days, never lost.
import type { Kysely } from "kysely";
import { sql } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import { systemContext } from "../../../platform/context.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import type { MessageSender } from "../../../platform/messaging/message-sender.ts";

const LEASE_MS = 5 * 60_000;
const GIVE_UP_AFTER_MS = 3 * 24 * 3_600_000;

export function retryPause(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/** A short, content-free reason: SMTP replies can quote the address, which must not be stored twice. */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; responseCode?: unknown } }).cause;
  if (cause && typeof cause.code === "string")
    return `${cause.code}${typeof cause.responseCode === "number" ? ` ${cause.responseCode}` : ""}`;
  return error instanceof Error ? error.name : "send_failed";
}

export type SendOutcome = "sent" | "retry" | "failed" | "skipped";

export async function sendEmail(db: Kysely<Tables>, sender: MessageSender, id: string, now: Date): Promise<SendOutcome> {
  const email = await db
    .updateTable("mailbox.email")
    .set({ attempts: sql`attempts + 1`, next_attempt_at: new Date(now.getTime() + LEASE_MS) })
    .where("id", "=", id)
    .where("status", "=", "queued")
    .where("next_attempt_at", "<=", now)
    .returning(["id", "recipient", "subject", "body", "headers", "attempts", "created_at"])
    .executeTakeFirst();
  if (!email) return "skipped";
  try {
    await sender.send({ channel: "email", to: email.recipient, subject: email.subject, text: email.body, headers: email.headers });
  } catch (error) {
    const givingUp = now.getTime() - new Date(email.created_at).getTime() >= GIVE_UP_AFTER_MS;
    await inTransaction(db, async (trx) => {
      await trx
        .updateTable("mailbox.email")
        .set({
          status: givingUp ? "failed" : "queued",
          last_error: reasonOf(error),
          next_attempt_at: new Date(now.getTime() + retryPause(email.attempts)),
        })
        .where("id", "=", id)
        .execute();
      if (givingUp) {
        await recordAudit(systemContext(SEND_EMAILS, trx), {
          event: "mailbox.email.fail",
          subjectType: "email",
          subjectId: id,
          details: { attempts: email.attempts, reason: reasonOf(error) },
        });
      }
    });
    return givingUp ? "failed" : "retry";
  }
  await db.updateTable("mailbox.email").set({ status: "sent", sent_at: now, last_error: null }).where("id", "=", id).execute();
  return "sent";
}

const SEND_EMAILS = "mailbox.email.sweep";

/** Every email whose time has come: those waiting to be tried again, and any whose job was lost. */
export async function sendDueEmails(
  db: Kysely<Tables>,
  sender: MessageSender,
  now: Date,
  limit = 200,
): Promise<Record<SendOutcome, number>> {
  const due = await db
    .selectFrom("mailbox.email")
    .select("id")
    .where("status", "=", "queued")
    .where("next_attempt_at", "<=", now)
    .orderBy("next_attempt_at")
    .limit(limit)
    .execute();
  const counts: Record<SendOutcome, number> = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (const { id } of due) counts[await sendEmail(db, sender, id, now)] += 1;
  return counts;
}

export { SEND_EMAILS as SWEEP_EMAILS_JOB };
