// The steps that talk to a provider, around the commands that write: an outside call is never
// made inside a transaction (on the embedded database a transaction holds the one connection the
// provider's own answer, or its callback to Epak, would need).
import type { Kysely, Transaction } from "kysely";
import type { Context } from "../../platform/context.ts";
import type { Tables } from "../../platform/db/tables.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { createPayment, type PaymentTarget } from "./commands/create-payment.ts";
import { logCallback, refuseCallback } from "./commands/log-callback.ts";
import { recordStart, recordStartFailed } from "./commands/record-start.ts";
import { abandonRefund, beginRefund, finishRefund } from "./commands/refund-payment.ts";
import { settlePayment } from "./commands/settle-payment.ts";
import type { Payment } from "./payments.repository.ts";
import { CallbackRefused, ProviderUnavailable } from "./providers/provider.ts";
import type { ProviderRegistry } from "./providers/registry.ts";

export type FlowDeps = { db: Kysely<Tables>; registry: ProviderRegistry; now: () => Date };
/** The context of each write, in its transaction: the person's, an officer's or the system's. */
export type ContextFor = (trx: Transaction<Tables>) => Context;

/** Where Epak receives a provider's callbacks. */
export function callbackPath(provider: string): string {
  return `/maksajumi/atbilde/${provider}`;
}

export type StartInput = PaymentTarget & {
  description: string;
  recipient: string;
  locale: "lv" | "en";
  /** The address the person comes back to, which names the new payment. */
  returnUrl: (paymentId: string) => string;
};

/** Starts a payment; returns where to send the person. `payments_unavailable` when the provider fails. */
export async function startPayment(
  deps: FlowDeps,
  contextFor: ContextFor,
  input: StartInput,
): Promise<{ paymentId: string; redirectUrl: string }> {
  const provider = deps.registry.forInstitution(input.institution);
  const now = deps.now();
  const created = await inTransaction(deps.db, (trx) => createPayment(contextFor(trx), { ...input, provider: provider.id, now }));
  try {
    const started = await provider.start({
      paymentId: created.id,
      amountCents: created.amountCents,
      currency: "EUR",
      reference: created.reference,
      description: input.description,
      recipient: input.recipient,
      method: input.method,
      locale: input.locale,
      returnUrl: input.returnUrl(created.id),
      callbackPath: callbackPath(provider.id),
    });
    await inTransaction(deps.db, (trx) => recordStart(contextFor(trx), created.id, started));
    return { paymentId: created.id, redirectUrl: started.redirectUrl };
  } catch (error) {
    if (!(error instanceof ProviderUnavailable)) throw error;
    await inTransaction(deps.db, (trx) => recordStartFailed(contextFor(trx), created.id, deps.now()));
    throw new AppError("payments_unavailable", 502, undefined, { cause: error });
  }
}

/**
 * A payment still waiting for its provider, asked about now (the person is back on Epak before
 * the callback, or the callback never came). An unreachable provider leaves it waiting.
 */
export async function refreshPayment(deps: FlowDeps, contextFor: ContextFor, payment: Payment): Promise<Payment> {
  if (payment.status !== "started" || !payment.providerPaymentId) return payment;
  const provider = deps.registry.byId(payment.provider);
  let report: Awaited<ReturnType<typeof provider.status>>;
  try {
    report = await provider.status({ paymentId: payment.id, providerPaymentId: payment.providerPaymentId });
  } catch (error) {
    if (error instanceof ProviderUnavailable) return payment;
    throw error;
  }
  const settled = await inTransaction(deps.db, (trx) =>
    settlePayment(contextFor(trx), { provider: provider.id, report, via: "query", now: deps.now() }),
  );
  return settled.payment;
}

export type CallbackOutcome = { outcome: "applied" | "repeated" } | { outcome: "refused"; problem: CallbackRefused["problem"] };

/** A provider's callback: verified, applied once, and logged whatever came of it. */
export async function receiveCallback(
  deps: FlowDeps,
  contextFor: ContextFor,
  input: { provider: string; rawBody: string; headers: Record<string, string | string[] | undefined> },
): Promise<CallbackOutcome> {
  const provider = deps.registry.byId(input.provider);
  const now = deps.now();
  try {
    const report = provider.verifyCallback(input.rawBody, input.headers);
    return await inTransaction(deps.db, async (trx) => {
      const ctx = contextFor(trx);
      const settled = await settlePayment(ctx, { provider: provider.id, report, via: "callback", now });
      await logCallback(ctx, { provider: provider.id, paymentId: settled.payment.id, outcome: settled.outcome, now });
      return { outcome: settled.outcome };
    });
  } catch (error) {
    if (!(error instanceof CallbackRefused)) throw error;
    await inTransaction(deps.db, (trx) =>
      refuseCallback(contextFor(trx), { provider: provider.id, paymentId: error.paymentId, problem: error.problem, now }),
    );
    return { outcome: "refused", problem: error.problem };
  }
}

/** An officer's refund; `payments_refund_failed` when the provider would not pay it back. */
export async function refundPayment(
  deps: FlowDeps,
  contextFor: ContextFor,
  input: { paymentId: string; institution: string; reason: string },
): Promise<void> {
  const payment = await inTransaction(deps.db, (trx) => beginRefund(contextFor(trx), input));
  const provider = deps.registry.byId(payment.provider);
  let refundId: string;
  try {
    ({ refundId } = await provider.refund({
      paymentId: payment.id,
      providerPaymentId: payment.providerPaymentId as string,
      amountCents: payment.amountCents,
      currency: "EUR",
      reference: payment.reference,
    }));
  } catch (error) {
    await inTransaction(deps.db, (trx) => abandonRefund(contextFor(trx), { paymentId: payment.id }));
    if (error instanceof ProviderUnavailable) throw new AppError("payments_refund_failed", 502, undefined, { cause: error });
    throw error;
  }
  await inTransaction(deps.db, (trx) => finishRefund(contextFor(trx), { paymentId: payment.id, refundId, now: deps.now() }));
}
