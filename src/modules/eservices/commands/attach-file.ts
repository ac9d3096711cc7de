// Keeps a file a person uploads for a question. The type is read from the bytes, never from the
// name or what the browser claims; a file of a type the question does not accept, or too large,
// is refused with a message for the field and the draft is left as it was.
import { createHash, randomUUID } from "node:crypto";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { safeFileName } from "../../../platform/files/file-name.ts";
import { detectFileType, MEDIA_TYPES } from "../../../platform/files/file-type.ts";
import type { UploadedFile } from "../../../platform/http/multipart-body.ts";
import type { Question } from "../definition/model.ts";

export const DEFAULT_MAX_MB = 5;
const DEFAULT_ACCEPT = ["pdf", "jpeg", "png"] as const;

export type AttachResult = { ok: true; id: string } | { ok: false; code: "file_too_large" | "file_type" | "file_empty" };

export function checkFile(
  question: Question,
  file: UploadedFile,
): AttachResult | { ok: true; type: NonNullable<ReturnType<typeof detectFileType>> } {
  if (file.bytes.length === 0) return { ok: false, code: "file_empty" };
  const limit = (question.maxSizeMb ?? DEFAULT_MAX_MB) * 1024 * 1024;
  if (file.truncated || file.bytes.length > limit) return { ok: false, code: "file_too_large" };
  const type = detectFileType(file.bytes);
  const accepted: readonly string[] = question.accept ?? DEFAULT_ACCEPT;
  if (!type || !accepted.includes(type)) return { ok: false, code: "file_type" };
  return { ok: true, type };
}

export async function attachFile(
  ctx: Context,
  input: { applicationId: string; question: Question; file: UploadedFile; now: Date },
): Promise<AttachResult> {
  const checked = checkFile(input.question, input.file);
  if (!checked.ok) return checked;
  if (!("type" in checked)) return checked;
  const id = randomUUID();
  await ctx.trx
    .deleteFrom("eservices.attachment")
    .where("application_id", "=", input.applicationId)
    .where("question", "=", input.question.id)
    .execute();
  const sha256 = createHash("sha256").update(input.file.bytes).digest("hex");
  await ctx.trx
    .insertInto("eservices.attachment")
    .values({
      id,
      application_id: input.applicationId,
      question: input.question.id,
      file_name: safeFileName(input.file.fileName, checked.type),
      media_type: MEDIA_TYPES[checked.type],
      size_bytes: input.file.bytes.length,
      sha256,
      content: input.file.bytes,
      created_at: input.now,
    })
    .execute();
  await recordAudit(ctx, {
    event: "eservices.attachment.add",
    subjectType: "application",
    subjectId: input.applicationId,
    details: { question: input.question.id, type: checked.type, sizeBytes: input.file.bytes.length, sha256 },
  });
  return { ok: true, id };
}

export async function removeAttachment(ctx: Context, input: { applicationId: string; question: string }): Promise<void> {
  const removed = await ctx.trx
    .deleteFrom("eservices.attachment")
    .where("application_id", "=", input.applicationId)
    .where("question", "=", input.question)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) return;
  await recordAudit(ctx, {
    event: "eservices.attachment.remove",
    subjectType: "application",
    subjectId: input.applicationId,
    details: { question: input.question },
  });
}
