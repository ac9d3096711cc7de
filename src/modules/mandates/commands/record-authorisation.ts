// A consultant records the written authorisation a visitor signed at the centre: its terms and
// the scan of the signed form. The scan is checked by its content (PDF, PNG or JPEG) and kept
// with the authorisation, so what the consultant relied on can be shown later.
import { createHash, randomUUID } from "node:crypto";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { safeFileName } from "../../../platform/files/file-name.ts";
import { detectFileType, type FileType, MEDIA_TYPES } from "../../../platform/files/file-type.ts";
import { insertAuthorisation } from "../authorisations.repository.ts";
import type { Terms } from "./terms-input.ts";

export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
const SCAN_TYPES: readonly FileType[] = ["pdf", "png", "jpeg"];

export type ScanFile = { fileName: string; bytes: Uint8Array; truncated: boolean };

/** The scan's checks, apart so that a form can tell the consultant before anything is stored. */
export function checkScan(scan: ScanFile | undefined, field = "scan"): { file: ScanFile; type: FileType } {
  if (!scan || scan.bytes.length === 0) throw new AppError("validation_failed", 400, { [field]: "mandates.scan.required" });
  if (scan.truncated || scan.bytes.length > MAX_SCAN_BYTES)
    throw new AppError("validation_failed", 413, { [field]: "mandates.scan.too_large" });
  const type = detectFileType(scan.bytes);
  if (!type || !SCAN_TYPES.includes(type)) throw new AppError("validation_failed", 415, { [field]: "mandates.scan.type" });
  return { file: scan, type };
}

export type RecordAuthorisationInput = {
  person: { id: string; name: string };
  centre: string;
  consultant: { id: string; name: string };
  terms: Terms;
  scan: ScanFile;
  now: Date;
};

export async function recordAuthorisation(ctx: Context, input: RecordAuthorisationInput): Promise<{ id: string; number: string }> {
  const { file, type } = checkScan(input.scan);
  const id = randomUUID();
  const number = await insertAuthorisation(ctx.trx, {
    id,
    personId: input.person.id,
    personName: input.person.name,
    centre: input.centre,
    consultantId: input.consultant.id,
    consultantName: input.consultant.name,
    ...input.terms,
    scan: {
      name: safeFileName(file.fileName, type),
      type: MEDIA_TYPES[type],
      size: file.bytes.length,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
    },
    scanBytes: file.bytes,
    createdAt: input.now,
  });
  await recordAudit(ctx, {
    event: "mandates.authorisation.record",
    subjectType: "person",
    subjectId: input.person.id,
    details: { authorisation: id, number, centre: input.centre, allServices: input.terms.allServices, services: input.terms.services },
  });
  return { id, number };
}
