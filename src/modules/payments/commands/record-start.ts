// What the provider said when asked to start a payment: the address to send the person to, or
// that it could not start one (the attempt fails and the person may try again).
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import type { StartedPayment } from "../providers/provider.ts";

export async function recordStart(ctx: Context, paymentId: string, started: StartedPayment): Promise<void> {
  await ctx.trx
    .updateTable("payments.payment")
    .set({ status: "started", provider_payment_id: started.providerPaymentId, redirect_url: started.redirectUrl })
    .where("id", "=", paymentId)
    .where("status", "=", "new")
    .execute();
  await recordAudit(ctx, { event: "payments.payment.start", subjectType: "payment", subjectId: paymentId });
}

export async function recordStartFailed(ctx: Context, paymentId: string, now: Date): Promise<void> {
  await ctx.trx
    .updateTable("payments.payment")
    .set({ status: "failed", closed_at: now })
    .where("id", "=", paymentId)
    .where("status", "=", "new")
    .execute();
  await recordAudit(ctx, { event: "payments.payment.fail", subjectType: "payment", subjectId: paymentId, details: { stage: "start" } });
}
