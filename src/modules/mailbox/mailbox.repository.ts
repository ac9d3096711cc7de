// Reads of the e-address: a mailbox's messages, one message with its files, an institution's
// sent messages. Writes are in commands/.
import type { Kysely, Transaction } from "kysely";
import type { MailboxMessageTable, Tables } from "../../platform/db/tables.ts";

type Db = Kysely<Tables> | Transaction<Tables>;

export type MessageType = MailboxMessageTable["type"];
export const MESSAGE_TYPES: readonly MessageType[] = ["decision", "request", "notice", "answer"];

export type Owner = { kind: "person"; personId: string } | { kind: "company"; registrationNumber: string };

export type MessageSummary = {
  id: string;
  owner: Owner;
  institution: string;
  type: MessageType;
  subject: string;
  reference: string | null;
  sentAt: Date;
  sentBy: string;
  deliveryDueOn: string;
  openedAt: Date | null;
  deliveredAt: Date | null;
  deliveredHow: "opened" | "deadline" | null;
};

export type MailboxMessage = MessageSummary & {
  body: string;
  openedBy: string | null;
  attachments: { id: string; fileName: string; mediaType: string; sizeBytes: number }[];
};

const SUMMARY = [
  "id",
  "owner_kind",
  "owner_ref",
  "institution",
  "type",
  "subject",
  "reference",
  "sent_at",
  "sent_by",
  "delivery_due_on",
  "opened_at",
  "delivered_at",
  "delivered_how",
] as const;

type SummaryRow = Pick<MailboxMessageTable, Exclude<(typeof SUMMARY)[number], "id" | "sent_at" | "opened_at" | "delivered_at">> & {
  id: string;
  sent_at: Date;
  opened_at: Date | null;
  delivered_at: Date | null;
};

export function ownerColumns(owner: Owner): { owner_kind: Owner["kind"]; owner_ref: string } {
  return owner.kind === "person"
    ? { owner_kind: "person", owner_ref: owner.personId }
    : { owner_kind: "company", owner_ref: owner.registrationNumber };
}

function toSummary(r: SummaryRow): MessageSummary {
  return {
    id: r.id,
    owner: r.owner_kind === "person" ? { kind: "person", personId: r.owner_ref } : { kind: "company", registrationNumber: r.owner_ref },
    institution: r.institution,
    type: r.type,
    subject: r.subject,
    reference: r.reference,
    sentAt: r.sent_at,
    sentBy: r.sent_by,
    deliveryDueOn: r.delivery_due_on,
    openedAt: r.opened_at,
    deliveredAt: r.delivered_at,
    deliveredHow: r.delivered_how,
  };
}

export async function messagesOf(db: Db, owner: Owner, limit = 200): Promise<MessageSummary[]> {
  const { owner_kind, owner_ref } = ownerColumns(owner);
  const rows = await db
    .selectFrom("mailbox.message")
    .select(SUMMARY)
    .where("owner_kind", "=", owner_kind)
    .where("owner_ref", "=", owner_ref)
    .orderBy("sent_at", "desc")
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}

export async function unreadCount(db: Db, owner: Owner): Promise<number> {
  const { owner_kind, owner_ref } = ownerColumns(owner);
  const row = await db
    .selectFrom("mailbox.message")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("owner_kind", "=", owner_kind)
    .where("owner_ref", "=", owner_ref)
    .where("opened_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findMessage(db: Db, id: string): Promise<MailboxMessage | null> {
  const row = await db
    .selectFrom("mailbox.message")
    .select([...SUMMARY, "body", "opened_by"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const files = await db
    .selectFrom("mailbox.attachment")
    .select(["id", "file_name", "media_type", "size_bytes"])
    .where("message_id", "=", id)
    .orderBy("file_name")
    .execute();
  return {
    ...toSummary(row),
    body: row.body,
    openedBy: row.opened_by,
    attachments: files.map((f) => ({ id: f.id, fileName: f.file_name, mediaType: f.media_type, sizeBytes: f.size_bytes })),
  };
}

export async function findAttachment(
  db: Db,
  messageId: string,
  attachmentId: string,
): Promise<{ fileName: string; mediaType: string; content: Buffer } | null> {
  const row = await db
    .selectFrom("mailbox.attachment")
    .select(["file_name", "media_type", "content"])
    .where("message_id", "=", messageId)
    .where("id", "=", attachmentId)
    .executeTakeFirst();
  return row ? { fileName: row.file_name, mediaType: row.media_type, content: row.content } : null;
}

/** What an institution has sent, newest first, for its staff to follow delivery. */
export async function sentBy(db: Db, institution: string, limit = 200): Promise<MessageSummary[]> {
  const rows = await db
    .selectFrom("mailbox.message")
    .select(SUMMARY)
    .where("institution", "=", institution)
    .orderBy("sent_at", "desc")
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}
