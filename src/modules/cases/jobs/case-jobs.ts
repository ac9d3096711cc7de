// The case module's jobs: open a case for each submitted application, and run a process's
// automatic register checks through the bus (outside any transaction), then move the case on.
import type { Kysely } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import { systemContext } from "../../../platform/context.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import type { JobDefinition } from "../../../platform/jobs/jobs.ts";
import type { AppServices } from "../../../platform/module.ts";
import { SUBMITTED_EVENT, submittedApplication } from "../../eservices/index.ts";
import { findCase } from "../cases.repository.ts";
import { advanceCase } from "../commands/advance-case.ts";
import { openCase, processFor, RUN_CHECK_JOB } from "../commands/open-case.ts";
import { runCheck } from "../processes/checks.ts";

export function caseJobs(db: Kysely<Tables>, services: () => AppServices): JobDefinition[] {
  return [
    {
      name: SUBMITTED_EVENT,
      async handler(jobs) {
        for (const job of jobs) {
          const submitted = await submittedApplication(db, (job.data as { applicationId: string }).applicationId, "lv");
          if (!submitted) continue;
          await inTransaction(db, (trx) => openCase(systemContext("cases.case.open", trx), services().jobs, submitted));
        }
      },
    },
    {
      name: RUN_CHECK_JOB,
      async handler(jobs) {
        for (const job of jobs) {
          const c = await findCase(db, (job.data as { caseId: string }).caseId);
          if (c?.status !== "open") continue;
          const submitted = await submittedApplication(db, c.application_id, "lv");
          if (!submitted) continue;
          const process = processFor(submitted);
          const step = process.steps[c.step_index];
          if (step?.kind !== "check" || !step.check) continue;
          const result = await runCheck(services(), step.check, c);
          await inTransaction(db, async (trx) => {
            const ctx = systemContext(RUN_CHECK_JOB, trx);
            await trx
              .insertInto("cases.step_result")
              .values({
                case_id: c.id,
                step_id: step.id,
                fetched_at: new Date(),
                outcome: result.outcome,
                data: JSON.stringify(result.data),
              })
              .execute();
            await recordAudit(ctx, {
              event: "cases.step.check",
              subjectType: "case",
              subjectId: c.id,
              details: { number: c.number, step: step.id, outcome: result.outcome, on: dateInRiga(new Date()) },
            });
            await advanceCase(ctx, services().jobs, {
              case: c,
              version: c.version,
              process,
              from: "check",
              answers: submitted.application.answers,
              event: "cases.step.complete",
            });
          });
        }
      },
    },
  ];
}
