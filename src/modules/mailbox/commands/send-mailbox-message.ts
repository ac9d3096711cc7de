// An institution's official message to a person's or a company's e-address. It is stored with its
// files and its delivery date in the sender's transaction; the email notice is a job, because
// finding a company's board members means asking the enterprise register over the bus, which
// must not happen while a transaction holds the embedded database.
import { createHash, randomUUID } from "node:crypto";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { safeFileName } from "../../../platform/files/file-name.ts";
import { detectFileType, type FileType, MEDIA_TYPES } from "../../../platform/files/file-type.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";
import { deliveryDueOn } from "../delivery.ts";
import { type MessageType, type Owner, ownerColumns } from "../mailbox.repository.ts";

export const NOTIFY_RECIPIENTS_JOB = "mailbox.message.notify";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;
/** What may be sent as an official document: no executables, archives or office macros. */
const ACCEPTED: readonly FileType[] = ["pdf", "edoc", "png", "jpeg"];

export type OutgoingAttachment = { fileName: string; content: Uint8Array; truncated?: boolean };

export type NewMailboxMessage = {
  recipient: Owner;
  /** The sending institution's code (as staff memberships name it, e.g. "VSAA"). */
  institution: string;
  type: MessageType;
  subject: string;
  body: string;
  /** An application, case or question number the message is about. */
  reference?: string | null;
  attachments?: OutgoingAttachment[];
  /**
   * For a company's e-address: the persons (identity ids) who read it and are told of the message
   * by email, as MailboxReaders.company found them before the transaction. For a person's own
   * e-address it defaults to that person; a caller passes [] when the person asked for no email.
   */
  notify?: string[];
};

/** Checks every file before anything is stored; the field error names what was wrong. */
export function checkAttachments(
  files: readonly OutgoingAttachment[],
  field = "attachments",
): { file: OutgoingAttachment; type: FileType }[] {
  if (files.length > MAX_ATTACHMENTS) throw new AppError("mailbox_attachment_too_many", 400, { [field]: "mailbox_attachment_too_many" });
  return files.map((file) => {
    if (file.content.length === 0) throw new AppError("mailbox_attachment_empty", 400, { [field]: "mailbox_attachment_empty" });
    if (file.truncated || file.content.length > MAX_ATTACHMENT_BYTES)
      throw new AppError("mailbox_attachment_too_large", 413, { [field]: "mailbox_attachment_too_large" });
    const type = detectFileType(file.content);
    if (!type || !ACCEPTED.includes(type)) throw new AppError("mailbox_attachment_type", 415, { [field]: "mailbox_attachment_type" });
    return { file, type };
  });
}

/** The same checks for files people send back (answers to requests), with the names and types to store. */
export function checkMailboxAttachments(
  files: readonly OutgoingAttachment[],
  field: string,
): { file: OutgoingAttachment; mediaType: string; fileName: string }[] {
  return checkAttachments(files, field).map(({ file, type }) => ({
    file,
    mediaType: MEDIA_TYPES[type],
    fileName: safeFileName(file.fileName, type),
  }));
}

export async function sendMailboxMessage(
  ctx: Context,
  jobs: JobSystem,
  input: NewMailboxMessage,
  now: Date = new Date(),
): Promise<{ id: string }> {
  const files = checkAttachments(input.attachments ?? []);
  const id = randomUUID();
  await ctx.trx
    .insertInto("mailbox.message")
    .values({
      id,
      ...ownerColumns(input.recipient),
      institution: input.institution,
      type: input.type,
      subject: input.subject,
      body: input.body,
      reference: input.reference ?? null,
      sent_at: now,
      sent_by: ctx.actor,
      delivery_due_on: deliveryDueOn(now),
    })
    .execute();
  for (const { file, type } of files) {
    const content = Buffer.from(file.content);
    await ctx.trx
      .insertInto("mailbox.attachment")
      .values({
        message_id: id,
        file_name: safeFileName(file.fileName, type),
        media_type: MEDIA_TYPES[type],
        size_bytes: content.length,
        sha256: createHash("sha256").update(content).digest("hex"),
        content,
      })
      .execute();
  }
  await recordAudit(ctx, {
    event: "mailbox.message.send",
    subjectType: "mailbox_message",
    subjectId: id,
    details: { institution: input.institution, type: input.type, ownerKind: input.recipient.kind, attachments: files.length },
  });
  const notify = input.notify ?? (input.recipient.kind === "person" ? [input.recipient.personId] : []);
  await jobs.enqueue(ctx.trx, NOTIFY_RECIPIENTS_JOB, { messageId: id, personIds: notify });
  return { id };
}
