// A submitted application as other modules read it (the cases module shows it to officers): its
// definition, who it is for, and its answers laid out as the applicant checked them.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import type { Translate } from "../../../platform/i18n/messages.ts";
import { type Application, type AttachmentInfo, attachmentContent, attachmentsOf, findApplication } from "../application.repository.ts";
import { textIn } from "../definition/form-flow.ts";
import type { EServiceDefinition } from "../definition/model.ts";
import { answerSummary, type SummarySection } from "./answer-summary.ts";
import { definitionVersions } from "./definition-versions.ts";

export type SubmittedApplication = {
  application: Application;
  definition: EServiceDefinition;
  title: string;
  attachments: AttachmentInfo[];
};

export async function submittedApplication(db: Kysely<Tables>, id: string, locale: "lv" | "en"): Promise<SubmittedApplication | null> {
  const application = await findApplication(db, id);
  if (application?.status !== "submitted") return null;
  const published = await definitionVersions(db).get(application.service, application.version);
  if (!published) return null;
  return {
    application,
    definition: published.definition,
    title: textIn(published.definition.title, locale),
    attachments: await attachmentsOf(db, id),
  };
}

export function answersOf(s: SubmittedApplication, locale: "lv" | "en", t: Translate): SummarySection[] {
  const flow = { definition: s.definition, answers: s.application.answers, prefill: s.application.prefill };
  return answerSummary({ flow, locale, t, attachments: s.attachments });
}

export { attachmentContent as submittedAttachment };
