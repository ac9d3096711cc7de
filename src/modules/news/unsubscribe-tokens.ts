// Each email to a subscriber gets an unsubscribe token of its own, written in the transaction that
// queues the email; the token goes in the email and only its hash stays here.
import type { Context } from "../../platform/context.ts";
import { newToken } from "./tokens.ts";

export async function issueUnsubscribeToken(ctx: Context, subscriberId: string, now: Date): Promise<string> {
  const { token, hash } = newToken();
  await ctx.trx.insertInto("news.unsubscribe_token").values({ token_hash: hash, subscriber_id: subscriberId, created_at: now }).execute();
  return token;
}
