// An officer pays a payment back, with a reason, through the provider that took it. The provider
// is asked between two transactions (it is an outside call): first the payment is marked as being
// refunded, so a second officer cannot refund it too; then it is refunded, or back to paid when
// the provider refused, each step with its audit row.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { redactText } from "../../../platform/logging/redact.ts";
import { lockPayment, type Payment } from "../payments.repository.ts";

const MAX_REASON = 500;

/** The reason's problem as a message key, or null: required, bounded, and without personal codes. */
export function refundReasonProblem(reason: string): string | null {
  const text = reason.trim();
  if (text === "") return "payments.refund.reason_required";
  if (text.length > MAX_REASON) return "payments.refund.reason_too_long";
  // The reason goes into the audit log and the accounting export, where no personal code may be.
  if (redactText(text) !== text) return "payments.refund.reason_personal_code";
  return null;
}

export async function beginRefund(ctx: Context, input: { paymentId: string; institution: string; reason: string }): Promise<Payment> {
  const problem = refundReasonProblem(input.reason);
  if (problem) throw new AppError("validation_failed", 400, { reason: problem });
  const payment = await lockPayment(ctx.trx, input.paymentId);
  if (!payment || payment.institution !== input.institution) throw new AppError("not_found", 404);
  if (payment.status !== "paid" || !payment.providerPaymentId) throw new AppError("payments_not_refundable", 409);
  await ctx.trx
    .updateTable("payments.payment")
    .set({ status: "refunding", refund_reason: input.reason.trim(), refunded_by: ctx.actor })
    .where("id", "=", payment.id)
    .execute();
  await recordAudit(ctx, {
    event: "payments.refund.begin",
    subjectType: "payment",
    subjectId: payment.id,
    details: { reference: payment.reference, amountCents: payment.amountCents, reason: input.reason.trim() },
  });
  return payment;
}

export async function finishRefund(ctx: Context, input: { paymentId: string; refundId: string; now: Date }): Promise<void> {
  await ctx.trx
    .updateTable("payments.payment")
    .set({ status: "refunded", refunded_at: input.now, provider_refund_id: input.refundId })
    .where("id", "=", input.paymentId)
    .where("status", "=", "refunding")
    .execute();
  await recordAudit(ctx, { event: "payments.payment.refund", subjectType: "payment", subjectId: input.paymentId });
}

export async function abandonRefund(ctx: Context, input: { paymentId: string }): Promise<void> {
  await ctx.trx
    .updateTable("payments.payment")
    .set({ status: "paid", refund_reason: null, refunded_by: null })
    .where("id", "=", input.paymentId)
    .where("status", "=", "refunding")
    .execute();
  await recordAudit(ctx, { event: "payments.refund.fail", subjectType: "payment", subjectId: input.paymentId });
}
