// The modules and platform features that make up Epak, in the order their routes, jobs and
// demo data are set up. A new module is added here and nowhere else.

import { feedbackFeature } from "../platform/feedback/index.ts";
import { heartbeatJob } from "../platform/jobs/heartbeat.ts";
import type { EpakModule } from "../platform/module.ts";
import { noticesFeature } from "../platform/notices/index.ts";
import { pageRoutes } from "./pages/pages.routes.tsx";

const platform: EpakModule = {
  name: "platform",
  jobs: (db) => [heartbeatJob(db)],
};

const portal: EpakModule = { name: "portal", routes: pageRoutes };

export const modules: EpakModule[] = [platform, noticesFeature, feedbackFeature, portal];
