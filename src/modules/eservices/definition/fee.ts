// What an application owes: the definition's fee, or what its first exemption that holds asks
// instead, judged on the answers of the pages and questions the person's answers still show (a
// hidden answer, dropped at submission, cannot earn an exemption).
import { holds } from "./conditions.ts";
import { type Flow, scopeOf, visiblePages, visibleQuestions } from "./form-flow.ts";
import type { Answers, Fee, FeeExemption } from "./model.ts";

export type FeeDue = { fee: Fee; amountCents: number; exemption: FeeExemption | null };

function shownAnswers(flow: Flow): Answers {
  const shown: Answers = {};
  for (const page of visiblePages(flow)) {
    for (const question of visibleQuestions(flow, page.questions)) {
      const answer = flow.answers[question.id];
      if (answer !== undefined) shown[question.id] = answer;
    }
  }
  return shown;
}

export function feeDue(flow: Flow): FeeDue | null {
  const fee = flow.definition.fee;
  if (!fee) return null;
  const scope = scopeOf({ ...flow, answers: shownAnswers(flow) });
  const exemption = fee.exemptions?.find((e) => holds(e.when, scope)) ?? null;
  return { fee, amountCents: exemption ? exemption.amountCents : fee.amountCents, exemption };
}

/** The amount to pay online before the application may be submitted; 0 when nothing is. */
export function payableBeforeSubmit(due: FeeDue | null): number {
  return due && due.fee.payment === "beforeSubmit" ? due.amountCents : 0;
}
