// A posted question page turned into answers, exactly as typed: date parts joined, a group's
// items gathered from "household.0.income" fields, several ticked boxes as a list. Register facts
// shown read-only are taken from the prefilled data, never from what the browser sends.
import type { FormBody } from "../../../platform/http/multipart-body.ts";
import { dateFromParts } from "../definition/answer-formats.ts";
import type { Answers, GroupItem, Question } from "../definition/model.ts";
import { valueAt } from "../prefill/value-at.ts";

const MAX_TEXT = 5000;
export const MAX_GROUP_ITEMS = 20;

function text(fields: FormBody["fields"], name: string): string {
  const raw = fields[name];
  const value = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  return value.slice(0, MAX_TEXT);
}

function list(fields: FormBody["fields"], name: string): string[] {
  const raw = fields[name];
  return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => v.slice(0, 200));
}

function scalar(question: Question, fields: FormBody["fields"], name: string): string | string[] {
  if (question.type === "multiChoice") return list(fields, name);
  if (question.type === "date")
    return dateFromParts(text(fields, `${name}.day`), text(fields, `${name}.month`), text(fields, `${name}.year`));
  return text(fields, name);
}

function groupItems(question: Question, fields: FormBody["fields"]): GroupItem[] {
  const indexes = new Set<number>();
  const prefix = `${question.id}.`;
  for (const name of Object.keys(fields)) {
    if (!name.startsWith(prefix)) continue;
    const index = Number(name.slice(prefix.length).split(".")[0]);
    if (Number.isInteger(index) && index >= 0 && index < MAX_GROUP_ITEMS) indexes.add(index);
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => {
      const item: GroupItem = {};
      for (const inner of question.questions ?? []) item[inner.id] = scalar(inner, fields, `${question.id}.${index}.${inner.id}`);
      return item;
    });
}

/**
 * The page's answers from the posted fields. Files are not answers here: an uploaded file becomes
 * an attachment and its id the answer (see attach-file.ts); a file question keeps its earlier answer.
 */
export function answersFromForm(
  questions: readonly Question[],
  body: FormBody,
  previous: Answers,
  prefill: Record<string, unknown>,
): Answers {
  const answers: Answers = {};
  for (const question of questions) {
    if (question.readOnly && question.prefill) {
      answers[question.id] = String(valueAt(prefill, question.prefill) ?? "");
    } else if (question.type === "file") {
      const kept = previous[question.id];
      if (typeof kept === "string" && kept) answers[question.id] = kept;
    } else if (question.type === "group") {
      answers[question.id] = groupItems(question, body.fields);
    } else {
      answers[question.id] = scalar(question, body.fields, question.id);
    }
  }
  return answers;
}

/** Answers a page starts with: prefilled register values for questions not yet answered. */
export function withPrefill(questions: readonly Question[], answers: Answers, prefill: Record<string, unknown>): Answers {
  const shown: Answers = { ...answers };
  for (const question of questions) {
    if (question.prefill && (shown[question.id] === undefined || question.readOnly)) {
      const value = valueAt(prefill, question.prefill);
      if (typeof value === "string" || typeof value === "number") shown[question.id] = String(value);
    }
  }
  return shown;
}
