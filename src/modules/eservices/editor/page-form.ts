// A page of the definition as its editor's form shows it: title, introduction, task-list section
// and the condition it is shown on. Its questions are a list of their own on the same screen,
// each edited on its own screen, and kept as they are by this form.
import type { Text } from "../definition/model.ts";
import { CONDITION, type ConditionForm, conditionFormFrom, conditionFormOf, conditionOf, conditionTarget } from "./condition-form.ts";
import { asList, asObject, asString, asText, type JsonObject, ordered } from "./draft.ts";
import { type Fields, field, filled, filledText, textField } from "./form-fields.ts";

export type PageForm = { id: string; title: Text; intro: Text; section: string; condition: ConditionForm };

export const PAGE_LISTS = ["questions"] as const;

export function pageFormOf(fields: Fields): PageForm {
  return {
    id: field(fields, "id"),
    title: textField(fields, "title"),
    intro: textField(fields, "intro"),
    section: field(fields, "section"),
    condition: conditionFormOf(fields),
  };
}

export function pageFormFrom(page: unknown): PageForm {
  const p = asObject(page);
  return {
    id: asString(p.id),
    title: asText(p.title),
    intro: asText(p.intro),
    section: asString(p.section),
    condition: conditionFormFrom(p.showIf),
  };
}

export function withPage(page: unknown, form: PageForm): JsonObject {
  const before = asObject(page);
  return ordered(
    {
      id: form.id.trim(),
      title: form.title,
      intro: filledText(form.intro),
      section: filled(form.section),
      showIf: conditionOf(form.condition),
      questions: asList(before.questions),
    },
    before,
  );
}

/** The form's box for a problem's path inside the page (the path after `pages.<n>.`). */
export function pageTarget(form: PageForm, rest: string[]): string | null {
  const [first, second] = rest;
  switch (first) {
    case "id":
    case "section":
      return first;
    case "title":
    case "intro":
      return `${first}.${second === "en" ? "en" : "lv"}`;
    case CONDITION:
      return conditionTarget(form.condition, rest.slice(1));
    case "questions":
      return second === undefined ? "questions" : `questions.${second}`;
    default:
      return null;
  }
}
