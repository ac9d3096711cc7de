// Time as Epak's rules see it (session timeouts, code expiry). One source, so that tests can move
// it forward instead of waiting, and every rule agrees on what "now" is within a request.
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until told to move: for tests of what happens after a while. */
export class ManualClock implements Clock {
  #at: number;
  constructor(start: Date = new Date()) {
    this.#at = start.getTime();
  }
  now(): Date {
    return new Date(this.#at);
  }
  advance(ms: number): void {
    this.#at += ms;
  }
}
