// The rules of a login session: a cookie naming a server-side row, a new id at every login and
// every change of whom the person acts for, an idle timeout and an absolute one.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely, Transaction } from "kysely";
import type { LevelOfAssurance } from "../../platform/assurance.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Tables } from "../../platform/db/tables.ts";
import { AppError } from "../../platform/errors.ts";
import { userAgentOf } from "./request-identity.ts";
import { hashSessionToken, newSessionToken } from "./session-token.ts";
import {
  type Acting,
  type EndReason,
  endSession,
  findOpenSession,
  insertSession,
  type LiveSession,
  touchSession,
} from "./sessions.repository.ts";

export type SessionSettings = { idleMinutes: number; maxHours: number; secureCookie: boolean };

/** Activity is written at most this often: a page's every request need not be a write. */
const TOUCH_EVERY_MS = 30_000;

export type LoadedSession = { session: LiveSession | null; ended: "idle" | "expired" | null };

export class Sessions {
  readonly idleMs: number;
  readonly maxMs: number;
  readonly cookieName: string;
  readonly #secure: boolean;
  readonly #db: Kysely<Tables>;
  readonly #clock: Clock;

  constructor(db: Kysely<Tables>, clock: Clock, settings: SessionSettings) {
    this.#db = db;
    this.#clock = clock;
    this.idleMs = settings.idleMinutes * 60_000;
    this.maxMs = settings.maxHours * 3_600_000;
    this.#secure = settings.secureCookie;
    // The __Host- prefix makes browsers refuse the cookie unless it is Secure, for this host only, on every path.
    this.cookieName = settings.secureCookie ? "__Host-epak_session" : "epak_session";
  }

  now(): Date {
    return this.#clock.now();
  }

  tokenHashOf(request: FastifyRequest): string | null {
    const token = request.cookies[this.cookieName];
    return token ? hashSessionToken(token) : null;
  }

  /** The live session of the request; a timed-out one is ended on the spot. */
  async load(request: FastifyRequest, { touch }: { touch: boolean }): Promise<LoadedSession> {
    const hash = this.tokenHashOf(request);
    if (!hash) return { session: null, ended: null };
    const session = await findOpenSession(this.#db, hash);
    if (!session) return { session: null, ended: null };
    const now = this.now();
    const ended = session.expiresAt <= now ? "expired" : now.getTime() - session.lastSeenAt.getTime() >= this.idleMs ? "idle" : null;
    if (ended) {
      await endSession(this.#db, hash, ended, now);
      return { session: null, ended };
    }
    if (touch && now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await touchSession(this.#db, hash, now);
      session.lastSeenAt = now;
    }
    return { session, ended: null };
  }

  /** Seconds until the session ends without activity (or reaches its absolute end, if sooner). */
  idleSecondsLeft(session: LiveSession): number {
    const endsAt = Math.min(session.lastSeenAt.getTime() + this.idleMs, session.expiresAt.getTime());
    return Math.max(0, Math.floor((endsAt - this.now().getTime()) / 1000));
  }

  /**
   * Opens a session under a new token and sets the cookie; the request's earlier session, if
   * any, is ended as rotated. `expiresAt` carries over when only the acting subject changes.
   */
  async open(
    trx: Transaction<Tables>,
    reply: FastifyReply,
    s: { personId: string; level: LevelOfAssurance; method: string; acting: Acting; expiresAt?: Date; replacesLive?: boolean },
  ): Promise<string> {
    const now = this.now();
    const previous = this.tokenHashOf(reply.request);
    const rotated = previous ? await endSession(trx, previous, "rotated", now) : false;
    // A switch of role replaces a live session; if another request ended it meanwhile (two
    // switches at once, a logout in another tab), no second session may come of it.
    if (s.replacesLive && !rotated) throw new AppError("session_ended", 401);
    const token = newSessionToken();
    const publicId = await insertSession(trx, {
      tokenHash: hashSessionToken(token),
      personId: s.personId,
      level: s.level,
      method: s.method,
      acting: s.acting,
      now,
      expiresAt: s.expiresAt ?? new Date(now.getTime() + this.maxMs),
      userAgent: userAgentOf(reply.request),
    });
    reply.setCookie(this.cookieName, token, { httpOnly: true, secure: this.#secure, sameSite: "lax", path: "/" });
    return publicId;
  }

  async close(trx: Transaction<Tables>, reply: FastifyReply, reason: EndReason): Promise<void> {
    const hash = this.tokenHashOf(reply.request);
    if (hash) await endSession(trx, hash, reason, this.now());
    this.clearCookie(reply);
  }

  clearCookie(reply: FastifyReply): void {
    reply.clearCookie(this.cookieName, { httpOnly: true, secure: this.#secure, sameSite: "lax", path: "/" });
  }
}
