// Where an editor meets a draft's problems: each screen shows those of its part next to the
// fields they are about, and the overview links each problem to the screen and field to fix it.
import type { DefinitionProblem } from "../definition/definition-schema.ts";
import { asList, type QuestionAt, valueAt } from "./draft.ts";
import { generalTarget } from "./general-form.ts";
import { pageFormFrom, pageTarget } from "./page-form.ts";
import { DEFINITION_PATHS, fieldId } from "./paths.ts";
import { questionFormFrom, questionTarget } from "./question-form.ts";

/**
 * One problem on a screen: the field it is at (null when the screen has no field for it), its
 * message key, and its place inside the screen's part, to name it in the summary.
 */
export type ShownProblem = { field: string | null; message: string; place: string };

export function problemMessage(code: string): string {
  return `eservices.problem.${code}`;
}

/** The rest of `path` inside `prefix`, or null when it is elsewhere. */
function inside(path: string, prefix: string): string[] | null {
  if (prefix === "") return path === "" ? [] : path.split(".");
  if (path === prefix) return [];
  return path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1).split(".") : null;
}

/** A row of a list (a page, a question) stands for every problem inside what it leads to. */
const ROW = /^(pages|questions)\.\d+$/;
const ROW_MESSAGES: Record<string, string> = {
  pages: "eservices.editor.page_has_problems",
  questions: "eservices.editor.question_has_problems",
};

/**
 * The problems inside `prefix`, each at its field as `target` names it, without the problems of
 * parts `excluded` (a group's inner questions, shown on their own screens).
 */
export function screenProblems(
  problems: DefinitionProblem[],
  prefix: string,
  target: (rest: string[]) => string | null,
  excluded: (rest: string[]) => boolean = () => false,
): ShownProblem[] {
  const shown: ShownProblem[] = [];
  const seen = new Set<string>();
  for (const problem of problems) {
    const rest = inside(problem.path, prefix);
    if (rest === null || excluded(rest)) continue;
    const field = target(rest);
    const row = field !== null && ROW.test(field) && rest.length > 2;
    const message = row ? (ROW_MESSAGES[field.split(".")[0] ?? ""] ?? "") : problemMessage(problem.code);
    const key = `${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    shown.push({ field, message, place: field ?? rest.join(".") });
  }
  return shown;
}

/** The first message of each field, for the messages written next to the fields. */
export function fieldErrors(shown: ShownProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of shown) if (p.field !== null && !(p.field in errors)) errors[p.field] = p.message;
  return errors;
}

/** The structure screen's rows: a page with problems, or the list itself. */
export function structureTarget(rest: string[]): string | null {
  if (rest[0] !== "pages") return null;
  return rest[1] === undefined ? "pages" : `pages.${rest[1]}`;
}

export function isGeneral(rest: string[]): boolean {
  return rest[0] !== "pages";
}

/** The screen where a problem is fixed, with the field's id as the address's fragment. */
export function problemLink(service: string, draft: unknown, path: string): string {
  const [first, page, third, question, fifth, inner] = path.split(".");
  const pageIndex = Number(page);
  if (first !== "pages") {
    const target = generalTarget(path);
    return `${DEFINITION_PATHS.general(service)}${target ? `#${fieldId(target)}` : ""}`;
  }
  const pageExists = page !== undefined && /^\d+$/.test(page) && valueAt(draft, `pages.${page}`) !== undefined;
  if (!pageExists) return DEFINITION_PATHS.structure(service);
  if (third === "questions" && question !== undefined && valueAt(draft, `pages.${page}.questions.${question}`) !== undefined) {
    const nested =
      fifth === "questions" &&
      inner !== undefined &&
      valueAt(draft, `pages.${page}.questions.${question}.questions.${inner}`) !== undefined;
    const at: QuestionAt = { page: pageIndex, question: Number(question), inner: nested ? Number(inner) : null };
    const prefix = nested ? `pages.${page}.questions.${question}.questions.${inner}` : `pages.${page}.questions.${question}`;
    const form = questionFormFrom(valueAt(draft, prefix), false);
    const target = questionTarget(form, inside(path, prefix) ?? []);
    return `${DEFINITION_PATHS.question(service, at)}${target ? `#${fieldId(target)}` : ""}`;
  }
  const target = pageTarget(pageFormFrom(valueAt(draft, `pages.${page}`)), inside(path, `pages.${page}`) ?? []);
  return `${DEFINITION_PATHS.page(service, pageIndex)}${target ? `#${fieldId(target)}` : ""}`;
}

/** Every question id of the draft, top level and inside groups, to make a new one that is not taken. */
export function takenIds(draft: unknown): Set<string> {
  const ids = new Set<string>();
  const add = (questions: unknown) => {
    for (const q of asList(questions)) {
      const id = valueAt(q, "id");
      if (typeof id === "string") ids.add(id);
      add(valueAt(q, "questions"));
    }
  };
  for (const page of asList(valueAt(draft, "pages"))) {
    const id = valueAt(page, "id");
    if (typeof id === "string") ids.add(id);
    add(valueAt(page, "questions"));
  }
  return ids;
}

/** "question3" (or "page3"): the first of its kind not taken. */
export function freshId(kind: "question" | "page", taken: Set<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${kind}${n}`)) return `${kind}${n}`;
}
