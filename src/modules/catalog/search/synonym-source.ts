// The everyday words search knows, read from the database and kept for a short while: editors
// may add to them, and every process sees the change within the cache time.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import type { Synonym } from "./terms.ts";

export class SynonymSource {
  #cached: { at: number; list: Synonym[] } | null = null;
  readonly #maxAgeMs: number;
  readonly #now: () => number;

  constructor(maxAgeMs: number, now: () => number = Date.now) {
    this.#maxAgeMs = maxAgeMs;
    this.#now = now;
  }

  async list(db: Kysely<Tables>): Promise<Synonym[]> {
    const now = this.#now();
    if (this.#cached && now - this.#cached.at < this.#maxAgeMs) return this.#cached.list;
    const rows = await db.selectFrom("catalog.synonym").select(["from_phrase", "to_phrase"]).orderBy("id").execute();
    const list = rows.map((r) => ({ from: r.from_phrase, to: r.to_phrase }));
    this.#cached = { at: now, list };
    return list;
  }
}
