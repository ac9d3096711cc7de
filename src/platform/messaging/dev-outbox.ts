// The development outbox: where messages go when there is nothing to deliver them through.
import type { Kysely } from "kysely";
import type { Tables } from "../db/tables.ts";
import type { OutgoingMessage } from "./message-sender.ts";

export type OutboxMessage = {
  id: number;
  channel: "email" | "sms";
  recipient: string;
  subject: string;
  body: string;
  createdAt: Date;
};

export async function putInDevOutbox(db: Kysely<Tables>, message: OutgoingMessage): Promise<void> {
  await db
    .insertInto("platform.dev_outbox")
    .values({ channel: message.channel, recipient: message.to, subject: message.subject, body: message.text })
    .execute();
}

/** Newest first; the identity column orders rows stored within the same transaction too. */
export async function latestOutboxMessages(db: Kysely<Tables>, limit: number): Promise<OutboxMessage[]> {
  const rows = await db
    .selectFrom("platform.dev_outbox")
    .select(["id", "channel", "recipient", "subject", "body", "created_at"])
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map(({ created_at, ...row }) => ({ ...row, createdAt: created_at }));
}
