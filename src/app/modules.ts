// The modules and platform features that make up Epak, in the order their routes, jobs and
// demo data are set up. A new module is added here and nowhere else.

import { casesModule } from "../modules/cases/index.ts";
import { catalogModule } from "../modules/catalog/index.ts";
import { centresModule } from "../modules/centres/index.ts";
import { eservicesModule } from "../modules/eservices/index.ts";
import { exchangeModule } from "../modules/exchange/index.ts";
import { identityModule } from "../modules/identity/index.ts";
import { mailboxModule } from "../modules/mailbox/index.ts";
import { mandatesModule } from "../modules/mandates/index.ts";
import { newsModule } from "../modules/news/index.ts";
import { paymentsModule } from "../modules/payments/index.ts";
import { questionsModule } from "../modules/questions/index.ts";
import { feedbackFeature } from "../platform/feedback/index.ts";
import { heartbeatJob } from "../platform/jobs/heartbeat.ts";
import type { EpakModule } from "../platform/module.ts";
import { noticesFeature } from "../platform/notices/index.ts";
import { demoRegisters } from "../simulators/demo-registers.ts";
import { devIdp } from "../simulators/dev-idp/index.ts";
import { devPay } from "../simulators/dev-pay/index.ts";
import { pageRoutes } from "./pages/pages.routes.tsx";

const platform: EpakModule = {
  name: "platform",
  jobs: (db) => [heartbeatJob(db)],
};

const portal: EpakModule = { name: "portal", routes: pageRoutes };

// Identity comes first: its hook tells every later route who the request is from. The demo
// registers seed before the bus, whose demo grants name the services the registers publish.
export const modules: EpakModule[] = [
  platform,
  identityModule,
  devIdp,
  devPay,
  demoRegisters,
  exchangeModule,
  catalogModule,
  mandatesModule,
  eservicesModule,
  paymentsModule,
  mailboxModule,
  casesModule,
  centresModule,
  newsModule,
  questionsModule,
  noticesFeature,
  feedbackFeature,
  portal,
];
