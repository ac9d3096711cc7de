// Who the current request comes from, as identity knows it (the session row and, when the
// person acts as staff, the membership). Set once per request by the session hook.
import type { FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import type { Context } from "../../platform/context.ts";
import type { Tables } from "../../platform/db/tables.ts";
import { AppError } from "../../platform/errors.ts";
import type { Membership } from "./memberships.repository.ts";
import type { LiveSession } from "./sessions.repository.ts";

export type RequestIdentity = { session: LiveSession; membership: Membership | null };

const identities = new WeakMap<FastifyRequest, RequestIdentity>();
const endedByTime = new WeakMap<FastifyRequest, "idle" | "expired">();

export function setRequestIdentity(request: FastifyRequest, identity: RequestIdentity): void {
  identities.set(request, identity);
}

export function requestIdentity(request: FastifyRequest): RequestIdentity | null {
  return identities.get(request) ?? null;
}

/** For routes behind a login policy, which has already let only an identified request through. */
export function requireIdentity(request: FastifyRequest): RequestIdentity {
  const identity = identities.get(request);
  if (!identity) throw new AppError("login_required", 401);
  return identity;
}

export function markSessionTimedOut(request: FastifyRequest, why: "idle" | "expired"): void {
  endedByTime.set(request, why);
}

/** Whether this request's session ended just now for lack of activity or age. */
export function sessionTimedOut(request: FastifyRequest): "idle" | "expired" | null {
  return endedByTime.get(request) ?? null;
}

/** For whom a write is done: the company, the unit or the principal the person acts for, or nobody else. */
export function onBehalfOf(identity: RequestIdentity): string | null {
  const { acting } = identity.session;
  if (acting.kind === "company") return `company:${acting.id}`;
  if (acting.kind === "person") return `person:${acting.id}`;
  if (acting.kind === "staff" && identity.membership) return `${identity.membership.unitKind}:${identity.membership.unitCode}`;
  return null;
}

/** The context of a write made by the person of this request, for whomever they act. */
export function contextOf(request: FastifyRequest, trx: Transaction<Tables>): Context {
  const identity = requestIdentity(request);
  return {
    actor: identity ? `user:${identity.session.personId}` : "anonymous",
    onBehalfOf: identity ? onBehalfOf(identity) : null,
    channel: "online",
    trx,
    requestId: request.id,
  };
}

/** The browser a session or login came from, as people read it in their session list; bounded. */
export function userAgentOf(request: FastifyRequest): string | null {
  return request.headers["user-agent"]?.slice(0, 300) ?? null;
}
