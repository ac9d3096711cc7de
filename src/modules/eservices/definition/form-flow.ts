// Which pages and questions apply to an application as it stands, and in what order the person
// goes through them. Everything is derived from the definition and the answers on each request, so
// changing an answer that hides a page simply drops that page from the flow and from the check.
import { valueAt } from "../prefill/value-at.ts";
import { type ConditionScope, holds } from "./conditions.ts";
import type { Answers, EServiceDefinition, GroupItem, Option, Page, Question, Text } from "./model.ts";

export type Flow = { definition: EServiceDefinition; answers: Answers; prefill: Record<string, unknown> };

export function scopeOf(flow: Flow, item?: GroupItem): ConditionScope {
  return item ? { answers: flow.answers, prefill: flow.prefill, item } : { answers: flow.answers, prefill: flow.prefill };
}

export function visiblePages(flow: Flow): Page[] {
  return flow.definition.pages.filter((page) => !page.showIf || holds(page.showIf, scopeOf(flow)));
}

export function visibleQuestions(flow: Flow, questions: readonly Question[], item?: GroupItem): Question[] {
  return questions.filter((q) => !q.showIf || holds(q.showIf, scopeOf(flow, item)));
}

export function pageById(definition: EServiceDefinition, id: string): Page | null {
  return definition.pages.find((p) => p.id === id) ?? null;
}

/** The page after `current` in the flow, or null when the next stop is "check your answers". */
export function nextPage(flow: Flow, current: string): Page | null {
  const pages = visiblePages(flow);
  const at = pages.findIndex((p) => p.id === current);
  return pages[at + 1] ?? null;
}

export function previousPage(flow: Flow, current: string): Page | null {
  const pages = visiblePages(flow);
  const at = pages.findIndex((p) => p.id === current);
  return at > 0 ? (pages[at - 1] ?? null) : null;
}

/** The first page in the flow the person has not completed, or null when all are. */
export function firstIncomplete(flow: Flow, completed: readonly string[]): Page | null {
  return visiblePages(flow).find((p) => !completed.includes(p.id)) ?? null;
}

/** A choice's options, written in the definition or made from a prefilled list (the person's newborns). */
export function optionsOf(question: Question, prefill: Record<string, unknown>): Option[] {
  if (question.options) return question.options;
  if (question.type === "yesNo") return YES_NO;
  const from = question.optionsFrom;
  if (!from) return [];
  const list = valueAt(prefill, from.prefill);
  if (!Array.isArray(list)) return [];
  return list.map((entry) => {
    const item = entry as Record<string, unknown>;
    const label = String(item[from.label] ?? "");
    const hint = from.hint ? String(item[from.hint] ?? "") : "";
    return { value: String(item[from.value] ?? ""), label: { lv: label, en: label }, ...(hint ? { hint: { lv: hint, en: hint } } : {}) };
  });
}

const YES_NO: Option[] = [
  { value: "yes", label: { lv: "Jā", en: "Yes" } },
  { value: "no", label: { lv: "Nē", en: "No" } },
];

export function textIn(text: Text, locale: "lv" | "en"): string {
  return text[locale];
}
