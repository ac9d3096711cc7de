// Submits a draft: checks every answer again against the stored definition version, gives the
// application its number, issues the receipt and enqueues the notification — all in the one
// transaction, so either everything happened or nothing did. Submitting an application that is
// already submitted (a double click, a retried request) answers with that same application.

import { createHash } from "node:crypto";
import { sql } from "kysely";
import { recordAudits } from "../../../platform/audit/audit.ts";
import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { Translate } from "../../../platform/i18n/messages.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";
import { noteApplicationNumber, paidFeeOf } from "../../payments/index.ts";
import { attachmentsOf, lockApplication, type PublishedDefinition } from "../application.repository.ts";
import { type FeeDue, feeDue, payableBeforeSubmit } from "../definition/fee.ts";
import type { Flow } from "../definition/form-flow.ts";
import { checkApplication } from "../definition/validate-answers.ts";
import { receiptPdf } from "../receipt/receipt-pdf.ts";
import { answerSummary } from "../runtime/answer-summary.ts";
import { asksForFiles } from "../runtime/definition-versions.ts";
import { checkActingRight } from "./acting-right.ts";

export const NOTIFY_JOB = "eservices.application.notify";
/**
 * The event other modules act on when an application is submitted (the cases module opens its
 * case). A job in the same transaction, so it exists exactly when the submission does.
 */
export const SUBMITTED_EVENT = "eservices.application.submitted";

export type SubmitInput = {
  applicationId: string;
  /** The application's own definition version (immutable, so the caller's cached copy will do). */
  published: PublishedDefinition;
  now: Date;
  today: string;
  locale: "lv" | "en";
  t: Translate;
  jobs: Pick<JobSystem, "enqueue">;
  institutionName: string;
  /** The person who pressed submit, when not the applicant (a board member, a consultant). */
  submittedByName: string | null;
  followUrl: string;
};

export type Submitted = { id: string; number: string; already: boolean };

function money(locale: "lv" | "en", cents: number): string {
  return new Intl.NumberFormat(locale === "lv" ? "lv-LV" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
}

function feeText(locale: "lv" | "en", due: FeeDue): string {
  const amount = money(locale, due.amountCents);
  return due.exemption ? `${amount} – ${due.exemption.reason[locale]}` : amount;
}

export async function submitApplication(ctx: Context, input: SubmitInput): Promise<Submitted> {
  const application = await lockApplication(ctx.trx, input.applicationId);
  if (!application) throw new AppError("not_found", 404);
  if (application.status === "submitted" && application.number) return { id: application.id, number: application.number, already: true };
  const { published } = input;
  if (published.service !== application.service || published.version !== application.version) throw new AppError("not_found", 404);
  await checkActingRight(ctx, application, dateInRiga(input.now));
  const flow: Flow = { definition: published.definition, answers: application.answers, prefill: application.prefill };
  const checked = checkApplication({ flow, today: input.today, locale: input.locale, t: input.t });
  const first = checked.problems[0];
  if (first) throw new AppError("answers_invalid", 422, { page: first.page.id });
  // Only a payment its provider confirmed counts; the fee is judged on the answers as submitted.
  const due = feeDue({ ...flow, answers: checked.answers });
  const paid = due ? await paidFeeOf(ctx.trx, application.id) : null;
  const owed = payableBeforeSubmit(due);
  if (owed > 0 && (!paid || paid.amountCents < owed)) throw new AppError("eservices_fee_unpaid", 409);

  // The number comes from a sequence in the same statement: numbers are never reused, even by a rollback.
  const numbered = await ctx.trx
    .updateTable("eservices.application")
    .set({
      status: "submitted",
      number: sql<string>`${`EP-${input.now.getUTCFullYear()}-`} || lpad(nextval('eservices.application_number')::text, 6, '0')`,
      answers: JSON.stringify(checked.answers),
      submitted_at: input.now,
      updated_at: input.now,
      expires_at: null,
    })
    .where("id", "=", application.id)
    .returning("number")
    .executeTakeFirstOrThrow();
  const number = numbered.number as string;

  const attachments = asksForFiles(published.definition) ? await attachmentsOf(ctx.trx, application.id) : [];
  const summary = answerSummary({ flow: { ...flow, answers: checked.answers }, locale: input.locale, t: input.t, attachments });
  const definition = published.definition;
  const pdf = await receiptPdf(
    {
      locale: input.locale,
      number,
      serviceTitle: definition.title[input.locale],
      institutionName: input.institutionName,
      submittedAt: input.now,
      channel: application.channel,
      applicantName: application.subjectName,
      submittedByName: input.submittedByName,
      assistance: application.assistance
        ? {
            centre: application.assistance.centre.name[input.locale],
            consultant: application.assistance.consultantName,
            authorisation: application.assistance.authorisation?.number ?? null,
          }
        : null,
      sections: summary.map((s) => ({ title: s.title, rows: s.rows.map(({ label, value }) => ({ label, value })) })),
      attachments: attachments.map((a) => ({ fileName: a.fileName, sizeBytes: a.sizeBytes, sha256: a.sha256 })),
      fee: due ? feeText(input.locale, due) : null,
      payment: paid?.paidAt ? { amount: money(input.locale, paid.amountCents), reference: paid.reference, paidAt: paid.paidAt } : null,
      followUrl: input.followUrl,
    },
    input.t,
  );
  if (due) await noteApplicationNumber(ctx, { applicationId: application.id, applicationNumber: number });
  await ctx.trx
    .insertInto("eservices.receipt")
    .values({ application_id: application.id, pdf, sha256: createHash("sha256").update(pdf).digest("hex"), created_at: input.now })
    .execute();
  await input.jobs.enqueue(ctx.trx, NOTIFY_JOB, { applicationId: application.id });
  await input.jobs.enqueue(ctx.trx, SUBMITTED_EVENT, { applicationId: application.id });
  const submitted = {
    event: "eservices.application.submit",
    subjectType: "application",
    subjectId: application.id,
    details: {
      number,
      service: application.service,
      version: application.version,
      channel: application.channel,
      subjectKind: application.subjectKind,
    },
  };
  // Someone else submitted a person's application (a consultant, an agent): a row about the
  // person too, so that it shows where they see who acted for them.
  const forSomeoneElse = application.subjectKind === "person" && ctx.actor !== `user:${application.subjectId}`;
  await recordAudits(
    ctx,
    forSomeoneElse
      ? [
          submitted,
          {
            event: "eservices.application.submit-for",
            subjectType: "person",
            subjectId: application.subjectId,
            details: {
              number,
              service: application.service,
              channel: application.channel,
              centre: application.assistance?.centre.code ?? null,
              authorisation: application.assistance?.authorisation?.number ?? null,
            },
          },
        ]
      : [submitted],
  );
  return { id: application.id, number, already: false };
}
