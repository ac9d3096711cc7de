// Whether a condition holds for the answers given so far. A condition that names an unanswered
// question is simply false (the page it guards stays hidden until the answer is there), never an error.
import { valueAt } from "../prefill/value-at.ts";
import type { Answers, Condition, GroupItem, Operand } from "./model.ts";

export type ConditionScope = {
  answers: Answers;
  prefill: Record<string, unknown>;
  /** Inside a repeating group: the item's own answers, looked up before the form's. */
  item?: GroupItem;
};

function answerOf(scope: ConditionScope, field: string): unknown {
  if (scope.item && field in scope.item) return scope.item[field];
  return scope.answers[field];
}

function operandList(operand: Operand, scope: ConditionScope): string[] {
  if (Array.isArray(operand)) return operand;
  if (typeof operand === "object") {
    const value = valueAt(scope.prefill, operand.prefill);
    return Array.isArray(value) ? value.map(String) : value === undefined || value === null || value === "" ? [] : [String(value)];
  }
  return [String(operand)];
}

function isAnswered(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null && value !== "";
}

function same(answer: unknown, expected: string | number | boolean): boolean {
  if (Array.isArray(answer)) return answer.map(String).includes(String(expected));
  return answer !== undefined && String(answer) === String(expected);
}

export function holds(condition: Condition, scope: ConditionScope): boolean {
  if ("all" in condition) return condition.all.every((c) => holds(c, scope));
  if ("any" in condition) return condition.any.some((c) => holds(c, scope));
  if ("not" in condition) return !holds(condition.not, scope);
  if (!("field" in condition)) return isAnswered(valueAt(scope.prefill, condition.prefill)) === condition.answered;
  const answer = answerOf(scope, condition.field);
  if ("answered" in condition) return isAnswered(answer) === condition.answered;
  if ("equals" in condition) return same(answer, condition.equals);
  if ("notEquals" in condition) return isAnswered(answer) && !same(answer, condition.notEquals);
  if (!isAnswered(answer)) return false;
  const list = operandList("in" in condition ? condition.in : condition.notIn, scope);
  const values = Array.isArray(answer) ? answer.map(String) : [String(answer)];
  const inList = values.some((v) => list.includes(v));
  return "in" in condition ? inList : !inList;
}
