// Unsubscribing, from the page's button or from a mail program's one-click POST (RFC 8058): the
// token from the email is the only authority needed. The subscriber's row, and with it the email
// address and every unsubscribe token, is deleted; the audit row keeps only the row's id.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { hashOfPresented } from "../tokens.ts";

/** True when the token belonged to a subscriber, who is now gone; false for anything else. */
export async function cancelSubscription(ctx: Context, token: string): Promise<boolean> {
  const hash = hashOfPresented(token);
  if (!hash) return false;
  const owner = await ctx.trx
    .selectFrom("news.unsubscribe_token")
    .select("subscriber_id")
    .where("token_hash", "=", hash)
    .executeTakeFirst();
  if (!owner) return false;
  const gone = await ctx.trx.deleteFrom("news.subscriber").where("id", "=", owner.subscriber_id).returning("id").executeTakeFirst();
  if (!gone) return false;
  await recordAudit(ctx, { event: "news.subscription.cancel", subjectType: "news_subscriber", subjectId: gone.id });
  return true;
}
