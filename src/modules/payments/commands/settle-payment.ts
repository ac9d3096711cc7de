// Applies what a provider reported about a payment, from a signed callback or a status query.
// The report must be about a payment Epak started with that provider, for exactly its amount,
// currency and reference; otherwise it is refused. A payment is settled once: a repeated or late
// report about a payment already paid, cancelled or refunded changes nothing.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { isUuid } from "../../../platform/identifiers/uuid.ts";
import { lockPayment, type Payment } from "../payments.repository.ts";
import { CallbackRefused, type ProviderReport } from "../providers/provider.ts";

export type Settled = { outcome: "applied" | "repeated"; payment: Payment };

function check(payment: Payment | null, provider: string, report: ProviderReport): Payment {
  if (!payment || payment.provider !== provider) throw new CallbackRefused("unknown_payment");
  if (payment.providerPaymentId !== null && payment.providerPaymentId !== report.providerPaymentId) {
    throw new CallbackRefused("unknown_payment", payment.id);
  }
  if (report.amountCents !== payment.amountCents) throw new CallbackRefused("amount", payment.id);
  if (report.currency !== payment.currency) throw new CallbackRefused("currency", payment.id);
  if (report.reference !== payment.reference) throw new CallbackRefused("reference", payment.id);
  return payment;
}

export async function settlePayment(
  ctx: Context,
  input: { provider: string; report: ProviderReport; via: "callback" | "query"; now: Date },
): Promise<Settled> {
  const { report, now } = input;
  const found = isUuid(report.paymentId) ? await lockPayment(ctx.trx, report.paymentId) : null;
  const payment = check(found, input.provider, report);
  const open = payment.status === "new" || payment.status === "started";
  if (!open || report.state === "pending") return { outcome: "repeated", payment };

  const paid = report.state === "paid";
  await ctx.trx
    .updateTable("payments.payment")
    .set({
      status: report.state,
      provider_payment_id: report.providerPaymentId,
      bank: report.bank,
      card_last4: report.cardLast4,
      settled_by: input.via,
      paid_at: paid ? now : null,
      closed_at: now,
    })
    .where("id", "=", payment.id)
    .execute();
  if (paid && payment.requestId) {
    await ctx.trx
      .updateTable("payments.request")
      .set({ status: "paid", paid_at: now })
      .where("id", "=", payment.requestId)
      .where("status", "=", "due")
      .execute();
  }
  await recordAudit(ctx, {
    event: "payments.payment.settle",
    subjectType: "payment",
    subjectId: payment.id,
    details: { status: report.state, via: input.via, reference: payment.reference, amountCents: payment.amountCents },
  });
  return {
    outcome: "applied",
    payment: { ...payment, status: report.state, paidAt: paid ? now : null, closedAt: now, bank: report.bank, cardLast4: report.cardLast4 },
  };
}
