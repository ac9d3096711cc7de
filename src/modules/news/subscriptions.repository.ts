// Whether a link from a subscription email still means something, for the page it opens: the
// page with the one button is shown only for a link that the button would act on.
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import { hashOfPresented } from "./tokens.ts";

export async function confirmationPending(db: Kysely<Tables>, token: string, now: Date): Promise<boolean> {
  const hash = hashOfPresented(token);
  if (!hash) return false;
  const row = await db
    .selectFrom("news.subscriber")
    .select("id")
    .where("confirm_token_hash", "=", hash)
    .where("status", "=", "pending")
    .where("confirm_expires_at", ">", now)
    .executeTakeFirst();
  return row !== undefined;
}

export async function unsubscribeTokenKnown(db: Kysely<Tables>, token: string): Promise<boolean> {
  const hash = hashOfPresented(token);
  if (!hash) return false;
  const row = await db.selectFrom("news.unsubscribe_token").select("subscriber_id").where("token_hash", "=", hash).executeTakeFirst();
  return row !== undefined;
}
