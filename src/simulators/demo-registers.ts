// The demo state registers as outside systems: each is mounted under its own prefix in this
// process (development, demo, tests) and answers only the bus, which shows it its provider key.
// At seeding they publish their data services on the bus, as an institution would.
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { exchangeKeys, registerProviderService } from "../modules/exchange/index.ts";
import type { Context } from "../platform/context.ts";
import type { AppServices, EpakModule } from "../platform/module.ts";
import { enterpriseProvider } from "./enterprise-register/provider.ts";
import { populationProvider } from "./population-register/provider.ts";
import { propertyProvider } from "./property-register/provider.ts";
import type { ProviderApp } from "./provider-app.ts";
import { socialInsuranceProvider } from "./social-insurance/provider.ts";
import { vehicleProvider } from "./vehicle-register/provider.ts";

export const DEMO_PROVIDERS: readonly ProviderApp[] = [
  populationProvider,
  propertyProvider,
  enterpriseProvider,
  socialInsuranceProvider,
  vehicleProvider,
];

/** The provider system's X-Road id: instance/class/member/subsystem. */
export function providerSystem(provider: ProviderApp): string {
  return `LV/GOV/${provider.institution}/${provider.subsystem}`;
}

function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Mounts one register under its prefix, answering only requests that show `key` (the bus's provider key). */
export async function mountProvider(app: FastifyInstance, provider: ProviderApp, key: string): Promise<void> {
  const expected = `Bearer ${key}`;
  await app.register(
    async (scoped) => {
      // Only the bus may ask: a register that answered anyone would be a back door around the log.
      scoped.addHook("onRequest", async (request: FastifyRequest, reply) => {
        if (!sameKey(request.headers.authorization ?? "", expected)) {
          return reply
            .code(401)
            .header("cache-control", "no-store")
            .send({ code: "unauthorized", message: "Only the data-exchange bus may call this register." });
        }
      });
      scoped.get("/openapi.json", async (_request, reply) => reply.send(provider.openapi));
      provider.routes(scoped);
    },
    { prefix: provider.prefix },
  );
}

async function mountProviders(app: FastifyInstance, services: AppServices): Promise<void> {
  if (!services.config.devRegisters) return;
  const keys = await exchangeKeys(services.db);
  for (const provider of DEMO_PROVIDERS) await mountProvider(app, provider, keys.providerKey(providerSystem(provider)));
}

/** The provider's OpenAPI document narrowed to one service's paths. */
function serviceDocument(provider: ProviderApp, code: string): Record<string, unknown> {
  const paths = (provider.openapi.paths ?? {}) as Record<string, unknown>;
  const own = Object.entries(paths).filter(([path]) => path === `/${code}` || path.startsWith(`/${code}/`));
  return { ...provider.openapi, paths: Object.fromEntries(own) };
}

async function publishServices(ctx: Context): Promise<void> {
  for (const provider of DEMO_PROVIDERS) {
    for (const service of provider.services) {
      await registerProviderService(ctx, {
        serviceId: `${providerSystem(provider)}/${service.code}`,
        institution: provider.institution,
        name: service.name,
        description: service.description,
        openapi: serviceDocument(provider, service.code),
        baseUrl: `${provider.prefix}/${service.code}`,
        dataCategories: service.dataCategories,
        personalData: service.personalData,
      });
    }
  }
}

export const demoRegisters: EpakModule = { name: "demo-registers", routes: mountProviders, seed: publishServices };
