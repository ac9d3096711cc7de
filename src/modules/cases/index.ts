// Cases: a submitted application processed step by step, across institutions, to a decision
// delivered to the applicant's e-address. Other modules use only what is exported here.
import type { FastifyInstance } from "fastify";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { applicantRoutes } from "./applicant.routes.tsx";
import { caseJobs } from "./jobs/case-jobs.ts";
import { officerRoutes } from "./officer.routes.tsx";

export { type CaseRow, caseOfApplication } from "./cases.repository.ts";

function caseRoutes(app: FastifyInstance, services: AppServices): void {
  officerRoutes(app, services);
  applicantRoutes(app, services);
}

export const casesModule: EpakModule = {
  name: "cases",
  routes: caseRoutes,
  jobs: (db, _config, services) => caseJobs(db, services),
};
