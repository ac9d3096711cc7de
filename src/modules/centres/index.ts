// Client service centres (VPVKAC): the public list and map of centres with their hours and the
// services each takes applications for, the digital agents, the "where to apply in person"
// section of the catalogue's service pages, and the consultants' knowledge base.
// Other modules use only what is exported here.
import type { FastifyInstance } from "fastify";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { provideInPersonSection } from "../catalog/index.ts";
import { centresRoutes } from "./centres.routes.tsx";
import { clientRoutes } from "./clients.routes.tsx";
import { centresOfferingSection } from "./in-person.tsx";
import { knowledgeRoutes } from "./knowledge.routes.tsx";
import { seedCentres } from "./seed.ts";
import { statisticsRoutes } from "./statistics.routes.tsx";

export { AGENTS_PATH, CENTRES_PATH, CLIENT_PATHS, KNOWLEDGE_PATHS } from "./paths.ts";
export { centreStatistics } from "./statistics.ts";

function routes(app: FastifyInstance, services: AppServices): void {
  centresRoutes(app, services);
  knowledgeRoutes(app, services);
  clientRoutes(app, services);
  statisticsRoutes(app, services);
  provideInPersonSection(app, centresOfferingSection(services.db));
}

export const centresModule: EpakModule = { name: "centres", routes, seed: seedCentres };
