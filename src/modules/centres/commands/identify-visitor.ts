// A consultant identifies a visitor: the personal code was found in the population register
// (asked before this transaction), and the consultant checked an identity document in person.
// The document's kind and number are recorded; the personal code itself is not repeated here.
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { DOCUMENT_KINDS, type DocumentKind, insertVisit } from "../clients/visits.repository.ts";

export type IdentifyFields = { documentKind: string; documentNumber: string; documentChecked: boolean };

/** The document part of the form, checked; the personal code is checked by the caller against the register. */
export function readDocument(fields: IdentifyFields, errors: Record<string, string>): { kind: DocumentKind; number: string } | null {
  const kind = DOCUMENT_KINDS.find((k) => k === fields.documentKind);
  const number = fields.documentNumber.replace(/\s+/g, "").toUpperCase();
  if (!kind) errors.documentKind = "centres.client.document_kind_required";
  if (!/^[A-Z0-9]{5,12}$/.test(number))
    errors.documentNumber = number ? "centres.client.document_number_invalid" : "centres.client.document_number_required";
  if (!fields.documentChecked) errors.documentChecked = "centres.client.document_not_checked";
  return kind && !errors.documentNumber ? { kind, number } : null;
}

export async function identifyVisitor(
  ctx: Context,
  input: {
    centre: string;
    consultantId: string;
    person: { id: string; name: string };
    document: { kind: DocumentKind; number: string };
    now: Date;
  },
): Promise<string> {
  if (!input.person.id) throw new AppError("not_found", 404);
  const id = randomUUID();
  await insertVisit(ctx.trx, {
    id,
    centre: input.centre,
    consultantId: input.consultantId,
    personId: input.person.id,
    personName: input.person.name,
    documentKind: input.document.kind,
    documentNumber: input.document.number,
    startedAt: input.now,
  });
  await recordAudit(ctx, {
    event: "centres.visitor.identify",
    subjectType: "person",
    subjectId: input.person.id,
    details: { visit: id, centre: input.centre, documentKind: input.document.kind },
  });
  return id;
}
