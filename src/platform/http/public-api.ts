// Public, read-only answers that any web page or system may fetch: open CORS (with the preflight
// a browser sends first), a minute in shared caches, and 304 for a client that already holds the
// current version (ETag). Refusals are JSON in the language the client asks for.
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../errors.ts";
import { DEFAULT_LOCALE } from "../i18n/locale.ts";
import { preferredLocale } from "./accept-language.ts";

export const PUBLIC_MAX_AGE_SECONDS = 60;

const JSON_TYPE = "application/json; charset=utf-8";

const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  // A cross-origin script sees only the safelisted headers unless told otherwise; revalidating
  // needs the ETag, and a request id helps when reporting a problem.
  "access-control-expose-headers": "ETag, X-Request-Id",
  // The platform's default keeps responses to this site; public data is meant for every site.
  "cross-origin-resource-policy": "cross-origin",
};

const PREFLIGHT_HEADERS = {
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-allow-headers": "Accept, Accept-Language, If-None-Match",
  "access-control-max-age": "86400",
};

export function etagOf(text: string): string {
  return `"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
}

function holdsCurrent(request: FastifyRequest, etag: string): boolean {
  const header = request.headers["if-none-match"];
  if (!header) return false;
  // If-None-Match compares weakly: W/"x" and "x" name the same version.
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

/** Sends `text` with its ETag and public cache headers, or 304 when the client holds this version. */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, text: string, type: string): FastifyReply {
  const etag = etagOf(text);
  reply.header("etag", etag).header("cache-control", `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
  if (holdsCurrent(request, etag)) return reply.code(304).send();
  return reply.type(type).send(text);
}

/**
 * The platform's JSON error (`{ error: { code, message, requestId } }`) plus `field`, the one
 * parameter at fault, whose own message then explains what is wrong with it.
 */
function sendRefusal(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const [field, key] = Object.entries(error.fields ?? {})[0] ?? [];
  request.log.info({ code: error.code, status: error.status, field }, "request refused");
  const body = { error: { code: error.code, message: request.t(key ?? error.code), ...(field ? { field } : {}), requestId: request.id } };
  return reply
    .code(error.status)
    .header("cache-control", "no-store")
    .header("vary", "Accept-Language")
    .type(JSON_TYPE)
    .send(JSON.stringify(body));
}

/** API addresses have no /en prefix; without one, Accept-Language chooses the messages' language. */
function useAskedLanguage(app: FastifyInstance, request: FastifyRequest): void {
  if (request.locale !== DEFAULT_LOCALE) return;
  const asked = preferredLocale(request.headers["accept-language"]);
  if (!asked) return;
  request.locale = asked;
  request.t = app.translator(asked);
}

export type PublicGetOptions = {
  /** The media type of the answer; JSON unless said. */
  type?: string;
};

/**
 * Registers GET (and so HEAD) and the CORS preflight for a public address. `answer` returns the
 * value to send as JSON, or throws an AppError below 500 to refuse: a refusal's first field names
 * the parameter at fault and its message key.
 */
export function publicGet(
  app: FastifyInstance,
  url: string,
  answer: (request: FastifyRequest) => Promise<unknown>,
  options: PublicGetOptions = {},
): void {
  const type = options.type ?? JSON_TYPE;
  app.get(url, async (request, reply) => {
    reply.headers(CORS_HEADERS);
    useAskedLanguage(app, request);
    let value: unknown;
    try {
      value = await answer(request);
    } catch (error) {
      if (error instanceof AppError && error.status < 500) return sendRefusal(request, reply, error);
      throw error;
    }
    return sendCacheable(request, reply, JSON.stringify(value), type);
  });
  app.options(url, async (_request, reply) =>
    reply
      .code(204)
      .headers({ ...CORS_HEADERS, ...PREFLIGHT_HEADERS })
      .send(),
  );
}
