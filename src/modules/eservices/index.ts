// E-services. So far the informative ones, built on the data-exchange bus; the declarative
// transactional e-services come next (issue #6).
import type { EpakModule } from "../../platform/module.ts";
import { informativeRoutes } from "./informative/informative.routes.tsx";

export const eservicesModule: EpakModule = { name: "eservices", routes: informativeRoutes };
