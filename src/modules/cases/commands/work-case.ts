// The smaller things officers do with a case: take it or give it to a colleague, write an
// internal note, and extend the deadline (the person is told, in their e-address).
import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";
import { sendMailboxMessage } from "../../mailbox/index.ts";
import { applicantOf, type CaseRow } from "../cases.repository.ts";
import { extensionProblem } from "../deadlines.ts";
import { caseEvent, changeCase } from "./case-write.ts";

export async function assignCase(ctx: Context, c: CaseRow, version: number, assignee: string | null): Promise<CaseRow> {
  return changeCase(ctx, c, version, { assignee }, "cases.case.assign", { assignee });
}

export async function addNote(ctx: Context, c: CaseRow, institution: string, text: string, now: Date): Promise<void> {
  await ctx.trx.insertInto("cases.note").values({ case_id: c.id, written_at: now, author: ctx.actor, institution, text }).execute();
  await caseEvent(ctx, c, "cases.note.add", { institution });
}

export async function extendDeadline(
  ctx: Context,
  jobs: JobSystem,
  input: { case: CaseRow; version: number; until: string; reason: string; institutionName: string; now: Date; notify?: string[] },
): Promise<CaseRow> {
  const c = input.case;
  if (c.status === "decided" || c.status === "withdrawn") throw new AppError("case_not_open", 409);
  const problem = extensionProblem(dateInRiga(c.opened_at), c.due_on, input.until);
  if (problem) throw new AppError(`case_extension_${problem}`, 400, { until: `cases.extend.error.${problem}` });
  const changed = await changeCase(ctx, c, input.version, { due_on: input.until, extended: true }, "cases.deadline.extend", {
    from: c.due_on,
    to: input.until,
  });
  await sendMailboxMessage(
    ctx,
    jobs,
    {
      recipient: applicantOf(c),
      institution: c.institution,
      type: "notice",
      subject: `Pieteikuma ${c.number} izskatīšanas termiņš pagarināts`,
      body: `Labdien!\n\n${input.institutionName} pagarina pieteikuma ${c.number} izskatīšanas termiņu līdz ${input.until.split("-").reverse().join(".")}.\n\nIemesls: ${input.reason}\n\nTermiņu pagarina saskaņā ar Administratīvā procesa likuma 64. panta otro daļu.`,
      reference: c.number,
      notify: input.notify,
    },
    input.now,
  );
  return changed;
}
