// Everything a case page shows, gathered in one place: the application as submitted, the
// process and its steps, register check results, requests, notes (officers only), the decision,
// and the timeline with the names of the people behind each entry.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import type { Translate } from "../../../platform/i18n/messages.ts";
import { answersOf, type SubmittedApplication, type SummarySection, submittedApplication } from "../../eservices/index.ts";
import { actorNames } from "../../identity/index.ts";
import { type CaseRow, decisionOf, notesOf, requestsOf, stepResultsOf, timelineOf } from "../cases.repository.ts";
import { processFor } from "../commands/open-case.ts";
import type { ProcessTemplate } from "../processes/model.ts";

export type CaseFile = {
  case: CaseRow;
  application: SubmittedApplication;
  process: ProcessTemplate;
  sections: SummarySection[];
  timeline: Awaited<ReturnType<typeof timelineOf>>;
  names: Map<string, string>;
  notes: Awaited<ReturnType<typeof notesOf>>;
  requests: Awaited<ReturnType<typeof requestsOf>>;
  results: Awaited<ReturnType<typeof stepResultsOf>>;
  decided: { outcome: string; reasoning: string; hasEdoc: boolean } | null;
};

export async function caseFile(
  db: Kysely<Tables>,
  c: CaseRow,
  locale: "lv" | "en",
  t: Translate,
  withNotes: boolean,
): Promise<CaseFile | null> {
  const application = await submittedApplication(db, c.application_id, locale);
  if (!application) return null;
  const [timeline, notes, requests, results, decision] = await Promise.all([
    timelineOf(db, c.id),
    withNotes ? notesOf(db, c.id) : Promise.resolve([]),
    requestsOf(db, c.id),
    stepResultsOf(db, c.id),
    decisionOf(db, c.id),
  ]);
  const actors = [...timeline.map((e) => e.actor), ...notes.map((n) => n.author), ...(c.assignee ? [c.assignee] : [])];
  return {
    case: c,
    application,
    process: processFor(application),
    sections: answersOf(application, locale, t),
    timeline,
    names: await actorNames(db, actors),
    notes,
    requests,
    results,
    decided: decision ? { outcome: decision.outcome, reasoning: decision.reasoning, hasEdoc: decision.edoc !== null } : null,
  };
}
