// A new attempt to pay, before the provider is asked: it gets its own creditor reference from a
// sequence (never reused, even by a rollback), so each transfer on the bank statement names one
// attempt. An amount a decision asked for must still be due and is paid whole.

import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { findRequest } from "../payments.repository.ts";
import type { PaymentMethod } from "../providers/provider.ts";
import { paymentReference } from "../reference.ts";

/** What is paid for, and how: a fee before submission (its amount), or a decision's request. */
export type PaymentTarget = {
  applicationId: string;
  applicationNumber: string | null;
  institution: string;
  service: string;
  method: PaymentMethod;
} & ({ purpose: "fee"; amountCents: number } | { purpose: "decision"; requestId: string });

export type CreatePaymentInput = PaymentTarget & { provider: string; now: Date };

export type CreatedPayment = { id: string; reference: string; amountCents: number };

async function amountOf(ctx: Context, input: CreatePaymentInput): Promise<number> {
  if (input.purpose === "fee") {
    if (!Number.isInteger(input.amountCents) || input.amountCents <= 0) throw new AppError("payments_nothing_due", 409);
    return input.amountCents;
  }
  const request = await findRequest(ctx.trx, input.requestId, true);
  if (!request || request.applicationId !== input.applicationId) throw new AppError("not_found", 404);
  if (request.status !== "due") throw new AppError("payments_nothing_due", 409);
  return request.amountCents;
}

export async function createPayment(ctx: Context, input: CreatePaymentInput): Promise<CreatedPayment> {
  const amountCents = await amountOf(ctx, input);
  const { serial } = await sql<{ serial: string }>`select nextval('payments.reference_number')::text as serial`
    .execute(ctx.trx)
    .then((r) => r.rows[0] as { serial: string });
  const id = randomUUID();
  const reference = paymentReference(Number(dateInRiga(input.now).slice(0, 4)), Number(serial));
  await ctx.trx
    .insertInto("payments.payment")
    .values({
      id,
      reference,
      application_id: input.applicationId,
      application_number: input.applicationNumber,
      request_id: input.purpose === "decision" ? input.requestId : null,
      institution: input.institution,
      service: input.service,
      purpose: input.purpose,
      amount_cents: amountCents,
      currency: "EUR",
      provider: input.provider,
      method: input.method,
      status: "new",
      created_by: ctx.actor,
      created_at: input.now,
    })
    .execute();
  await recordAudit(ctx, {
    event: "payments.payment.create",
    subjectType: "payment",
    subjectId: id,
    details: { application: input.applicationId, purpose: input.purpose, amountCents, provider: input.provider, method: input.method },
  });
  return { id, reference, amountCents };
}
