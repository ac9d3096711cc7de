// The development payment provider, the simulated outside system Epak takes payments through when
// no real provider is configured (development, demo, tests): a bank link and a card page at
// /dev-maksajumi, a signed merchant API, and callbacks to Epak over HTTP.
import type { FastifyInstance } from "fastify";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { apiRoutes } from "./api.routes.ts";
import { callbackDeps, deliverCallbacksJob } from "./callbacks.ts";
import { pageRoutes } from "./pages.routes.tsx";
import { devPaySecret } from "./protocol.ts";

export { callbackDeps, deliverCallbacks } from "./callbacks.ts";
export { TEST_CARDS } from "./cards.ts";

async function devPayRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  if (!services.config.payments.devPay) return;
  const secret = await devPaySecret(services);
  apiRoutes(app, { db: services.db, secret, clock: services.clock, publicUrl: services.config.publicUrl });
  pageRoutes(app, { callbacks: await callbackDeps(services), clock: services.clock });
}

export const devPay: EpakModule = {
  name: "dev-pay",
  routes: devPayRoutes,
  jobs: (_db, config, services) => (config.payments.devPay ? [deliverCallbacksJob(services)] : []),
};
