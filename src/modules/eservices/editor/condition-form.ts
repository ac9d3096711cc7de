// A condition (showIf) as the editor's small builder writes it: a question, an operator and a
// value, or a list from the register data for "is one of". Anything the builder cannot say (all,
// any, not, a register value's presence, a number to compare with) is written as JSON in a box
// beside it, and kept there as typed even when it is not JSON yet.
import { asObject } from "./draft.ts";
import { type Fields, field } from "./form-fields.ts";

export const OPERATORS = ["equals", "notEquals", "in", "notIn", "answered", "notAnswered"] as const;
export type Operator = (typeof OPERATORS)[number];

export type ConditionForm = { field: string; operator: string; value: string; list: string; json: string };

export const CONDITION = "showIf";

function emptyCondition(): ConditionForm {
  return { field: "", operator: "", value: "", list: "", json: "" };
}

export function conditionFormOf(fields: Fields): ConditionForm {
  const f = (name: string) => field(fields, `${CONDITION}.${name}`);
  return { field: f("field"), operator: f("operator"), value: f("value"), list: f("list"), json: f("json") };
}

function simple(c: Record<string, unknown>): ConditionForm | null {
  const keys = Object.keys(c);
  if (keys.length !== 2 || typeof c.field !== "string") return null;
  const operator = keys.find((k) => k !== "field") ?? "";
  const operand = c[operator];
  const base = { ...emptyCondition(), field: c.field };
  if ((operator === "equals" || operator === "notEquals") && typeof operand === "string") return { ...base, operator, value: operand };
  if (operator === "in" || operator === "notIn") {
    if (Array.isArray(operand) && operand.every((v) => typeof v === "string")) return { ...base, operator, value: operand.join(", ") };
    const prefill = asObject(operand);
    if (Object.keys(prefill).length === 1 && typeof prefill.prefill === "string") return { ...base, operator, list: prefill.prefill };
  }
  if (operator === "answered" && typeof operand === "boolean") return { ...base, operator: operand ? "answered" : "notAnswered" };
  return null;
}

export function conditionFormFrom(condition: unknown): ConditionForm {
  if (condition === undefined || condition === null) return emptyCondition();
  if (typeof condition === "string") return { ...emptyCondition(), json: condition };
  const builder = typeof condition === "object" && !Array.isArray(condition) ? simple(condition as Record<string, unknown>) : null;
  return builder ?? { ...emptyCondition(), json: JSON.stringify(condition, null, 2) };
}

/** Whether the condition is written as JSON rather than with the builder. */
export function usesJson(form: ConditionForm): boolean {
  return form.json.trim() !== "";
}

/** The condition for the definition; undefined when none is written. */
export function conditionOf(form: ConditionForm): unknown {
  if (usesJson(form)) {
    try {
      return JSON.parse(form.json);
    } catch {
      return form.json;
    }
  }
  const name = form.field.trim();
  if (!name && !form.operator && !form.value.trim() && !form.list) return undefined;
  switch (form.operator) {
    case "equals":
    case "notEquals":
      return { field: name, [form.operator]: form.value.trim() };
    case "in":
    case "notIn": {
      const values = form.value
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v !== "");
      return { field: name, [form.operator]: form.list ? { prefill: form.list } : values };
    }
    case "answered":
    case "notAnswered":
      return { field: name, answered: form.operator === "answered" };
    default:
      return { field: name };
  }
}

/** The box of the builder (or the JSON box) a problem inside the condition belongs to. */
export function conditionTarget(form: ConditionForm, rest: string[]): string {
  if (usesJson(form)) return `${CONDITION}.json`;
  const [first, ...deeper] = rest;
  if (first === undefined || first === "answered") return `${CONDITION}.operator`;
  if (first === "field") return `${CONDITION}.field`;
  if (OPERATORS.includes(first as Operator)) return deeper[0] === "prefill" || form.list ? `${CONDITION}.list` : `${CONDITION}.value`;
  return `${CONDITION}.operator`;
}
