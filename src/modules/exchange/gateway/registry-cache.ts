// What the gateway looks up on every call (the consumer, the service, the live grant), kept for
// a moment: on the embedded database each lookup costs about a millisecond of the one connection,
// which the message log needs. A revoked grant or disabled consumer therefore stops working within
// `ttlMs` on every process (EXCHANGE_CACHE_MS, 1 s by default; 0 asks the database every time).
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import {
  type ConsumerRow,
  findConsumerByClientId,
  findLiveGrant,
  findServiceByServiceId,
  type ProviderServiceRow,
} from "../registry.repository.ts";

type Grant = Awaited<ReturnType<typeof findLiveGrant>>;
type Entry<T> = { value: Promise<T>; expires: number };

export class RegistryCache {
  readonly #db: Kysely<Tables>;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry<unknown>>();

  constructor(db: Kysely<Tables>, ttlMs: number, now: () => number = Date.now) {
    this.#db = db;
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  consumer(clientId: string): Promise<ConsumerRow | null> {
    return this.#get(`c\n${clientId}`, () => findConsumerByClientId(this.#db, clientId));
  }

  service(serviceId: string): Promise<ProviderServiceRow | null> {
    return this.#get(`s\n${serviceId}`, () => findServiceByServiceId(this.#db, serviceId));
  }

  grant(consumerId: string, serviceRowId: string): Promise<Grant> {
    return this.#get(`g\n${consumerId}\n${serviceRowId}`, () => findLiveGrant(this.#db, consumerId, serviceRowId));
  }

  #get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.#ttlMs <= 0) return load();
    const now = this.#now();
    const hit = this.#entries.get(key) as Entry<T> | undefined;
    if (hit && hit.expires > now) return hit.value;
    // Unknown client ids are cached too, but the map is swept so that a flood of them cannot grow it.
    if (this.#entries.size > 10_000) this.#sweep(now);
    const value = load();
    this.#entries.set(key, { value, expires: now + this.#ttlMs });
    value.catch(() => this.#entries.delete(key));
    return value;
  }

  #sweep(now: number): void {
    for (const [key, entry] of this.#entries) if (entry.expires <= now) this.#entries.delete(key);
    if (this.#entries.size > 10_000) this.#entries.clear();
  }
}
