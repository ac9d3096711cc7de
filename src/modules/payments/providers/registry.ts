// The providers Epak can take payments through, by id, and which one each institution uses
// (PAYMENT_PROVIDERS: an institution's own line, else `default`). The development provider's
// secret, unless configured, is one the instance makes and keeps in its database, which the
// provider reads too: both sides agree without anyone setting anything up.
import { AppError } from "../../../platform/errors.ts";
import type { AppServices } from "../../../platform/module.ts";
import { devPaySecret } from "../../../simulators/dev-pay/protocol.ts";
import { devProvider } from "./dev-provider.ts";
import type { PaymentProvider } from "./provider.ts";

export type ProviderServices = Pick<AppServices, "db" | "config" | "fetch" | "localOrigin">;

export class ProviderRegistry {
  readonly #byId: Map<string, PaymentProvider>;
  readonly #chosen: Record<string, string>;

  constructor(providers: PaymentProvider[], chosen: Record<string, string>) {
    this.#byId = new Map(providers.map((p) => [p.id, p]));
    this.#chosen = chosen;
  }

  knows(id: string): boolean {
    return this.#byId.has(id);
  }

  byId(id: string): PaymentProvider {
    const provider = this.#byId.get(id);
    if (!provider) throw new AppError("payments_unavailable", 503);
    return provider;
  }

  /** The provider the institution takes payments through; `payments_unavailable` when none. */
  forInstitution(institution: string): PaymentProvider {
    const id = this.#chosen[institution] ?? this.#chosen.default;
    if (!id) throw new AppError("payments_unavailable", 503);
    return this.byId(id);
  }
}

const registries = new WeakMap<object, Promise<ProviderRegistry>>();

/** The registry of this process (one per database), built once. */
export function providerRegistry(services: ProviderServices): Promise<ProviderRegistry> {
  let registry = registries.get(services.db);
  if (!registry) {
    // A build that failed (the database was not reachable) is tried again next time.
    registry = build(services).catch((error: unknown) => {
      registries.delete(services.db);
      throw error;
    });
    registries.set(services.db, registry);
  }
  return registry;
}

async function build(services: ProviderServices): Promise<ProviderRegistry> {
  const { config } = services;
  const providers: PaymentProvider[] = [];
  if (config.payments.devPay) {
    providers.push(devProvider({ secret: await devPaySecret(services), origin: services.localOrigin, fetch: services.fetch }));
  }
  return new ProviderRegistry(providers, config.payments.providers);
}
