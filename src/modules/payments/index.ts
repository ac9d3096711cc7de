// Payments: fees paid before an application is submitted and amounts asked for after a decision,
// through the provider each institution uses (a registry of adapters behind one interface);
// providers' signed callbacks, a status query for those that never call back, and the
// institution's side: payments by period, the accounting export, refunds.
import type { FastifyInstance } from "fastify";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { callbackRoutes } from "./callback.routes.ts";
import { queryOpenPaymentsJob } from "./jobs/query-open-payments.ts";
import { officerRoutes } from "./officer.routes.tsx";
import type { FlowDeps } from "./payment-flow.ts";
import { providerRegistry } from "./providers/registry.ts";

export { noteApplicationNumber } from "./commands/note-application-number.ts";
export { type RequestPaymentInput, requestPayment } from "./commands/request-payment.ts";
export { formatMoney, paidWith } from "./labels.ts";
export { type ContextFor, type FlowDeps, refreshPayment, type StartInput, startPayment } from "./payment-flow.ts";
export {
  dueRequestsOf,
  findPayment,
  findRequest,
  type Payment,
  type PaymentRequest,
  type PaymentStatus,
  paidFeeOf,
  paymentsOfApplication,
} from "./payments.repository.ts";
export { PAYMENT_METHODS, type PaymentMethod } from "./providers/provider.ts";

/** What the payment steps need: the database, the providers and the time. */
export async function paymentDeps(services: AppServices): Promise<FlowDeps> {
  return { db: services.db, registry: await providerRegistry(services), now: () => services.clock.now() };
}

async function paymentRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const deps = await paymentDeps(services);
  callbackRoutes(app, deps);
  officerRoutes(app, deps);
}

export const paymentsModule: EpakModule = {
  name: "payments",
  routes: paymentRoutes,
  jobs: (_db, _config, services) => [queryOpenPaymentsJob(services)],
};
