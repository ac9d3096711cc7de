// Asking for more: the applicant (by a request in their e-address, which stops the deadline
// clock until they answer) or another institution (the case shows in its queue until it answers).

import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";
import { checkMailboxAttachments, type OutgoingAttachment, sendMailboxMessage } from "../../mailbox/index.ts";
import { applicantOf, type CaseRow } from "../cases.repository.ts";
import { resumedDeadline } from "../deadlines.ts";
import { caseEvent, changeCase } from "./case-write.ts";

export async function askApplicant(
  ctx: Context,
  jobs: JobSystem,
  input: { case: CaseRow; version: number; question: string; now: Date; answerUrl: string; notify?: string[] },
): Promise<CaseRow> {
  const c = input.case;
  if (c.status !== "open") throw new AppError("case_not_open", 409);
  const request = await ctx.trx
    .insertInto("cases.request")
    .values({
      case_id: c.id,
      kind: "applicant",
      from_institution: c.institution,
      question: input.question,
      asked_at: input.now,
      asked_by: ctx.actor,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const changed = await changeCase(
    ctx,
    c,
    input.version,
    { status: "waiting_applicant", paused_since: dateInRiga(input.now) },
    "cases.request.applicant",
    {
      request: request.id,
    },
  );
  await sendMailboxMessage(
    ctx,
    jobs,
    {
      recipient: applicantOf(c),
      institution: c.institution,
      type: "request",
      subject: `Pieprasījums par pieteikumu ${c.number}`,
      body: `Labdien!\n\nLai izskatītu pieteikumu ${c.number}, lūdzam sniegt papildu informāciju:\n\n${input.question}\n\nAtbildēt un pievienot dokumentus var šeit: ${input.answerUrl}\n\nKamēr gaidām jūsu atbildi, pieteikuma izskatīšanas termiņš netiek skaitīts.`,
      reference: c.number,
      notify: input.notify,
    },
    input.now,
  );
  return changed;
}

export async function answerApplicantRequest(
  ctx: Context,
  input: { case: CaseRow; version: number; requestId: string; answer: string; files: OutgoingAttachment[]; now: Date },
): Promise<CaseRow> {
  const c = input.case;
  if (c.status !== "waiting_applicant") throw new AppError("case_not_waiting", 409);
  const files = checkMailboxAttachments(input.files, "files");
  const answered = await ctx.trx
    .updateTable("cases.request")
    .set({ answer: input.answer, answered_at: input.now, answered_by: ctx.actor })
    .where("id", "=", input.requestId)
    .where("case_id", "=", c.id)
    .where("kind", "=", "applicant")
    .where("answered_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!answered) throw new AppError("case_changed", 409);
  for (const { file, mediaType, fileName } of files) {
    await ctx.trx
      .insertInto("cases.request_file")
      .values({
        request_id: answered.id,
        file_name: fileName,
        media_type: mediaType,
        size_bytes: file.content.length,
        content: Buffer.from(file.content),
      })
      .execute();
  }
  const today = dateInRiga(input.now);
  const dueOn = c.paused_since ? resumedDeadline(c.due_on, c.paused_since, today) : c.due_on;
  return changeCase(ctx, c, input.version, { status: "open", paused_since: null, due_on: dueOn }, "cases.request.answer", {
    request: answered.id,
    files: files.length,
    dueOn,
  });
}

export async function askInstitution(
  ctx: Context,
  input: { case: CaseRow; version: number; to: string; question: string; now: Date },
): Promise<CaseRow> {
  const c = input.case;
  if (c.status !== "open") throw new AppError("case_not_open", 409);
  if (input.to === c.institution) throw new AppError("case_same_institution", 400, { to: "cases.ask_institution.error.same" });
  const request = await ctx.trx
    .insertInto("cases.request")
    .values({
      case_id: c.id,
      kind: "institution",
      from_institution: c.institution,
      to_institution: input.to,
      question: input.question,
      asked_at: input.now,
      asked_by: ctx.actor,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return changeCase(ctx, c, input.version, { status: "waiting_institution" }, "cases.request.institution", {
    request: request.id,
    to: input.to,
  });
}

export async function answerInstitutionRequest(
  ctx: Context,
  input: { case: CaseRow; version: number; requestId: string; institution: string; answer: string; now: Date },
): Promise<CaseRow> {
  const c = input.case;
  // A case withdrawn or decided meanwhile is not reopened by a late answer.
  if (c.status !== "waiting_institution") throw new AppError("case_not_waiting", 409);
  const answered = await ctx.trx
    .updateTable("cases.request")
    .set({ answer: input.answer, answered_at: input.now, answered_by: ctx.actor })
    .where("id", "=", input.requestId)
    .where("case_id", "=", c.id)
    .where("to_institution", "=", input.institution)
    .where("answered_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!answered) throw new AppError("case_changed", 409);
  const open = await ctx.trx
    .selectFrom("cases.request")
    .select("id")
    .where("case_id", "=", c.id)
    .where("kind", "=", "institution")
    .where("answered_at", "is", null)
    .execute();
  if (open.length > 0) {
    await caseEvent(ctx, c, "cases.request.reply", { request: answered.id, institution: input.institution });
    return c;
  }
  return changeCase(ctx, c, input.version, { status: "open" }, "cases.request.reply", {
    request: answered.id,
    institution: input.institution,
  });
}
