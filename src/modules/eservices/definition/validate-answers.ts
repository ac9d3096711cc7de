// Checks a page's answers against the stored definition: required, the type's format, the choices
// offered, and the definition's own rules. The same function checks every visible page again at
// submission, so nothing the browser sends is trusted because an earlier page accepted it.
import type { Translate } from "../../../platform/i18n/messages.ts";
import { readAnswer } from "./answer-formats.ts";
import { type Flow, optionsOf, visiblePages, visibleQuestions } from "./form-flow.ts";
import type { Answers, AnswerValue, GroupItem, Page, Question, Rule } from "./model.ts";

/** Messages by field path ("address", "household.1.income"), already in the person's language. */
export type AnswerErrors = Record<string, string>;

export type Checking = { flow: Flow; today: string; locale: "lv" | "en"; t: Translate };

type Outcome = { value: AnswerValue | undefined; error: string | null };

function dayOffset(today: string, value: string): string {
  if (value === "today") return today;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const at = new Date(`${today}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + Number(value));
  return at.toISOString().slice(0, 10);
}

function breaks(rule: Rule, value: string | string[], today: string): boolean {
  switch (rule.rule) {
    case "minLength":
      return typeof value === "string" && [...value].length < rule.value;
    case "maxLength":
      return typeof value === "string" && [...value].length > rule.value;
    case "min":
      return Number(value) < rule.value;
    case "max":
      return Number(value) > rule.value;
    case "notBefore":
      return String(value) < dayOffset(today, rule.value);
    case "notAfter":
      return String(value) > dayOffset(today, rule.value);
    case "pattern":
      return typeof value === "string" && !new RegExp(`^(?:${rule.value})$`, "u").test(value);
    case "minItems":
      return Array.isArray(value) && value.length < rule.value;
    case "maxItems":
      return Array.isArray(value) && value.length > rule.value;
  }
}

function ruleError(question: Question, value: string | string[], c: Checking): string | null {
  const broken = (question.rules ?? []).find((rule) => !rule.rule.endsWith("Items") && breaks(rule, value, c.today));
  return broken ? broken.message[c.locale] : null;
}

function isEmpty(value: AnswerValue | undefined): boolean {
  return value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

function checkScalar(question: Question, raw: AnswerValue | undefined, c: Checking): Outcome {
  const required = question.required !== false;
  if (question.type === "multiChoice") {
    const chosen = (Array.isArray(raw) ? raw : raw ? [raw] : []).map(String);
    if (chosen.length === 0) return { value: [], error: required ? c.t("eservices.answer.choose_some") : null };
    const offered = new Set(optionsOf(question, c.flow.prefill).map((o) => o.value));
    if (!chosen.every((v) => offered.has(v))) return { value: chosen, error: c.t("eservices.answer.choose_some") };
    return { value: chosen, error: ruleError(question, chosen, c) };
  }
  const value = typeof raw === "string" ? raw : "";
  if (value.trim() === "") {
    const code =
      question.type === "choice" || question.type === "yesNo" ? "choose_one" : question.type === "file" ? "file_required" : "required";
    return { value: "", error: required ? c.t(`eservices.answer.${question.type === "address" ? "address_not_chosen" : code}`) : null };
  }
  if (question.type === "choice") {
    const offered = optionsOf(question, c.flow.prefill).some((o) => o.value === value);
    return { value, error: offered ? null : c.t("eservices.answer.choose_one") };
  }
  if (question.type === "file") return { value, error: null };
  const read = readAnswer(question.type, value);
  if (!read.ok) return { value, error: c.t(`eservices.answer.${read.code}`) };
  return { value: read.value, error: ruleError(question, read.value, c) };
}

function itemsRuleError(question: Question, items: GroupItem[], c: Checking): string | null {
  const broken = (question.rules ?? []).find((rule) => rule.rule.endsWith("Items") && breaks(rule, items as unknown as string[], c.today));
  return broken ? broken.message[c.locale] : null;
}

function checkGroup(question: Question, raw: AnswerValue | undefined, c: Checking, errors: AnswerErrors): GroupItem[] {
  const items = Array.isArray(raw) ? (raw.filter((i) => typeof i === "object") as GroupItem[]) : [];
  const clean = items.map((item, index) => {
    const out: GroupItem = {};
    for (const inner of visibleQuestions(c.flow, question.questions ?? [], item)) {
      const outcome = checkScalar(inner, item[inner.id], c);
      if (outcome.value !== undefined) out[inner.id] = outcome.value as string | string[];
      if (outcome.error) errors[`${question.id}.${index}.${inner.id}`] = outcome.error;
    }
    return out;
  });
  const required = question.required !== false;
  if (required && clean.length === 0) errors[question.id] = c.t("eservices.answer.group_empty");
  else {
    const countError = itemsRuleError(question, clean, c);
    if (countError) errors[question.id] = countError;
  }
  return clean;
}

/** The page's answers in their stored form, and a message for each field that needs fixing. */
export function checkPage(page: Page, c: Checking): { answers: Answers; errors: AnswerErrors } {
  const answers: Answers = {};
  const errors: AnswerErrors = {};
  for (const question of visibleQuestions(c.flow, page.questions)) {
    const raw = c.flow.answers[question.id];
    if (question.type === "group") {
      answers[question.id] = checkGroup(question, raw, c, errors);
      continue;
    }
    const outcome = checkScalar(question, raw, c);
    if (!isEmpty(outcome.value)) answers[question.id] = outcome.value as AnswerValue;
    if (outcome.error) errors[question.id] = outcome.error;
  }
  return { answers, errors };
}

/** Every page the person goes through, checked again; the first page with a problem comes first. */
export function checkApplication(c: Checking): { answers: Answers; problems: { page: Page; errors: AnswerErrors }[] } {
  const answers: Answers = {};
  const problems: { page: Page; errors: AnswerErrors }[] = [];
  for (const page of visiblePages(c.flow)) {
    const checked = checkPage(page, c);
    Object.assign(answers, checked.answers);
    if (Object.keys(checked.errors).length > 0) problems.push({ page, errors: checked.errors });
  }
  return { answers, problems };
}
