// The service catalogue: CPSV-AP services, institutions and life and business events; search
// that understands Latvian; the editors' workflow; the JSON API and JSON-LD import and export.
// Other modules use only what is exported here.
import type { FastifyInstance } from "fastify";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { catalogueOpenApi } from "./api/openapi.ts";
import { catalogueApiRoutes } from "./api.routes.ts";
import { CachedReads } from "./cached-reads.ts";
import { publicCatalogueRoutes } from "./catalog.routes.tsx";
import { editorRoutes } from "./editor.routes.tsx";
import { jsonLdRoutes } from "./jsonld/jsonld.routes.ts";
import { SynonymSource } from "./search/synonym-source.ts";
import { seedCatalogue } from "./seed.ts";

export {
  allEvents,
  institutionById,
  publishedService,
  serviceSummaries,
  servicesOfInstitution,
  servicesWithEService,
} from "./catalog.repository.ts";
export { linkEService, unlinkEService } from "./commands/link-eservice.ts";
export { type InPersonSection, provideInPersonSection } from "./in-person-section.ts";
export type { EventDocument, InstitutionDocument, ServiceDocument, Text } from "./model.ts";
export { FrontSearch, FrontSituations } from "./views/front-door.tsx";

/** How long a process keeps the synonym list before reading it again. */
const SYNONYMS_MAX_AGE_MS = 60_000;

function catalogueRoutes(app: FastifyInstance, services: AppServices): void {
  const synonyms = new SynonymSource(SYNONYMS_MAX_AGE_MS);
  const shared = { ...services, synonyms, reads: new CachedReads(services.db, synonyms, services.config.catalog.cacheMs) };
  publicCatalogueRoutes(app, shared);
  catalogueApiRoutes(app, shared);
  editorRoutes(app, shared);
  jsonLdRoutes(app, shared);
}

export const catalogModule: EpakModule = { name: "catalog", routes: catalogueRoutes, seed: seedCatalogue, openApi: catalogueOpenApi };
