// A submitted application becomes a case at the first step of its e-service's process, with the
// legal deadline counted from the day it was received. An e-service without a process template
// goes straight to a decision by the institution that processes it.

import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import type { Context } from "../../../platform/context.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";
import type { SubmittedApplication } from "../../eservices/index.ts";
import { type CaseRow, caseOfApplication } from "../cases.repository.ts";
import { firstDeadline } from "../deadlines.ts";
import type { ProcessTemplate } from "../processes/model.ts";
import { nextStep, processTemplate } from "../processes/templates.ts";
import { caseEvent } from "./case-write.ts";

export const RUN_CHECK_JOB = "cases.step.check";

export function processFor(s: SubmittedApplication): ProcessTemplate {
  return (
    processTemplate(s.definition.process) ?? {
      id: s.definition.process,
      deadlineMonths: 1,
      steps: [
        { id: "decision", kind: "decision", institution: s.definition.institution, title: { lv: "Lēmuma pieņemšana", en: "Decision" } },
      ],
      reasoning: {
        granted: { lv: "Iesniegums {number} apmierināts.", en: "Application {number} is granted." },
        refused: { lv: "Iesniegums {number} noraidīts.", en: "Application {number} is refused." },
      },
    }
  );
}

export async function openCase(ctx: Context, jobs: Pick<JobSystem, "enqueue">, s: SubmittedApplication): Promise<CaseRow> {
  const existing = await caseOfApplication(ctx.trx, s.application.id);
  if (existing) return existing;
  const app = s.application;
  const process = processFor(s);
  const first = nextStep(process, -1, app.answers);
  if (!first) throw new Error(`Process ${process.id} has no step for application ${app.number}`);
  const receivedAt = app.submittedAt ?? new Date();
  const applicantPerson = app.createdBy.startsWith("user:") ? app.createdBy.slice("user:".length) : null;
  const applicant =
    app.subjectKind === "company"
      ? { kind: "company" as const, ref: app.subjectId }
      : { kind: "person" as const, ref: app.subjectKind === "person" ? app.subjectId : (applicantPerson ?? app.subjectId) };
  const created = await ctx.trx
    .insertInto("cases.case")
    .values({
      application_id: app.id,
      number: app.number ?? app.id,
      service: app.service,
      service_title: JSON.stringify(s.definition.title),
      process: process.id,
      applicant_kind: applicant.kind,
      applicant_ref: applicant.ref,
      subject_person_id: applicant.kind === "person" ? applicant.ref : applicantPerson,
      channel: app.channel,
      status: "open",
      step_index: first.index,
      step_id: first.step.id,
      institution: first.step.institution,
      opened_at: receivedAt,
      due_on: firstDeadline(dateInRiga(receivedAt), process.deadlineMonths),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await caseEvent(ctx, created, "cases.case.open", { step: first.step.id, institution: first.step.institution, dueOn: created.due_on });
  if (first.step.kind === "check") await jobs.enqueue(ctx.trx, RUN_CHECK_JOB, { caseId: created.id });
  return created;
}
