// Who may reach what. Routes name a policy; a person without a session is sent to log in, one
// whose login is too weak is asked to step up, and one without the role is refused.
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from "fastify";
import { type LevelOfAssurance, meetsLevel } from "../../platform/assurance.ts";
import { AppError } from "../../platform/errors.ts";
import { safeLocalPath } from "../../platform/http/local-path.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import type { StaffRole } from "./memberships.repository.ts";
import { type RequestIdentity, requestIdentity, sessionTimedOut } from "./request-identity.ts";

/** The level a route needs when it does not say: every personal page needs at least "substantial". */
export const DEFAULT_LEVEL: LevelOfAssurance = "substantial";

/** The address of the current page, with its language prefix, to come back to after logging in. */
export function currentAddress(request: FastifyRequest): string {
  const [path = "/", query] = request.url.split("?");
  const full = `${localePath(request.locale, path)}${query ? `?${query}` : ""}`;
  return safeLocalPath(full) ?? localePath(request.locale, "/");
}

function isPageRequest(request: FastifyRequest): boolean {
  return request.method === "GET" && !request.url.startsWith("/api/");
}

function sendToLogin(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (!isPageRequest(request)) throw new AppError(sessionTimedOut(request) ? "session_ended" : "login_required", 401);
  const back = encodeURIComponent(currentAddress(request));
  const where = sessionTimedOut(request) ? `/sesija-beigusies?atpakal=${back}` : `/pieslegties?atpakal=${back}`;
  return reply.redirect(localePath(request.locale, where), 303);
}

function askToStepUp(request: FastifyRequest, reply: FastifyReply, level: LevelOfAssurance): FastifyReply {
  if (!isPageRequest(request)) throw new AppError("level_too_low", 403);
  const back = encodeURIComponent(currentAddress(request));
  return reply.redirect(localePath(request.locale, `/pieslegties/limenis?vajag=${level}&atpakal=${back}`), 303);
}

/** Checks login and level; returns the identity when the route may go on. */
async function admit(request: FastifyRequest, reply: FastifyReply, level: LevelOfAssurance): Promise<RequestIdentity | null> {
  const identity = requestIdentity(request);
  if (!identity) {
    sendToLogin(request, reply);
    return null;
  }
  if (!meetsLevel(identity.session.level, level)) {
    askToStepUp(request, reply, level);
    return null;
  }
  return identity;
}

/** Any logged-in person, at `level` or above. */
/**
 * For routes whose level is known only inside the handler (an e-service's own level): true when
 * the request may go on, false when the login or step-up redirect has been sent.
 */
export async function admitSignedIn(
  request: FastifyRequest,
  reply: FastifyReply,
  level: LevelOfAssurance = DEFAULT_LEVEL,
): Promise<boolean> {
  return (await admit(request, reply, level)) !== null;
}

export function signedIn(level: LevelOfAssurance = DEFAULT_LEVEL): preHandlerAsyncHookHandler {
  return async (request, reply) => {
    await admit(request, reply, level);
  };
}

/**
 * A person acting as staff in one of `roles` (any role when none are named). The role is checked
 * before the level: someone without it is refused, not asked to log in again for nothing.
 */
export function actingAsStaff(roles: readonly StaffRole[] = [], level: LevelOfAssurance = DEFAULT_LEVEL): preHandlerAsyncHookHandler {
  return async (request, reply) => {
    const identity = requestIdentity(request);
    if (!identity) return void sendToLogin(request, reply);
    const membership = identity.membership;
    if (!membership || (roles.length > 0 && !roles.includes(membership.role))) throw new AppError("forbidden", 403);
    if (!meetsLevel(identity.session.level, level)) askToStepUp(request, reply, level);
  };
}

/** A person who holds at least one staff membership, whomever they act for just now. */
export function staffMember(hasMembership: (personId: string) => Promise<boolean>): preHandlerAsyncHookHandler {
  return async (request, reply) => {
    const identity = await admit(request, reply, DEFAULT_LEVEL);
    if (!identity) return;
    if (!identity.membership && !(await hasMembership(identity.session.personId))) throw new AppError("forbidden", 403);
  };
}
