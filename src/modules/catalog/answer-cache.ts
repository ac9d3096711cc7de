// Search answers and published services, kept for a second or so per process: the same popular
// queries and pages are asked for many times a second, and a published version may reach readers
// that much later. A cache of 0 ms reads the database every time. Bounded, so odd queries cannot
// fill memory; concurrent askers of one key share one database read.
export class AnswerCache<T> {
  readonly #entries = new Map<string, { at: number; value: Promise<T> }>();
  readonly #maxAgeMs: number;
  readonly #limit: number;
  readonly #now: () => number;

  constructor(maxAgeMs: number, limit = 5000, now: () => number = Date.now) {
    this.#maxAgeMs = maxAgeMs;
    this.#limit = limit;
    this.#now = now;
  }

  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.#maxAgeMs === 0) return compute();
    const now = this.#now();
    const cached = this.#entries.get(key);
    if (cached && now - cached.at < this.#maxAgeMs) return cached.value;
    if (this.#entries.size >= this.#limit) this.#entries.clear();
    const value = compute();
    this.#entries.set(key, { at: now, value });
    // A failed read is not kept: the next asker tries again.
    value.catch(() => this.#entries.delete(key));
    return value;
  }
}
