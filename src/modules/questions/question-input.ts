// What the ask and answer forms send, checked: each problem is a message key by field, and the
// text as typed is kept so the form can be shown again with it.
import type { FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { UNITS } from "../identity/index.ts";

export const SUBJECT_MAX = 150;
export const QUESTION_MAX = 4000;
export const ANSWER_MAX = 8000;

export type AskFields = { institution: string; subject: string; question: string; emailNotice: boolean; submission: string };

/** One text field of a posted form, as typed; a field sent twice counts once. Not cut: a long text gets its message. */
export function textField(body: unknown, name: string): string {
  const raw = typeof body === "object" && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  const value = Array.isArray(raw) ? raw[0] : raw;
  // Browsers send a textarea's line breaks as CRLF; a limit counts what the person sees.
  return typeof value === "string" ? value.replaceAll("\r\n", "\n") : "";
}

export function askFields(body: unknown): AskFields {
  return {
    institution: textField(body, "institution").trim(),
    subject: textField(body, "subject"),
    question: textField(body, "question"),
    emailNotice: textField(body, "emailNotice") === "yes",
    submission: textField(body, "submission"),
  };
}

export function isInstitution(code: string): boolean {
  return UNITS.some((u) => u.kind === "institution" && u.code === code);
}

function checkText(value: string, max: number, keys: { required: string; tooLong: string }): string | null {
  const text = value.trim();
  if (text.length === 0) return keys.required;
  return text.length > max ? keys.tooLong : null;
}

/** The problems of an ask form, in the order its fields appear. */
export function askProblems(fields: AskFields, hasConfirmedEmail: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (!fields.institution) errors.institution = "questions.ask.institution_required";
  else if (!isInstitution(fields.institution)) errors.institution = "questions.ask.institution_unknown";
  const subject = checkText(fields.subject, SUBJECT_MAX, {
    required: "questions.ask.subject_required",
    tooLong: "questions.ask.subject_too_long",
  });
  if (subject) errors.subject = subject;
  else if (/[\n\r]/.test(fields.subject.trim())) errors.subject = "questions.ask.subject_one_line";
  const question = checkText(fields.question, QUESTION_MAX, {
    required: "questions.ask.question_required",
    tooLong: "questions.ask.question_too_long",
  });
  if (question) errors.question = question;
  if (fields.emailNotice && !hasConfirmedEmail) errors.emailNotice = "questions.ask.email_missing";
  return errors;
}

export function answerProblem(answer: string): string | null {
  return checkText(answer, ANSWER_MAX, { required: "questions.answer.required", tooLong: "questions.answer.too_long" });
}
