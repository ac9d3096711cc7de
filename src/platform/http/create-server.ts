// The HTTP plumbing every route stands on: language from the URL, request ids, security
// headers, cookies, CSRF, rate limits, load shedding, body parsing, assets and error pages.
import { randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import formbody from "@fastify/formbody";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import underPressure from "@fastify/under-pressure";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { ComponentChildren } from "preact";
import { AppError } from "../errors.ts";
import { ASSETS_DIR, type AssetManifest } from "../html/assets.ts";
import type { SiteNotice } from "../html/page-context.ts";
import { type Locale, splitLocale } from "../i18n/locale.ts";
import type { Messages } from "../i18n/messages.ts";
import type { Logger } from "../logging/logger.ts";
import { registerErrorHandling, sendError, toAppError } from "./errors.tsx";
import { collapseLeadingSlashes } from "./local-path.ts";
import { registerPageReplies } from "./page-replies.ts";
import { securityHeaders } from "./security-headers.ts";
import "./types.ts";

export type HttpOptions = {
  publicUrl: string;
  logger: Logger;
  cookieSecret: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  rateLimit: { max: number; windowSeconds: number };
  bodyLimitBytes: number;
  /** Above this event-loop delay, pages get 503 instead of waiting in a queue. */
  maxEventLoopDelayMs: number;
  messages: Messages;
  assets: AssetManifest;
  /** Notices shown on top of every page, by locale; read from a cache, never per request. */
  notices: (locale: "lv" | "en") => SiteNotice[];
  /** Changes whenever the notices do, so pages rendered with old notices are not served. */
  noticesVersion: () => number;
};

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** The largest file any form accepts; a definition may set a lower limit per question. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const UNLIMITED = /^\/(assets\/|healthz|readyz)/;
// Machine-to-machine traffic authenticates its callers; a per-address page limit would throttle
// every system behind one address (Epak's own modules call the bus from loopback).
const NOT_PAGE_TRAFFIC = /^\/(r1|registri)\//;

export async function createHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const https = options.publicUrl.startsWith("https:");
  const headers = securityHeaders({ https });
  // Every response, errors included, gets the language, the translator, the request id and the
  // security headers before anything else can answer.
  const translators = { lv: options.messages.translator("lv"), en: options.messages.translator("en") };
  const prepare = (request: FastifyRequest, reply: FastifyReply) => {
    request.locale = request.raw.epakLocale ?? "lv";
    request.t = translators[request.locale];
    reply.headers(headers);
    reply.header("x-request-id", request.id);
  };
  let renderPage: ReturnType<typeof registerPageReplies>;
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    genReqId: () => randomUUID(),
    bodyLimit: options.bodyLimitBytes,
    trustProxy: options.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: "idle",
    // Requests Fastify cannot route at all (a badly encoded address) never reach the hooks.
    frameworkErrors(error, request, rawReply) {
      const reply = rawReply as unknown as FastifyReply;
      prepare(request, reply);
      const page = (body: ComponentChildren) => reply.type("text/html; charset=utf-8").send(renderPage(request, body, ""));
      sendError(request, reply, toAppError(error), page);
    },
    rewriteUrl(req) {
      const { locale, url } = splitLocale(collapseLeadingSlashes(req.url ?? "/"));
      req.epakLocale = locale;
      return collapseLeadingSlashes(url);
    },
  });

  app.decorateRequest("locale", "lv");
  app.decorateRequest("t", null as never);
  app.decorateRequest("viewer", null);
  app.decorate("translator", (locale: Locale) => translators[locale]);
  app.addHook("onRequest", async (request, reply) => prepare(request, reply));

  renderPage = registerPageReplies(app, options);
  registerErrorHandling(app);

  await app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs,
    // Shedding a page is better than timing out, but a page already sent still needs its
    // styles and scripts, and health checks must tell the truth about the process.
    pressureHandler: async (request) => {
      if (UNLIMITED.test(request.url)) return;
      throw new AppError("service_unavailable", 503);
    },
  });
  await app.register(cookie, {
    secret: options.cookieSecret,
    parseOptions: { httpOnly: true, sameSite: "lax", secure: options.cookieSecure, path: "/" },
  });
  await app.register(csrf, {
    sessionPlugin: "@fastify/cookie",
    cookieKey: "epak_csrf",
    cookieOpts: { signed: true, httpOnly: true, sameSite: "lax", secure: options.cookieSecure, path: "/" },
    getToken: (request) => {
      const body = request.body as Record<string, unknown> | undefined;
      const field = body?._csrf;
      if (typeof field === "string") return field;
      // A multipart form's fields arrive as parts: { value, fieldname, … }.
      const part = field as { value?: unknown } | undefined;
      if (typeof part?.value === "string") return part.value;
      const header = request.headers["x-csrf-token"];
      return typeof header === "string" ? header : "";
    },
  });
  // Forms with files: parsed before the CSRF check below (hooks run in the order they are
  // added), so the token is read from the parts like any other field. An oversized file is cut
  // and flagged rather than refused, so the page can say so next to the field.
  await app.register(multipart, {
    attachFieldsToBody: true,
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 10, fields: 1000, parts: 1010 },
  });
  // Every state-changing request must carry the form's token, unless its route says it
  // authenticates its callers otherwise (the data-exchange bus, payment callbacks).
  app.addHook("preValidation", (request, reply, done) => {
    if (!STATE_CHANGING.has(request.method) || request.routeOptions.config.csrf === false) return done();
    app.csrfProtection(request, reply, done);
  });
  await app.register(rateLimit, {
    global: true,
    max: options.rateLimit.max,
    timeWindow: options.rateLimit.windowSeconds * 1000,
    allowList: (request) => UNLIMITED.test(request.url) || NOT_PAGE_TRAFFIC.test(request.url),
    // The counters are told only to a client that has hit the limit (with Retry-After), not
    // on every page: three headers fewer on each response.
    addHeadersOnExceeding: { "x-ratelimit-limit": false, "x-ratelimit-remaining": false, "x-ratelimit-reset": false },
    errorResponseBuilder: () => new AppError("rate_limited", 429),
  });
  await app.register(formbody);
  await app.register(fastifyStatic, {
    root: ASSETS_DIR,
    prefix: "/assets/",
    cacheControl: false,
    setHeaders(reply) {
      // Versioned URLs (?v=<hash>) never change; anything else may, after a deploy.
      const versioned = /[?&]v=/.test(reply.request.raw.url ?? "");
      reply.header("cache-control", versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600");
    },
  });
  return app;
}
