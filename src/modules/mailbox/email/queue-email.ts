// Puts an email in the outbox in the caller's transaction and asks a worker to send it now. If
// the transaction rolls back, the email never existed; if the worker cannot reach the mail
// server, the outbox sweep tries again later (see send-emails.ts).
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";

export const SEND_EMAIL_JOB = "mailbox.email.send";

export type EmailToQueue = {
  to: string;
  subject: string;
  text: string;
  /** What the email is for ("mailbox.notice", "news.confirm", …), for the outbox's own records. */
  purpose: string;
  headers?: Record<string, string>;
};

/** Stores the email for the outbox; whoever calls this sends it or leaves it to the minute's sweep. */
export async function storeEmail(ctx: Context, email: EmailToQueue, now: Date = new Date()): Promise<string> {
  const id = randomUUID();
  await ctx.trx
    .insertInto("mailbox.email")
    .values({
      id,
      recipient: email.to,
      subject: email.subject,
      body: email.text,
      headers: JSON.stringify(email.headers ?? {}),
      purpose: email.purpose,
      next_attempt_at: now,
      created_at: now,
    })
    .execute();
  // The address itself is personal data and stays out of the audit row; the outbox row has it.
  await recordAudit(ctx, { event: "mailbox.email.queue", subjectType: "email", subjectId: id, details: { purpose: email.purpose } });
  return id;
}

export async function queueEmail(ctx: Context, jobs: JobSystem, email: EmailToQueue, now: Date = new Date()): Promise<string> {
  const id = await storeEmail(ctx, email, now);
  await jobs.enqueue(ctx.trx, SEND_EMAIL_JOB, { emailId: id });
  return id;
}
