// One breaker per provider system: after a run of failures the gateway stops sending it calls for
// a while and answers "provider unavailable" at once, then lets one trial call through. Kept in
// the process: each process learns a provider's health for itself, and nothing is lost on restart.
export type BreakerOptions = { failures: number; openMs: number };

type State = { failures: number; openUntil: number; trial: boolean };

export class CircuitBreakers {
  readonly #states = new Map<string, State>();
  readonly #options: BreakerOptions;
  readonly #now: () => number;

  constructor(options: BreakerOptions = { failures: 5, openMs: 30_000 }, now: () => number = Date.now) {
    this.#options = options;
    this.#now = now;
  }

  /** False while the provider's breaker is open; in half-open state lets exactly one call through. */
  allows(provider: string): boolean {
    const state = this.#states.get(provider);
    if (!state || state.failures < this.#options.failures) return true;
    if (this.#now() < state.openUntil || state.trial) return false;
    state.trial = true;
    return true;
  }

  succeeded(provider: string): void {
    this.#states.delete(provider);
  }

  failed(provider: string): void {
    const state = this.#states.get(provider) ?? { failures: 0, openUntil: 0, trial: false };
    state.failures += 1;
    state.trial = false;
    if (state.failures >= this.#options.failures) state.openUntil = this.#now() + this.#options.openMs;
    this.#states.set(provider, state);
  }
}
