// A decision in two parts: first its document is written and signed with the institution's key
// (reading the key may create it, and signing takes time, so this happens outside the
// transaction); then the decision is stored and delivered in one transaction.
import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import type { Context } from "../../../platform/context.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";
import type { AppServices } from "../../../platform/module.ts";
import { createAsice, institutionSigner } from "../../../platform/signing/index.ts";
import { submittedApplication } from "../../eservices/index.ts";
import { unitName } from "../../identity/index.ts";
import type { CaseRow } from "../cases.repository.ts";
import { type DecisionInput, decideCase } from "../commands/decide-case.ts";
import { decisionPdf } from "./decision-pdf.ts";

type Prepared = Omit<DecisionInput, "version">;

async function prepare(
  services: AppServices,
  input: { case: CaseRow; outcome: "granted" | "refused"; reasoning: string; officerName: string },
): Promise<Prepared> {
  const c = input.case;
  const submitted = await submittedApplication(services.db, c.application_id, "lv");
  const now = services.clock.now();
  const institutionName = unitName({ unitKind: "institution", unitCode: c.institution }, "lv");
  const serviceTitle = submitted?.title ?? c.service;
  const pdf = await decisionPdf({
    institutionName,
    number: c.number,
    decidedOn: dateInRiga(now),
    applicantName: submitted?.application.subjectName ?? "",
    serviceTitle,
    outcome: input.outcome,
    reasoning: input.reasoning,
    officerName: input.officerName,
  });
  const signer = await institutionSigner(services.db, { code: c.institution, name: institutionName });
  const edoc = await createAsice([{ name: `lemums-${c.number}.pdf`, mediaType: "application/pdf", bytes: pdf }], signer, { signedAt: now });
  return { case: c, outcome: input.outcome, reasoning: input.reasoning, pdf, edoc, serviceTitle, now };
}

function commit(ctx: Context, jobs: JobSystem, prepared: unknown, version: number) {
  return decideCase(ctx, jobs, { ...(prepared as Prepared), version });
}

export const decideWithDocument = { prepare, commit };
