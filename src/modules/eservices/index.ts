// E-services: the informative ones built on the data-exchange bus, and the declarative
// transactional ones — definitions stored as versioned data, the form runtime that interprets
// them (drafts, prefill, attachments, check your answers, submission with a receipt), and the
// editors' pages for writing definitions.
import type { FastifyInstance } from "fastify";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { definitionEditorRoutes } from "./editor/definition-editor.routes.tsx";
import { informativeRoutes } from "./informative/informative.routes.tsx";
import { expireDraftsJob } from "./jobs/expire-drafts.ts";
import { notifyApplicantJob } from "./jobs/notify-applicant.ts";
import { applicationRoutes } from "./runtime/application.routes.tsx";
import { questionPageRoutes } from "./runtime/question-page.routes.tsx";
import { startRoutes } from "./runtime/start.routes.tsx";
import { seedEServices } from "./seed.ts";

export { type Application, type Assistance, applicationsAbout, type ChannelCount, centreChannelCounts } from "./application.repository.ts";
export { SUBMITTED_EVENT } from "./commands/submit-application.ts";
export type { SummarySection } from "./runtime/answer-summary.ts";
export { answersOf, type SubmittedApplication, submittedApplication, submittedAttachment } from "./runtime/submitted-application.ts";
export { eserviceForPersons, PAPER_SCAN, startForVisitor, type VisitorStart } from "./runtime/visitor-start.ts";

function eserviceRoutes(app: FastifyInstance, services: AppServices): void {
  informativeRoutes(app, services);
  startRoutes(app, services);
  questionPageRoutes(app, services);
  applicationRoutes(app, services);
  definitionEditorRoutes(app, services);
}

export const eservicesModule: EpakModule = {
  name: "eservices",
  routes: eserviceRoutes,
  jobs: (db, config) => [notifyApplicantJob(db, config), expireDraftsJob(db)],
  seed: seedEServices,
};
