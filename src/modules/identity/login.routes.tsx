// Logging in through the identity provider and out again, the pages around it, and keeping a
// session alive. Login is rate limited per address; its state is bound to the browser by a
// signed cookie, so a login started elsewhere cannot be finished in this browser.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { isLevel, type LevelOfAssurance, meetsLevel } from "../../platform/assurance.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { safeLocalPath } from "../../platform/http/local-path.ts";
import { type Locale, localePath } from "../../platform/i18n/locale.ts";
import type { AppServices } from "../../platform/module.ts";
import { recordFailedLogin } from "./commands/record-failed-login.ts";
import { carriedActing, signIn } from "./commands/sign-in.ts";
import { signOut } from "./commands/sign-out.ts";
import { DEFAULT_LEVEL, signedIn } from "./identity.policies.ts";
import type { RelyingParty } from "./oidc/relying-party.ts";
import type { Registers } from "./registers.ts";
import { requestIdentity } from "./request-identity.ts";
import type { Sessions } from "./sessions.ts";
import { type LoginProblem, LoginProblemPage, SessionEndedPage, SignedOutPage, StepUpPage } from "./views/login-views.tsx";

/**
 * One cookie per login in progress, named after its state, so that logins started in two tabs
 * do not overwrite each other, and an answer for one cannot spoil another.
 */
const loginCookie = (state: string) => `epak_login_${state.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 16)}`;
const LOGIN_COOKIE_PATH = "/pieslegties";
const LOGIN_MAX_AGE_SECONDS = 600;
/** Logins per minute from one address: a tenth of the general limit, and never below 30. */
const loginRate = (generalMax: number) => ({ max: Math.max(30, Math.floor(generalMax / 10)), timeWindow: 60_000 });
const PROBLEMS: readonly LoginProblem[] = ["cancelled", "failed", "level_too_low", "state_missing", "unavailable"];

type PendingLogin = { state: string; nonce: string; verifier: string; back: string | null; level: LevelOfAssurance; locale: Locale };

const pendingLogin = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(1),
  back: z.string().nullable(),
  level: z.enum(["low", "substantial", "high"]),
  locale: z.enum(["lv", "en"]),
});

/** `?atpakal=`: a page on this site to return to, never anywhere else. */
function backParam(query: unknown): string | null {
  const value = (query as { atpakal?: unknown }).atpakal;
  return typeof value === "string" && value.length <= 1000 ? safeLocalPath(value) : null;
}

function levelParam(query: unknown, name: string): LevelOfAssurance {
  const value = (query as Record<string, unknown>)[name];
  return isLevel(value) ? value : DEFAULT_LEVEL;
}

export type LoginDeps = { services: AppServices; sessions: Sessions; relyingParty: RelyingParty | null; registers: Registers };

export function loginRoutes(app: FastifyInstance, { services, sessions, relyingParty, registers }: LoginDeps): void {
  const { db, config } = services;
  const cookieSecure = config.cookie.secure;
  const LOGIN_RATE = loginRate(config.rateLimit.max);

  const problem = (
    reply: FastifyReply,
    status: number,
    which: LoginProblem,
    back: string | null,
    level: LevelOfAssurance = DEFAULT_LEVEL,
  ) =>
    reply
      .code(status)
      .header("cache-control", "no-store")
      .page(<LoginProblemPage problem={which} back={back} level={level} />);

  const readPending = (request: FastifyRequest, state: string): PendingLogin | null => {
    const raw = request.cookies[loginCookie(state)];
    if (!raw) return null;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return null;
    try {
      const parsed = pendingLogin.safeParse(JSON.parse(unsigned.value));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };

  app.get("/pieslegties", { config: { rateLimit: LOGIN_RATE } }, async (request, reply) => {
    const back = backParam(request.query);
    const level = levelParam(request.query, "limenis");
    const identity = requestIdentity(request);
    if (identity && meetsLevel(identity.session.level, level)) return reply.redirect(back ?? localePath(request.locale, "/konts"), 303);
    if (!relyingParty) return problem(reply, 503, "unavailable", back);
    let started: Awaited<ReturnType<RelyingParty["authorizationUrl"]>>;
    try {
      started = await relyingParty.authorizationUrl({ level, locale: request.locale });
    } catch (error) {
      request.log.error({ err: error }, "identity provider unreachable");
      return problem(reply, 503, "unavailable", back);
    }
    const pending: PendingLogin = { ...started.request, back, level, locale: request.locale };
    reply.setCookie(loginCookie(pending.state), JSON.stringify(pending), {
      signed: true,
      httpOnly: true,
      secure: cookieSecure,
      sameSite: "lax",
      path: LOGIN_COOKIE_PATH,
      maxAge: LOGIN_MAX_AGE_SECONDS,
    });
    return reply.header("cache-control", "no-store").redirect(started.url, 303);
  });

  app.get("/pieslegties/atbilde", { config: { rateLimit: LOGIN_RATE } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const state = typeof query.state === "string" ? query.state : "";
    const pending = state ? readPending(request, state) : null;
    // An address from the history, after the login it belonged to succeeded: nothing to do.
    if (!pending && requestIdentity(request)) return reply.redirect(localePath(request.locale, "/konts"), 303);
    if (pending) reply.clearCookie(loginCookie(state), { path: LOGIN_COOKIE_PATH, secure: cookieSecure, httpOnly: true, sameSite: "lax" });
    // The problem is told on a page of its own, in the language the login started in (the
    // provider's address has none).
    const fail = async (which: LoginProblem, reason: string) => {
      await inTransaction(db, (trx) => recordFailedLogin(trx, reply, sessions.now(), reason));
      const params = new URLSearchParams({ iemesls: which });
      if (pending?.back) params.set("atpakal", pending.back);
      // Trying again asks for the same level (a bank login will not do where eID was needed).
      if (pending && pending.level !== DEFAULT_LEVEL) params.set("limenis", pending.level);
      return reply.redirect(`${localePath(pending?.locale ?? request.locale, "/pieslegties/neizdevas")}?${params}`, 303);
    };
    if (!pending || !relyingParty) return fail("state_missing", "state_missing");
    // An answer to another login than the one this browser started (login CSRF, a stale tab).
    if (query.state !== pending.state) return fail("state_missing", "state_mismatch");
    if (query.error === "access_denied") return fail("cancelled", "cancelled");
    let proven: Awaited<ReturnType<RelyingParty["finish"]>>;
    try {
      // The provider is called before any transaction opens: on the embedded database the
      // provider may be this very process, and it needs the one connection to answer.
      proven = await relyingParty.finish(new URL(`${config.publicUrl}${request.url}`), pending);
    } catch (error) {
      request.log.warn({ err: error }, "login refused");
      const code = error instanceof AppError ? error.code : "failed";
      return fail(code === "login_unavailable" ? "unavailable" : "failed", code);
    }
    if (!meetsLevel(proven.level, pending.level)) return fail("level_too_low", "level_too_low");
    // Logging in again to step up keeps whom the person was acting for.
    const acting = await carriedActing(registers, requestIdentity(request), proven);
    await inTransaction(db, (trx) => signIn(trx, sessions, reply, proven, acting));
    return reply.redirect(pending.back ?? localePath(pending.locale, "/konts"), 303);
  });

  app.get("/pieslegties/neizdevas", async (request, reply) => {
    const which = PROBLEMS.find((p) => p === (request.query as { iemesls?: unknown }).iemesls) ?? "failed";
    return problem(reply, 200, which, backParam(request.query), levelParam(request.query, "limenis"));
  });

  const logout = async (request: FastifyRequest, reply: FastifyReply, everywhere: boolean) => {
    const identity = requestIdentity(request);
    const signedOut = localePath(request.locale, "/izrakstits");
    if (!identity) {
      sessions.clearCookie(reply);
      return reply.redirect(signedOut, 303);
    }
    await inTransaction(db, (trx) => signOut(trx, sessions, reply, identity, everywhere));
    const atProvider = relyingParty ? await relyingParty.endSessionUrl(`${config.publicUrl}${signedOut}`, request.locale) : null;
    return reply.redirect(atProvider ?? signedOut, 303);
  };

  app.post("/iziet", async (request, reply) => logout(request, reply, false));
  app.post("/iziet/visur", { preHandler: signedIn() }, async (request, reply) => logout(request, reply, true));

  app.get("/izrakstits", async (_request, reply) => reply.staticPage(() => <SignedOutPage />));

  app.get("/sesija-beigusies", async (request, reply) => {
    const back = backParam(request.query);
    // A tab's timer may run out while the person is busy in another tab: the session lives on.
    if (requestIdentity(request)) return reply.redirect(back ?? localePath(request.locale, "/konts"), 303);
    return reply
      .header("cache-control", "no-store")
      .page(<SessionEndedPage back={back} idleMinutes={config.identity.idleMinutes} maxHours={config.identity.maxHours} />);
  });

  app.get("/pieslegties/limenis", async (request, reply) =>
    reply
      .header("cache-control", "no-store")
      .page(<StepUpPage level={levelParam(request.query, "vajag")} back={backParam(request.query)} />),
  );

  // "Stay logged in": the session hook has already counted this request as activity.
  app.post("/sesija/pagarinat", { preHandler: signedIn("low") }, async (request, reply) => {
    const identity = requestIdentity(request);
    if (!identity) throw new AppError("login_required", 401);
    const accept = request.headers.accept ?? "";
    if (accept.includes("application/json"))
      return reply.header("cache-control", "no-store").send({ idleSecondsLeft: sessions.idleSecondsLeft(identity.session) });
    const back = backParam(request.body ?? {});
    return reply.redirect(back ?? localePath(request.locale, "/konts"), 303);
  });
}
