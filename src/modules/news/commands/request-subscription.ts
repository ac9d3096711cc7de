// Someone asks for the news by email. The answer is the same whatever the address's state, so the
// page never tells whether an address is subscribed: a new or pending address gets a confirmation
// link (valid 7 days), a confirmed one a note that it is subscribed already with the way out. An
// address gets at most one such email per 10 minutes, however often the form is sent.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { Locale } from "../../../platform/i18n/locale.ts";
import { confirmationEmail, type NewsMailer, reminderEmail } from "../emails.ts";
import { newToken } from "../tokens.ts";
import { issueUnsubscribeToken } from "../unsubscribe-tokens.ts";

export const CONFIRM_DAYS = 7;
export const EMAIL_PAUSE_MS = 10 * 60_000;
const DAY_MS = 24 * 3_600_000;
const MAX_EMAIL = 254;

// One @, something on each side, a dot in the domain, no spaces or characters that mean something
// in a mail header. Whether the address exists only the confirmation can tell.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;

export function normalisedEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** The message key of what is wrong with an address, or null when it looks like one. */
export function emailProblem(email: string): string | null {
  if (email.length === 0) return "news.subscribe.email.required";
  if (email.length > MAX_EMAIL || !EMAIL.test(email)) return "news.subscribe.email.invalid";
  return null;
}

type Existing = { id: string; status: "pending" | "confirmed"; last_email_at: Date };

async function existingSubscriber(ctx: Context, email: string): Promise<Existing | undefined> {
  return ctx.trx
    .selectFrom("news.subscriber")
    .select(["id", "status", "last_email_at"])
    .where("email", "=", email)
    .forUpdate()
    .executeTakeFirst();
}

export async function requestSubscription(
  ctx: Context,
  mailer: NewsMailer,
  input: { email: string; locale: Locale },
  now: Date = new Date(),
): Promise<void> {
  const email = normalisedEmail(input.email);
  const problem = emailProblem(email);
  if (problem) throw new AppError("validation_failed", 400, { email: problem });
  const { token, hash } = newToken();
  const expires = new Date(now.getTime() + CONFIRM_DAYS * DAY_MS);
  const created = await ctx.trx
    .insertInto("news.subscriber")
    .values({
      email,
      locale: input.locale,
      status: "pending",
      confirm_token_hash: hash,
      confirm_expires_at: expires,
      last_email_at: now,
      created_at: now,
    })
    .onConflict((oc) => oc.column("email").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (created) {
    await mailer.outbox(ctx, confirmationEmail(mailer, input.locale, email, token, CONFIRM_DAYS));
    return audit(ctx, created.id, true);
  }
  const existing = await existingSubscriber(ctx, email);
  if (!existing) throw new Error("news.subscriber row vanished while it was locked");
  if (now.getTime() - existing.last_email_at.getTime() < EMAIL_PAUSE_MS) return audit(ctx, existing.id, false);
  if (existing.status === "pending") {
    await ctx.trx
      .updateTable("news.subscriber")
      .set({ locale: input.locale, confirm_token_hash: hash, confirm_expires_at: expires, last_email_at: now })
      .where("id", "=", existing.id)
      .execute();
    await mailer.outbox(ctx, confirmationEmail(mailer, input.locale, email, token, CONFIRM_DAYS));
  } else {
    await ctx.trx.updateTable("news.subscriber").set({ last_email_at: now }).where("id", "=", existing.id).execute();
    const unsubscribe = await issueUnsubscribeToken(ctx, existing.id, now);
    await mailer.outbox(ctx, reminderEmail(mailer, input.locale, email, unsubscribe));
  }
  return audit(ctx, existing.id, true);
}

function audit(ctx: Context, subscriberId: string, emailed: boolean): Promise<void> {
  return recordAudit(ctx, {
    event: "news.subscription.request",
    subjectType: "news_subscriber",
    subjectId: subscriberId,
    details: { emailed },
  });
}
