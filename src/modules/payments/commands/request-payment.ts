// An amount the institution asks for after its decision, when the fee depended on it (the cases
// module calls this through the payments index). The applicant then finds it under "Mani
// pieteikumi" and pays it like a fee.
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";

export type RequestPaymentInput = {
  applicationId: string;
  applicationNumber: string;
  /** The institution that decided and receives the money. */
  institution: string;
  service: string;
  amountCents: number;
  /** Why this amount, as the applicant reads it; no personal codes. */
  reason: { lv: string; en: string };
  now: Date;
};

export async function requestPayment(ctx: Context, input: RequestPaymentInput): Promise<{ id: string }> {
  if (!Number.isInteger(input.amountCents) || input.amountCents <= 0 || input.amountCents > 100_000_000) {
    throw new AppError("payments_invalid_amount", 400);
  }
  const reason = { lv: input.reason.lv.trim(), en: input.reason.en.trim() };
  if (!reason.lv || !reason.en || reason.lv.length > 500 || reason.en.length > 500) throw new AppError("payments_invalid_reason", 400);
  const id = randomUUID();
  await ctx.trx
    .insertInto("payments.request")
    .values({
      id,
      application_id: input.applicationId,
      application_number: input.applicationNumber,
      institution: input.institution,
      service: input.service,
      amount_cents: input.amountCents,
      currency: "EUR",
      reason_lv: reason.lv,
      reason_en: reason.en,
      status: "due",
      created_by: ctx.actor,
      created_at: input.now,
    })
    .execute();
  await recordAudit(ctx, {
    event: "payments.request.create",
    subjectType: "application",
    subjectId: input.applicationId,
    details: { request: id, amountCents: input.amountCents, institution: input.institution },
  });
  return { id };
}
