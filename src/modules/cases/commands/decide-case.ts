// The decision: stored with its document (and the institution's signed container), the case
// closed, and the decision delivered to the applicant's e-address with both files. The document
// is made and signed before the transaction (signing reads the institution's key), so this only
// writes.
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";
import { sendMailboxMessage } from "../../mailbox/index.ts";
import { requestPayment } from "../../payments/index.ts";
import { applicantOf, type CaseRow } from "../cases.repository.ts";
import { changeCase } from "./case-write.ts";

export type DecisionInput = {
  case: CaseRow;
  version: number;
  outcome: "granted" | "refused";
  reasoning: string;
  pdf: Buffer;
  edoc: Uint8Array | null;
  serviceTitle: string;
  now: Date;
  /** For a company's e-address: the board members to tell by email (resolved before the transaction). */
  notify?: string[];
  /** An amount due after the decision, when the e-service's fee depends on it. */
  payment?: { amountCents: number; reason: { lv: string; en: string } } | null;
};

export async function decideCase(ctx: Context, jobs: JobSystem, input: DecisionInput): Promise<CaseRow> {
  const c = input.case;
  if (c.status !== "open") throw new AppError("case_not_open", 409);
  const attachments = [{ fileName: `lemums-${c.number}.pdf`, content: input.pdf }];
  if (input.edoc) attachments.push({ fileName: `lemums-${c.number}.edoc`, content: Buffer.from(input.edoc) });
  const { id: messageId } = await sendMailboxMessage(
    ctx,
    jobs,
    {
      recipient: applicantOf(c),
      institution: c.institution,
      type: "decision",
      subject: `Lēmums par pieteikumu ${c.number}: ${input.outcome === "granted" ? "apmierināts" : "noraidīts"}`,
      body: `Labdien!\n\nPar jūsu pieteikumu ${c.number} (${input.serviceTitle}) ir pieņemts lēmums. Lēmums ir pielikumā: PDF lasīšanai un parakstīts eDoc konteiners.\n\n${input.reasoning}`,
      reference: c.number,
      attachments,
      notify: input.notify,
    },
    input.now,
  );
  await ctx.trx
    .insertInto("cases.decision")
    .values({
      case_id: c.id,
      outcome: input.outcome,
      reasoning: input.reasoning,
      pdf: input.pdf,
      edoc: input.edoc ? Buffer.from(input.edoc) : null,
      decided_by: ctx.actor,
      decided_at: input.now,
    })
    .execute();
  if (input.payment && input.outcome === "granted") {
    await requestPayment(ctx, {
      applicationId: c.application_id,
      applicationNumber: c.number,
      institution: c.institution,
      service: c.service,
      amountCents: input.payment.amountCents,
      reason: input.payment.reason,
      now: input.now,
    });
  }
  return changeCase(
    ctx,
    c,
    input.version,
    { status: "decided", outcome: input.outcome, decided_at: input.now, decision_message_id: messageId },
    "cases.case.decide",
    { outcome: input.outcome, signed: input.edoc !== null },
  );
}
