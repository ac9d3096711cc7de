// An officer finishes their step: the case moves to the next step that applies, which may belong
// to another institution's queue; a register check there is run by a job at once.
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";
import type { CaseRow } from "../cases.repository.ts";
import type { ProcessTemplate } from "../processes/model.ts";
import { nextStep } from "../processes/templates.ts";
import { changeCase } from "./case-write.ts";
import { RUN_CHECK_JOB } from "./open-case.ts";

export async function advanceCase(
  ctx: Context,
  jobs: Pick<JobSystem, "enqueue">,
  input: {
    case: CaseRow;
    version: number;
    process: ProcessTemplate;
    answers: Record<string, unknown>;
    /** What kind of step is being finished: officers finish reviews, the check job finishes checks. */
    from?: "review" | "check";
    event?: string;
    details?: Record<string, unknown>;
  },
): Promise<CaseRow> {
  const c = input.case;
  if (c.status !== "open") throw new AppError("case_not_open", 409);
  if (input.process.steps[c.step_index]?.kind !== (input.from ?? "review")) throw new AppError("case_wrong_step", 409);
  const next = nextStep(input.process, c.step_index, input.answers);
  if (!next) throw new AppError("case_no_next_step", 409);
  const moved = await changeCase(
    ctx,
    c,
    input.version,
    // The next step's officers pick it up themselves: an assignee at one institution means nothing at another.
    {
      step_index: next.index,
      step_id: next.step.id,
      institution: next.step.institution,
      assignee: next.step.institution === c.institution ? c.assignee : null,
    },
    input.event ?? "cases.step.complete",
    { from: c.step_id, to: next.step.id, institution: next.step.institution, ...input.details },
  );
  if (next.step.kind === "check") await jobs.enqueue(ctx.trx, RUN_CHECK_JOB, { caseId: c.id });
  return moved;
}
