// Every failure answers in the person's language, as a page for browsers and as
// `{ error: { code, message } }` for API clients; a stack trace only ever reaches the log.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ComponentChildren } from "preact";
import { AppError } from "../errors.ts";
import { ErrorPage } from "./error-page.tsx";
import { safeLocalPath } from "./local-path.ts";

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "body_too_large",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "bad_request",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_EMPTY_JSON_BODY: "bad_request",
  FST_ERR_CTP_INVALID_JSON_BODY: "bad_request",
  FST_CSRF_INVALID_TOKEN: "csrf_invalid",
  FST_CSRF_MISSING_SECRET: "csrf_invalid",
  FST_REQ_FILE_TOO_LARGE: "body_too_large",
  FST_PARTS_LIMIT: "body_too_large",
  FST_FILES_LIMIT: "body_too_large",
  FST_FIELDS_LIMIT: "body_too_large",
  FST_INVALID_MULTIPART_CONTENT_TYPE: "bad_request",
  FST_ERR_VALIDATION: "validation_failed",
};

export function toAppError(error: FastifyError | AppError | Error): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped) return new AppError(mapped, fastifyError.statusCode ?? 400);
  if (fastifyError.statusCode === 429) return new AppError("rate_limited", 429);
  // Errors from the body parsers carry a 4xx status: the request was bad, not the server.
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError("bad_request", fastifyError.statusCode);
  }
  return new AppError("internal_error", 500);
}

export function wantsJson(request: FastifyRequest): boolean {
  const path = request.url;
  if (path.startsWith("/api/") || path.startsWith("/healthz") || path.startsWith("/readyz")) return true;
  const accept = request.headers.accept ?? "";
  return accept.includes("application/json") && !accept.includes("text/html");
}

/** The page a failed form came from, if it is on this site: somewhere useful to send the person back to. */
function sameSiteReferer(request: FastifyRequest): string | null {
  const referer = request.headers.referer;
  const host = request.headers.host;
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    return url.host === host ? safeLocalPath(`${url.pathname}${url.search}`) : null;
  } catch {
    return null;
  }
}

/** Renders a page as the reply; replies Fastify makes before routing lack reply.page(). */
export type PageSender = (body: ComponentChildren) => FastifyReply;

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  appError: AppError,
  page: PageSender = (body) => reply.page(body),
): FastifyReply {
  reply.code(appError.status);
  if (wantsJson(request)) {
    return reply.send({
      error: {
        code: appError.code,
        message: request.t(appError.code),
        requestId: request.id,
        ...(appError.fields ? { fields: Object.fromEntries(Object.entries(appError.fields).map(([f, key]) => [f, request.t(key)])) } : {}),
      },
    });
  }
  const backTo = request.method === "GET" ? null : sameSiteReferer(request);
  return page(<ErrorPage code={appError.code} requestId={request.id} backTo={backTo} />);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, "request failed");
    else request.log.info({ code: appError.code, status: appError.status }, "request refused");
    if (reply.sent) return;
    return sendError(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError("not_found", 404)));
}
