// A decision in two parts: first its document is written and signed with the institution's key
// (reading the key may create it, and signing takes time, so this happens outside the
// transaction); then the decision is stored and delivered in one transaction.
import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";
import type { AppServices } from "../../../platform/module.ts";
import { createAsice, institutionSigner } from "../../../platform/signing/index.ts";
import { submittedApplication } from "../../eservices/index.ts";
import { unitName } from "../../identity/index.ts";
import type { CaseRow } from "../cases.repository.ts";
import { type DecisionInput, decideCase } from "../commands/decide-case.ts";
import { processFor } from "../commands/open-case.ts";
import { decisionPdf } from "./decision-pdf.ts";

type Prepared = Omit<DecisionInput, "version">;

async function prepare(
  services: AppServices,
  input: { case: CaseRow; outcome: "granted" | "refused"; reasoning: string; officerName: string; notify?: string[] },
): Promise<Prepared> {
  const c = input.case;
  const submitted = await submittedApplication(services.db, c.application_id, "lv");
  if (!submitted) throw new AppError("not_found", 404);
  // Deciding is the last step's work; a review or a register check still to come is not skipped.
  if (processFor(submitted).steps[c.step_index]?.kind !== "decision") throw new AppError("case_wrong_step", 409);
  const fee = submitted.definition.fee;
  const now = services.clock.now();
  const institutionName = unitName({ unitKind: "institution", unitCode: c.institution }, "lv");
  const serviceTitle = submitted.title;
  const pdf = await decisionPdf({
    institutionName,
    number: c.number,
    decidedOn: dateInRiga(now),
    applicantName: submitted.application.subjectName,
    serviceTitle,
    outcome: input.outcome,
    reasoning: input.reasoning,
    officerName: input.officerName,
  });
  const signer = await institutionSigner(services.db, { code: c.institution, name: institutionName });
  const edoc = await createAsice([{ name: `lemums-${c.number}.pdf`, mediaType: "application/pdf", bytes: pdf }], signer, { signedAt: now });
  const payment =
    fee?.payment === "afterDecision"
      ? {
          amountCents: fee.amountCents,
          reason: { lv: `Valsts nodeva: ${serviceTitle}`, en: `State fee: ${submitted.definition.title.en}` },
        }
      : null;
  return { case: c, outcome: input.outcome, reasoning: input.reasoning, pdf, edoc, serviceTitle, now, notify: input.notify, payment };
}

function commit(ctx: Context, jobs: JobSystem, prepared: unknown, version: number) {
  return decideCase(ctx, jobs, { ...(prepared as Prepared), version });
}

export const decideWithDocument = { prepare, commit };
