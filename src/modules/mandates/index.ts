// Mandates: persons mandating other persons to act for them, and the written authorisations
// visitors sign at client service centres; the checks other modules ask before acting for
// someone. Other modules use only what is exported here.
import type { FastifyInstance } from "fastify";
import { dateInRiga } from "../../platform/calendar/business-days.ts";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { providePrincipals } from "../identity/index.ts";
import { actedRoutes } from "./acted.routes.tsx";
import { authorisationRoutes } from "./authorisations.routes.tsx";
import { principalsOf } from "./checks.ts";
import { mandatesRoutes } from "./mandates.routes.tsx";
import { seedMandates } from "./seed.ts";

export type { Authorisation } from "./authorisations.repository.ts";
export { authorisationScan, authorisationsOf, findAuthorisation } from "./authorisations.repository.ts";
export { type AuthorisationCheck, type AuthorisationProblem, checkAuthorisation, mandateFor } from "./checks.ts";
export { checkScan, recordAuthorisation, type ScanFile } from "./commands/record-authorisation.ts";
export { revokeAuthorisation } from "./commands/revoke-authorisation.ts";
export { readTerms, type Terms } from "./commands/terms-input.ts";
export type { Mandate } from "./mandates.repository.ts";
export { covers, type Standing, standingOn } from "./scope.ts";
export { type ServiceOption, TermsFields, type TermsValues } from "./views/terms-fields.tsx";

function routes(app: FastifyInstance, services: AppServices): void {
  providePrincipals(app, (agentId) => principalsOf(services.db, agentId, dateInRiga(services.clock.now())));
  mandatesRoutes(app, services);
  authorisationRoutes(app, services);
  actedRoutes(app, services);
}

export const mandatesModule: EpakModule = { name: "mandates", routes, seed: seedMandates };
