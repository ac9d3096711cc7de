// A fee is paid before its application has a number; once submitted, the fee's payments carry the
// number too, so the institution's list and export name the application each payment was for.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";

export async function noteApplicationNumber(ctx: Context, input: { applicationId: string; applicationNumber: string }): Promise<void> {
  const updated = await ctx.trx
    .updateTable("payments.payment")
    .set({ application_number: input.applicationNumber })
    .where("application_id", "=", input.applicationId)
    .where("application_number", "is", null)
    .returning("id")
    .execute();
  for (const { id } of updated) {
    await recordAudit(ctx, {
      event: "payments.payment.number",
      subjectType: "payment",
      subjectId: id,
      details: { number: input.applicationNumber },
    });
  }
}
