// Opening an application for a visitor at a client service centre: the consultant fills it in
// (channel "assisted", under the visitor's written authorisation) or types in a paper application
// the visitor signed (channel "paper", with its scan kept as the application's file). The
// application is the visitor's own: the register data is theirs, and it shows in their account.
// The centres module decides who may do this; this only opens the draft.
import type { FastifyRequest } from "fastify";
import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors.ts";
import type { UploadedFile } from "../../../platform/http/multipart-body.ts";
import type { AppServices } from "../../../platform/module.ts";
import { busClient, EPAK_SYSTEMS } from "../../exchange/index.ts";
import { contextOf, requireIdentity } from "../../identity/index.ts";
import { type Assistance, latestDefinition } from "../application.repository.ts";
import { attachFile } from "../commands/attach-file.ts";
import { startApplication } from "../commands/start-application.ts";
import type { Question } from "../definition/model.ts";
import { fetchPrefill } from "../prefill/sources.ts";

/** The question id the scan of a paper application is kept under, beside the form's own files. */
export const PAPER_SCAN = "paperScan";

const SCAN_QUESTION: Question = {
  id: PAPER_SCAN,
  type: "file",
  label: { lv: "Papīra iesnieguma skenējums", en: "Scan of the paper application" },
  accept: ["pdf", "png", "jpeg"],
  maxSizeMb: 10,
};

export type VisitorStart = {
  service: string;
  visitor: { id: string; name: string; personalCode: string };
  channel: "assisted" | "paper";
  assistance: Assistance;
  /** Required for paper. */
  scan?: UploadedFile;
};

/** Whether a published e-service can be filled for a person (not company-only); null if none. */
export async function eserviceForPersons(services: AppServices, service: string): Promise<{ title: { lv: string; en: string } } | null> {
  const published = await latestDefinition(services.db, service);
  if (!published?.definition.applicants.includes("self")) return null;
  return { title: published.definition.title };
}

/** Opens the draft and returns its id; a refused scan throws a field error on `scan` and nothing is kept. */
export async function startForVisitor(request: FastifyRequest, services: AppServices, input: VisitorStart): Promise<string> {
  const published = await latestDefinition(services.db, input.service);
  if (!published?.definition.applicants.includes("self")) throw new AppError("not_found", 404);
  if (input.channel === "paper" && !input.scan) throw new AppError("validation_failed", 400, { scan: "eservices.visitor.scan_required" });
  const identity = requireIdentity(request);
  const now = services.clock.now();
  // Asked as the consultant, about the visitor: the visitor sees the call in "who used my data".
  const { data } = await fetchPrefill(
    busClient(services, EPAK_SYSTEMS.eservices),
    published.definition.prefill,
    { personalCode: input.visitor.personalCode, companyNumber: null },
    { userId: `user:${identity.session.personId}` },
    dateInRiga(now),
  );
  return inTransaction(services.db, async (trx) => {
    const ctx = { ...contextOf(request, trx), channel: input.channel };
    const id = await startApplication(ctx, {
      service: input.service,
      version: published.version,
      subject: { kind: "person", id: input.visitor.id, name: input.visitor.name },
      prefill: data,
      now,
      assistance: input.assistance,
    });
    if (input.scan) {
      const stored = await attachFile(ctx, { applicationId: id, question: SCAN_QUESTION, file: input.scan, now });
      // Thrown, so the transaction takes the draft back with it.
      if (!stored.ok) throw new AppError("validation_failed", 400, { scan: `eservices.visitor.scan_${stored.code}` });
    }
    return id;
  });
}
