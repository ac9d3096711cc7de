// Every callback a provider sends is written down, applied or not. A refused one (a signature that
// does not hold, an amount or reference that is not the payment's) also gets an audit row, so a
// forgery attempt is on the record; the row names the payment, never anyone's personal data.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import type { CallbackProblem } from "../providers/provider.ts";

export async function logCallback(
  ctx: Context,
  entry: { provider: string; paymentId: string | null; outcome: "applied" | "repeated"; now: Date },
): Promise<void> {
  await ctx.trx
    .insertInto("payments.callback")
    .values({ provider: entry.provider, payment_id: entry.paymentId, outcome: entry.outcome, problem: null, received_at: entry.now })
    .execute();
}

export async function refuseCallback(
  ctx: Context,
  entry: { provider: string; paymentId: string | null; problem: CallbackProblem; now: Date },
): Promise<void> {
  await ctx.trx
    .insertInto("payments.callback")
    .values({ provider: entry.provider, payment_id: entry.paymentId, outcome: "refused", problem: entry.problem, received_at: entry.now })
    .execute();
  await recordAudit(ctx, {
    event: "payments.callback.refuse",
    subjectType: entry.paymentId ? "payment" : undefined,
    subjectId: entry.paymentId ?? undefined,
    details: { provider: entry.provider, problem: entry.problem },
  });
}
