// What an officer types to send an official message, read from the form and checked field by
// field. The recipient is only looked up in the registers after the form itself is in order.

import type { FormBody } from "../../../platform/http/multipart-body.ts";
import { parsePersonalCode } from "../../../platform/identifiers/personal-code.ts";
import { parseRegistrationNumber } from "../../../platform/identifiers/registration-number.ts";
import { MESSAGE_TYPES, type MessageType } from "../mailbox.repository.ts";

export type ComposeInput = {
  recipientKind: string;
  personalCode: string;
  registrationNumber: string;
  type: string;
  subject: string;
  body: string;
  reference: string;
};

export const EMPTY_COMPOSE: ComposeInput = {
  recipientKind: "person",
  personalCode: "",
  registrationNumber: "",
  type: "decision",
  subject: "",
  body: "",
  reference: "",
};

const LIMITS = { personalCode: 20, registrationNumber: 20, subject: 200, body: 20000, reference: 40 };

function text(form: FormBody, name: keyof ComposeInput, max: number): string {
  const raw = form.fields[name];
  const value = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  // Kept a little longer than allowed so the "too long" message is about what was typed.
  return value.slice(0, max + 1);
}

export function readCompose(form: FormBody): ComposeInput {
  return {
    recipientKind: text(form, "recipientKind", 10),
    personalCode: text(form, "personalCode", LIMITS.personalCode).trim(),
    registrationNumber: text(form, "registrationNumber", LIMITS.registrationNumber).trim(),
    type: text(form, "type", 20),
    subject: text(form, "subject", LIMITS.subject).trim(),
    body: text(form, "body", LIMITS.body).replace(/\r\n/g, "\n").trim(),
    reference: text(form, "reference", LIMITS.reference).trim(),
  };
}

export type CheckedCompose = {
  recipient: { kind: "person"; personalCode: string } | { kind: "company"; registrationNumber: string };
  type: MessageType;
  subject: string;
  body: string;
  reference: string | null;
};

export function checkCompose(input: ComposeInput): { ok: true; value: CheckedCompose } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  let recipient: CheckedCompose["recipient"] | null = null;
  if (input.recipientKind === "person") {
    const parsed = parsePersonalCode(input.personalCode);
    if (input.personalCode === "") errors.personalCode = "mailbox.compose.error.personal_code_missing";
    else if (!parsed.ok) errors.personalCode = "mailbox.compose.error.personal_code_invalid";
    else recipient = { kind: "person", personalCode: parsed.code };
  } else if (input.recipientKind === "company") {
    const parsed = parseRegistrationNumber(input.registrationNumber);
    if (input.registrationNumber === "") errors.registrationNumber = "mailbox.compose.error.registration_number_missing";
    else if (!parsed.ok || parsed.kind !== "company") errors.registrationNumber = "mailbox.compose.error.registration_number_invalid";
    else recipient = { kind: "company", registrationNumber: parsed.number };
  } else errors.recipientKind = "mailbox.compose.error.recipient_kind";
  if (!(MESSAGE_TYPES as readonly string[]).includes(input.type)) errors.type = "mailbox.compose.error.type";
  if (input.subject === "") errors.subject = "mailbox.compose.error.subject_missing";
  else if (input.subject.length > LIMITS.subject) errors.subject = "mailbox.compose.error.subject_too_long";
  if (input.body === "") errors.body = "mailbox.compose.error.body_missing";
  else if (input.body.length > LIMITS.body) errors.body = "mailbox.compose.error.body_too_long";
  if (input.reference.length > LIMITS.reference) errors.reference = "mailbox.compose.error.reference_too_long";
  if (!recipient || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { recipient, type: input.type as MessageType, subject: input.subject, body: input.body, reference: input.reference || null },
  };
}
