// The person pressed "Apstiprināt" on the page their confirmation link opened: from now on the
// address gets the news. The token is spent; the same link afterwards is no longer valid.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { hashOfPresented } from "../tokens.ts";

/** True when the token confirmed a pending subscription; false for anything else. */
export async function confirmSubscription(ctx: Context, token: string, now: Date = new Date()): Promise<boolean> {
  const hash = hashOfPresented(token);
  if (!hash) return false;
  const confirmed = await ctx.trx
    .updateTable("news.subscriber")
    .set({ status: "confirmed", confirmed_at: now, confirm_token_hash: null, confirm_expires_at: null })
    .where("confirm_token_hash", "=", hash)
    .where("status", "=", "pending")
    .where("confirm_expires_at", ">", now)
    .returning("id")
    .executeTakeFirst();
  if (!confirmed) return false;
  await recordAudit(ctx, { event: "news.subscription.confirm", subjectType: "news_subscriber", subjectId: confirmed.id });
  return true;
}
