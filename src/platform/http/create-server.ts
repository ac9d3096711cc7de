// The HTTP plumbing every route stands on: language from the URL, request ids, security
// headers, cookies, CSRF, rate limits, load shedding, body parsing, assets and error pages.
import { randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import formbody from "@fastify/formbody";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import underPressure from "@fastify/under-pressure";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from "fastify";
import type { ComponentChildren } from "preact";
import { AppError } from "../errors.ts";
import { ASSETS_DIR, type AssetManifest, assetUrl } from "../html/assets.ts";
import type { SiteNotice } from "../html/page-context.ts";
import { renderDocument } from "../html/render.tsx";
import { splitLocale } from "../i18n/locale.ts";
import type { Messages } from "../i18n/messages.ts";
import type { Logger } from "../logging/logger.ts";
import { registerErrorHandling } from "./errors.tsx";
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

const STATIC_PAGE_CACHE_SIZE = 200;
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const UNLIMITED = /^\/(assets\/|healthz|readyz)/;

function pathOf(request: FastifyRequest): string {
  return request.url.split("?")[0] ?? "/";
}

function queryOf(request: FastifyRequest): string {
  const at = request.url.indexOf("?");
  return at === -1 ? "" : request.url.slice(at);
}

export async function createHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const https = options.publicUrl.startsWith("https:");
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    genReqId: () => randomUUID(),
    bodyLimit: options.bodyLimitBytes,
    trustProxy: options.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: "idle",
    rewriteUrl(req) {
      const { locale, url } = splitLocale(req.url ?? "/");
      req.epakLocale = locale;
      return url;
    },
  });

  app.decorateRequest("locale", "lv");
  app.decorateRequest("t", null as never);
  app.addHook("onRequest", async (request, reply) => {
    request.locale = request.raw.epakLocale ?? "lv";
    request.t = options.messages.translator(request.locale);
    reply.header("x-request-id", request.id);
  });

  const render = (request: FastifyRequest, body: ComponentChildren, query: string) =>
    renderDocument(
      {
        locale: request.locale,
        t: request.t,
        path: pathOf(request),
        query,
        asset: (name) => assetUrl(options.assets, name),
        notices: options.notices(request.locale),
      },
      body,
    );
  app.decorateReply("page", function page(body: ComponentChildren) {
    const query = this.request.method === "GET" ? queryOf(this.request) : "";
    return this.type("text/html; charset=utf-8").send(render(this.request, body, query));
  });
  // Kept as bytes: a cached page is sent as it is, without encoding it again per request.
  const rendered = new Map<string, Buffer>();
  app.decorateReply("staticPage", function staticPage(body: () => ComponentChildren) {
    const key = `${options.noticesVersion()}|${this.request.locale}|${pathOf(this.request)}`;
    let html = rendered.get(key);
    if (html === undefined) {
      // Bounded: a handful of static pages per language; old notice versions are dropped.
      if (rendered.size >= STATIC_PAGE_CACHE_SIZE) rendered.clear();
      // Rendered without the query string: the page is shared, so nothing of one request's
      // address may end up in it (the language switch links to the plain page).
      html = Buffer.from(render(this.request, body(), ""));
      rendered.set(key, html);
    }
    return this.type("text/html; charset=utf-8").send(html);
  });

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
  const headers = securityHeaders({ https });
  app.addHook("onRequest", async (_request, reply) => {
    reply.headers(headers);
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
      const header = request.headers["x-csrf-token"];
      return typeof header === "string" ? header : "";
    },
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
    allowList: (request) => UNLIMITED.test(request.url),
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
