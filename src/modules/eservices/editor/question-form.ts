// A question as its editor's form shows it: every field its type uses, the options and rules as
// rows, a file's types and size, a group's item name, and the condition it is shown on. A group's
// inner questions are a list on the same screen, each edited on its own screen.
import type { Text } from "../definition/model.ts";
import { CONDITION, type ConditionForm, conditionFormFrom, conditionFormOf, conditionOf, conditionTarget } from "./condition-form.ts";
import { asList, asObject, asString, asStrings, asText, type JsonObject, keepOrder, ordered } from "./draft.ts";
import { type Fields, field, fieldValues, filled, filledText, numberOrTyped, numberText, rows, textField } from "./form-fields.ts";

export type OptionForm = { value: string; label: Text; hint: Text };
export type RuleForm = { rule: string; value: string; message: Text };
export type OptionsFromForm = { prefill: string; value: string; label: string; hint: string };

export type QuestionForm = {
  id: string;
  type: string;
  label: Text;
  hint: Text;
  required: boolean;
  readOnly: boolean;
  prefill: string;
  options: OptionForm[];
  optionsFrom: OptionsFromForm;
  rules: RuleForm[];
  accept: string[];
  maxSizeMb: string;
  itemLabel: Text;
  condition: ConditionForm;
};

export const QUESTION_LISTS = ["options", "rules", "questions"] as const;

/** Rules whose value is a count or a number; the others' is text (a date rule's "today", a pattern). */
const NUMBER_RULES = new Set(["minLength", "maxLength", "minItems", "maxItems", "min", "max"]);
export const RULES = ["minLength", "maxLength", "min", "max", "notBefore", "notAfter", "pattern", "minItems", "maxItems"] as const;

const blank = (): Text => ({ lv: "", en: "" });

export const EMPTY_ROW = {
  options: (): OptionForm => ({ value: "", label: blank(), hint: blank() }),
  rules: (): RuleForm => ({ rule: "", value: "", message: blank() }),
};

/** Which parts of the form a question shows: those its type uses, and any it has data for, so nothing is hidden and lost. */
export function questionParts(form: QuestionForm, inner: boolean) {
  return {
    choices: form.type === "choice" || form.type === "multiChoice" || form.options.length > 0 || form.optionsFrom.prefill !== "",
    file: form.type === "file" || form.accept.length > 0 || form.maxSizeMb !== "",
    group: !inner && (form.type === "group" || form.itemLabel.lv !== "" || form.itemLabel.en !== ""),
  };
}

export function questionFormOf(fields: Fields): QuestionForm {
  return {
    id: field(fields, "id"),
    type: field(fields, "type"),
    label: textField(fields, "label"),
    hint: textField(fields, "hint"),
    required: field(fields, "required") === "true",
    readOnly: field(fields, "readOnly") === "true",
    prefill: field(fields, "prefill"),
    options: rows(fields, "options", (p) => ({
      value: field(fields, `${p}.value`),
      label: textField(fields, `${p}.label`),
      hint: textField(fields, `${p}.hint`),
    })),
    optionsFrom: {
      prefill: field(fields, "optionsFrom.prefill"),
      value: field(fields, "optionsFrom.value"),
      label: field(fields, "optionsFrom.label"),
      hint: field(fields, "optionsFrom.hint"),
    },
    rules: rows(fields, "rules", (p) => ({
      rule: field(fields, `${p}.rule`),
      value: field(fields, `${p}.value`),
      message: textField(fields, `${p}.message`),
    })),
    accept: fieldValues(fields, "accept"),
    maxSizeMb: field(fields, "maxSizeMb"),
    itemLabel: textField(fields, "itemLabel"),
    condition: conditionFormOf(fields),
  };
}

export function questionFormFrom(question: unknown, decimalComma: boolean): QuestionForm {
  const q = asObject(question);
  const from = asObject(q.optionsFrom);
  return {
    id: asString(q.id),
    type: asString(q.type),
    label: asText(q.label),
    hint: asText(q.hint),
    required: q.required !== false,
    readOnly: q.readOnly === true,
    prefill: asString(q.prefill),
    options: asList(q.options).map((o) => ({
      value: asString(asObject(o).value),
      label: asText(asObject(o).label),
      hint: asText(asObject(o).hint),
    })),
    optionsFrom: { prefill: asString(from.prefill), value: asString(from.value), label: asString(from.label), hint: asString(from.hint) },
    rules: asList(q.rules).map((r) => {
      const o = asObject(r);
      return { rule: asString(o.rule), value: numberText(o.value, decimalComma), message: asText(o.message) };
    }),
    accept: asStrings(q.accept),
    maxSizeMb: numberText(q.maxSizeMb, decimalComma),
    itemLabel: asText(q.itemLabel),
    condition: conditionFormFrom(q.showIf),
  };
}

function ruleOf(form: RuleForm): JsonObject {
  const value = NUMBER_RULES.has(form.rule) ? numberOrTyped(form.value) : form.rule === "pattern" ? form.value : form.value.trim();
  return ordered({ rule: form.rule || undefined, value, message: form.message }, {});
}

function optionsFromOf(form: OptionsFromForm): JsonObject | undefined {
  const { prefill, value, label, hint } = form;
  if (![prefill, value, label, hint].some((v) => v.trim() !== "")) return undefined;
  return ordered({ prefill: prefill.trim(), value: value.trim(), label: label.trim(), hint: filled(hint) }, {});
}

/** The question with the form's fields; a group's inner questions (edited on their own screens) kept. */
export function withQuestion(question: unknown, form: QuestionForm): JsonObject {
  const before = asObject(question);
  return ordered(
    {
      id: form.id.trim(),
      type: form.type || undefined,
      label: form.label,
      hint: filledText(form.hint),
      required: form.required ? undefined : false,
      options: form.options.length
        ? form.options.map((o) => ordered({ value: o.value.trim(), label: o.label, hint: filledText(o.hint) }, {}))
        : undefined,
      optionsFrom: optionsFromOf(form.optionsFrom),
      prefill: filled(form.prefill),
      readOnly: form.readOnly || undefined,
      showIf: conditionOf(form.condition),
      rules: form.rules.length ? form.rules.map(ruleOf) : undefined,
      accept: form.accept.length ? keepOrder(before.accept, form.accept) : undefined,
      maxSizeMb: numberOrTyped(form.maxSizeMb),
      questions: before.questions,
      itemLabel: filledText(form.itemLabel),
    },
    before,
  );
}

function language(segment: string | undefined): "lv" | "en" {
  return segment === "en" ? "en" : "lv";
}

/** The form's box for a problem's path inside the question (the path after the question's own). */
export function questionTarget(form: QuestionForm, rest: string[]): string | null {
  const [first, second, third, fourth] = rest;
  switch (first) {
    case undefined:
      return "id";
    case "id":
    case "type":
    case "prefill":
    case "readOnly":
    case "required":
    case "maxSizeMb":
      return first;
    case "accept":
      return "accept";
    case "label":
    case "hint":
    case "itemLabel":
      return `${first}.${language(second)}`;
    case "options":
      if (second === undefined) return "options";
      if (third === "label" || third === "hint") return `options.${second}.${third}.${language(fourth)}`;
      return `options.${second}.value`;
    case "optionsFrom":
      return ["value", "label", "hint"].includes(second ?? "") ? `optionsFrom.${second}` : "optionsFrom.prefill";
    case "rules":
      if (second === undefined) return "rules";
      if (third === "message") return `rules.${second}.message.${language(fourth)}`;
      return third === "value" ? `rules.${second}.value` : `rules.${second}.rule`;
    case "questions":
      return second === undefined ? "questions" : `questions.${second}`;
    case CONDITION:
      return conditionTarget(form.condition, rest.slice(1));
    default:
      return null;
  }
}
