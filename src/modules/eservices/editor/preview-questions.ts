// The preview shows a page as a person will see it while the editor is still writing it, so its
// questions may break any rule: an unknown type, no label, an id used twice. The runtime's fields
// expect a checked definition; this makes a draft's questions into ones they can show, changing
// only what could not be shown (a missing label reads "untitled", a repeated id gets a new one).
import { FILE_TYPES, type Option, QUESTION_TYPES, type Question, type QuestionType, type Text } from "../definition/model.ts";
import { asList, asObject, asString, asText } from "./draft.ts";

const ID = /^[a-z][a-zA-Z0-9]{0,39}$/;

function named(text: Text, fallback: string): Text {
  return { lv: text.lv.trim() || text.en.trim() || fallback, en: text.en.trim() || text.lv.trim() || fallback };
}

function optional(text: Text): Text | undefined {
  return text.lv.trim() || text.en.trim() ? named(text, "") : undefined;
}

function uniqueId(wanted: string, index: number, used: Set<string>): string {
  let id = ID.test(wanted) && !used.has(wanted) ? wanted : `question${index + 1}`;
  for (let n = index + 2; used.has(id); n++) id = `question${n}`;
  used.add(id);
  return id;
}

function option(raw: unknown, index: number, untitled: string): Option {
  const o = asObject(raw);
  const value = asString(o.value) || `option${index + 1}`;
  const hint = optional(asText(o.hint));
  return { value, label: named(asText(o.label), value || untitled), ...(hint ? { hint } : {}) };
}

function question(raw: unknown, index: number, used: Set<string>, untitled: string, inGroup: boolean): Question {
  const o = asObject(raw);
  const wanted = asString(o.type) as QuestionType;
  const known = QUESTION_TYPES.includes(wanted) && !(inGroup && (wanted === "group" || wanted === "file"));
  const type: QuestionType = known ? wanted : "text";
  const q: Question = { id: uniqueId(asString(o.id), index, used), type, label: named(asText(o.label), untitled) };
  const hint = optional(asText(o.hint));
  if (hint) q.hint = hint;
  if (Array.isArray(o.options)) q.options = o.options.map((x, i) => option(x, i, untitled));
  const from = asObject(o.optionsFrom);
  if (typeof from.prefill === "string" && typeof from.value === "string" && typeof from.label === "string") {
    q.optionsFrom = { prefill: from.prefill, value: from.value, label: from.label };
  }
  if (typeof o.prefill === "string") q.prefill = o.prefill;
  if (o.readOnly === true) q.readOnly = true;
  const accept = asList(o.accept).filter((a): a is (typeof FILE_TYPES)[number] => FILE_TYPES.includes(a as (typeof FILE_TYPES)[number]));
  if (accept.length) q.accept = accept;
  if (typeof o.maxSizeMb === "number") q.maxSizeMb = o.maxSizeMb;
  if (type === "group") {
    const inner = new Set<string>();
    q.questions = asList(o.questions).map((x, i) => question(x, i, inner, untitled, true));
    const itemLabel = optional(asText(o.itemLabel));
    if (itemLabel) q.itemLabel = itemLabel;
  }
  return q;
}

/** The questions of a draft's page, made showable; `untitled` names a question without a label. */
function previewQuestions(questions: unknown, untitled: string): Question[] {
  const used = new Set<string>();
  return asList(questions).map((q, i) => question(q, i, used, untitled, false));
}

export type PagePreview = { title: Text; intro: Text | null; questions: Question[] };

export function pagePreview(page: unknown, untitled: string): PagePreview {
  const p = asObject(page);
  return {
    title: named(asText(p.title), untitled),
    intro: optional(asText(p.intro)) ?? null,
    questions: previewQuestions(p.questions, untitled),
  };
}
