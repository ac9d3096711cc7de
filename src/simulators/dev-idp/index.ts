// The development identity provider, as the simulated outside system Epak logs people in through
// when no real provider is configured (development, demo, tests).
import type { EpakModule } from "../../platform/module.ts";
import { devIdpRoutes } from "./dev-idp.routes.tsx";
import { purgeExpiredJob } from "./jobs.ts";

export const devIdp: EpakModule = {
  name: "dev-idp",
  routes: devIdpRoutes,
  jobs: (db, config) => (config.identity.devIdp ? [purgeExpiredJob(db)] : []),
};
