// The data-exchange bus: the registry of data services and consumers, access grants, the gateway
// with its hash-chained message log, and "who used my data". Other modules use only what is
// exported here; they reach registers only through busClient().
import type { FastifyInstance } from "fastify";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { dataUsageRoutes } from "./data-usage.routes.tsx";
import { CircuitBreakers } from "./gateway/circuit-breaker.ts";
import { gatewayRoutes } from "./gateway/gateway.routes.ts";
import { exchangeKeys } from "./gateway/provider-key.ts";
import { RegistryCache } from "./gateway/registry-cache.ts";
import { MessageLog } from "./message-log.ts";
import { registryRoutes } from "./registry.routes.tsx";
import { seedExchange } from "./seed.ts";

export { type BusCall, type BusClient, busClient } from "./bus-client.ts";
export { type ProviderServiceInput, registerProviderService } from "./commands/register-provider-service.ts";
export { type ExchangeKeys, exchangeKeys } from "./gateway/provider-key.ts";
export { EPAK_SYSTEMS, REGISTER_SERVICES } from "./register-services.ts";
export { type LogVerdict, verifyMessageLog } from "./verify-log.ts";

async function exchangeRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const log = new MessageLog(services.db);
  const registry = new RegistryCache(services.db, services.config.exchange.cacheMs);
  gatewayRoutes(app, { services, log, breakers: new CircuitBreakers(), keys: await exchangeKeys(services.db), registry });
  app.addHook("onClose", () => log.flush());
  registryRoutes(app, services);
  dataUsageRoutes(app, services);
}

export const exchangeModule: EpakModule = { name: "exchange", routes: exchangeRoutes, seed: seedExchange };
