// Before any route runs: who is this request from? Sets request.viewer for the page shell and
// the request identity for policies; a timed-out session is ended and its cookie cleared.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import type { PrincipalSource } from "./acting-principals.ts";
import { findActiveMembership, type Membership } from "./memberships.repository.ts";
import type { Registers } from "./registers.ts";
import { markSessionTimedOut, setRequestIdentity } from "./request-identity.ts";
import { type LiveSession, markActingChecked } from "./sessions.repository.ts";
import type { Sessions } from "./sessions.ts";
import { membershipLabel } from "./units.ts";

/** Requests that neither need a person nor count as their activity. */
const NO_SESSION = /^\/(assets\/|healthz|readyz|favicon)/;
/**
 * Requests that look at the session without counting as activity: the page a timed-out tab
 * opens by itself must not keep the session alive.
 */
const NOT_ACTIVITY = /^\/sesija-beigusies(\?|$)/;

async function membershipOf(db: Kysely<Tables>, session: LiveSession): Promise<Membership | null> {
  if (session.acting.kind !== "staff" || !session.acting.id) return null;
  const membership = await findActiveMembership(db, session.acting.id);
  // A membership revoked since the switch no longer lets the person act as staff.
  return membership && membership.personId === session.personId ? membership : null;
}

function actingLabel(request: FastifyRequest, session: LiveSession, membership: Membership | null): string {
  if (session.acting.kind === "company" || session.acting.kind === "person") return session.acting.label ?? session.acting.id ?? "";
  return membership ? membershipLabel(request.t, membership, request.locale) : "";
}

/**
 * Whether the session may still act for whom it chose: a staff membership revoked since, or a
 * board seat the enterprise register no longer shows, falls back to the person themselves.
 */
/** How long the register's word that a person may act for a company is taken without asking again. */
export const ACTING_RECHECK_MS = 5 * 60_000;

type HookDeps = { db: Kysely<Tables>; sessions: Sessions; registers: Registers; principals: PrincipalSource };

async function stillHolds(deps: HookDeps, session: LiveSession, membership: Membership | null): Promise<boolean> {
  if (session.acting.kind === "staff") return membership !== null;
  // A mandate is our own data: asked on every request, so a revoked one stops the next click.
  if (session.acting.kind === "person") {
    const principals = await deps.principals(session.personId);
    return principals.some((p) => p.personId === session.acting.id);
  }
  if (session.acting.kind !== "company" || !session.acting.id) return true;
  const now = deps.sessions.now();
  if (now.getTime() - session.actingCheckedAt.getTime() < ACTING_RECHECK_MS) return true;
  try {
    const company = await deps.registers.mayRepresentAlone(session.personalCode, `user:${session.personId}`, session.acting.id);
    if (company) await markActingChecked(deps.db, session.tokenHash, now);
    return company !== null;
  } catch {
    // A register that cannot answer cannot confirm the right: act as oneself until it can.
    return false;
  }
}

async function identify(request: FastifyRequest, reply: FastifyReply, deps: HookDeps): Promise<void> {
  const { db, sessions } = deps;
  const { session, ended } = await sessions.load(request, { touch: !NOT_ACTIVITY.test(request.url) });
  if (ended) {
    sessions.clearCookie(reply);
    markSessionTimedOut(request, ended);
  }
  if (!session) return;
  const membership = await membershipOf(db, session);
  const acting = (await stillHolds(deps, session, membership)) ? session.acting : { kind: "self" as const, id: null, label: null };
  const effective = { ...session, acting };
  setRequestIdentity(request, { session: effective, membership });
  request.viewer = {
    personId: session.personId,
    name: `${session.givenName} ${session.familyName}`,
    level: session.level,
    acting: { kind: acting.kind, id: acting.id, label: actingLabel(request, effective, membership) },
    idleSecondsLeft: sessions.idleSecondsLeft(session),
  };
}

export function registerSessionHook(app: FastifyInstance, deps: HookDeps): void {
  const { sessions } = deps;
  // A callback, not an async hook: most requests carry no session cookie, and they pass
  // straight through without a promise and a trip through the microtask queue.
  app.addHook("onRequest", (request, reply, done) => {
    if (NO_SESSION.test(request.url) || request.cookies[sessions.cookieName] === undefined) return done();
    identify(request, reply, deps).then(() => done(), done);
  });
}
