// Where an application stands with its fee: what is due under its answers (an exemption applied),
// what of it must be paid before submitting, and the payment its provider confirmed, if any.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import { type Payment, paidFeeOf } from "../../payments/index.ts";
import { type FeeDue, feeDue, payableBeforeSubmit } from "../definition/fee.ts";
import type { Flow } from "../definition/form-flow.ts";
import { applicationPath } from "../views/form-parts.tsx";
import { formatEuro } from "../views/parts.tsx";
import type { FeeView, PaidView } from "../views/payment-views.tsx";

export type FeeState = {
  due: FeeDue;
  /** Still to pay before the application may be submitted; 0 when nothing (more) is. */
  toPay: number;
  paid: Payment | null;
};

export async function feeState(db: Kysely<Tables>, applicationId: string, flow: Flow): Promise<FeeState | null> {
  const due = feeDue(flow);
  if (!due) return null;
  const paid = await paidFeeOf(db, applicationId);
  const owed = payableBeforeSubmit(due);
  return { due, toPay: paid && paid.amountCents >= owed ? 0 : owed, paid };
}

export function paidView(locale: "lv" | "en", payment: Payment | null): PaidView | null {
  if (!payment?.paidAt) return null;
  return { amount: formatEuro(locale, payment.amountCents), reference: payment.reference, paidAt: payment.paidAt };
}

export function feeView(state: FeeState, locale: "lv" | "en", applicationId: string): FeeView {
  const { due } = state;
  return {
    amount: formatEuro(locale, due.amountCents),
    legalBasis: due.fee.legalBasis?.[locale] ?? null,
    exemption: due.exemption?.reason[locale] ?? null,
    afterDecision: due.fee.payment === "afterDecision",
    paid: paidView(locale, state.paid),
    payHref: state.toPay > 0 ? applicationPath(applicationId, "/samaksa") : null,
  };
}
