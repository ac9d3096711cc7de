// The gateway: authenticates the consumer, checks its grant for the service, forwards the call to
// the provider and answers with the provider's reply, logging every call it can name a service
// for. Headers follow the X-Road REST message protocol, so a real security server can stand in front.
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AppServices } from "../../../platform/module.ts";
import { DATA_SUBJECTS_HEADER } from "../../../simulators/provider-app.ts";
import { type LogEntry, type MessageLog, sha256 } from "../message-log.ts";
import type { CircuitBreakers } from "./circuit-breaker.ts";
import { authenticates } from "./consumer-auth.ts";
import { ForwardError, forward } from "./forward.ts";
import type { ExchangeKeys } from "./provider-key.ts";
import type { RegistryCache } from "./registry-cache.ts";
import { isClientId, parseServiceAddress } from "./service-address.ts";

export type GatewayDeps = {
  services: AppServices;
  log: MessageLog;
  breakers: CircuitBreakers;
  keys: ExchangeKeys;
  registry: RegistryCache;
};

type Failure = { code: string; status: number; type: string };

const FAILURES = {
  invalid_service_address: { status: 400, type: "Client.InvalidServiceAddress" },
  invalid_client: { status: 400, type: "Client.InvalidClientHeader" },
  invalid_credentials: { status: 401, type: "Client.AuthenticationFailed" },
  unknown_service: { status: 404, type: "Server.ServerProxy.UnknownService" },
  no_grant: { status: 403, type: "Server.ServerProxy.AccessDenied" },
  provider_unavailable: { status: 503, type: "Server.ServerProxy.ServiceFailed" },
  provider_timeout: { status: 504, type: "Server.ServerProxy.ServiceTimeout" },
  log_unavailable: { status: 500, type: "Server.ServerProxy.LoggingFailed" },
} as const;

function failure(code: keyof typeof FAILURES): Failure {
  return { code, ...FAILURES[code] };
}

const PASSED_ON = ["accept", "accept-language", "content-type", "x-road-userid", "x-road-issue", "x-road-represented-party"];
const PASSED_BACK = ["content-type", "content-language", "etag", "last-modified", "cache-control"];

function header(request: FastifyRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === "string" && value.length > 0 ? value.slice(0, 500) : null;
}

function sendFailure(request: FastifyRequest, reply: FastifyReply, f: Failure, messageId: string): FastifyReply {
  return reply
    .code(f.status)
    .header("x-road-id", messageId)
    .header("x-road-error", f.type)
    .header("cache-control", "no-store")
    .send({ error: { code: f.code, message: request.t(`exchange.error.${f.code}`), type: f.type, requestId: request.id } });
}

function providerSystem(serviceId: string): string {
  return serviceId.split("/").slice(0, 4).join("/");
}

function providerUrl(deps: GatewayDeps, baseUrl: string, path: string, query: string): URL {
  const base = baseUrl.startsWith("/") ? `${deps.services.localOrigin()}${baseUrl}` : baseUrl;
  return new URL(`${base.replace(/\/$/, "")}${path}${query}`);
}

async function handle(deps: GatewayDeps, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const started = performance.now();
  const messageId = header(request, "x-road-id") ?? randomUUID();
  const address = parseServiceAddress(request.url);
  if (!address) return sendFailure(request, reply, failure("invalid_service_address"), messageId);
  const clientId = header(request, "x-road-client");
  if (!clientId || !isClientId(clientId)) return sendFailure(request, reply, failure("invalid_client"), messageId);

  const body = Buffer.isBuffer(request.body) ? request.body : null;
  const requestText = `${request.method} ${address.serviceId}${address.path}${address.query}\n`;
  const entry: LogEntry = {
    messageId,
    loggedAt: new Date(),
    consumer: clientId,
    service: address.serviceId,
    method: request.method,
    userId: header(request, "x-road-userid"),
    issue: header(request, "x-road-issue"),
    representedParty: header(request, "x-road-represented-party"),
    grantId: null,
    purpose: null,
    status: 0,
    errorCode: null,
    durationMs: 0,
    requestHash: sha256(body ? Buffer.concat([Buffer.from(requestText), body]) : requestText),
    responseHash: null,
    requestBody: null,
    responseBody: null,
    subjects: [],
  };
  const finish = async (f: Failure | null, send?: () => FastifyReply): Promise<FastifyReply> => {
    entry.durationMs = Math.round(performance.now() - started);
    if (f) Object.assign(entry, { status: f.status, errorCode: f.code });
    try {
      await deps.log.append(entry);
    } catch (error) {
      request.log.error({ err: error }, "exchange message log write failed");
      return sendFailure(request, reply, failure("log_unavailable"), messageId);
    }
    return f || !send ? sendFailure(request, reply, f ?? failure("log_unavailable"), messageId) : send();
  };

  const { registry } = deps;
  const consumer = await registry.consumer(clientId);
  if (!consumer || !authenticates(request.headers.authorization, consumer, new Date())) return finish(failure("invalid_credentials"));
  const service = await registry.service(address.serviceId);
  if (service?.status !== "active") return finish(failure("unknown_service"));
  const grant = await registry.grant(consumer.id, service.id);
  if (!grant) return finish(failure("no_grant"));
  entry.grantId = grant.id;
  entry.purpose = grant.purposeLv;
  if (grant.logBodies) entry.requestBody = body ? `${requestText}${body.toString("utf8")}` : requestText;

  const system = providerSystem(service.serviceId);
  if (!deps.breakers.allows(system)) return finish(failure("provider_unavailable"));
  const headers: Record<string, string> = {
    authorization: `Bearer ${deps.keys.providerKey(system)}`,
    "x-road-client": clientId,
    "x-road-service": service.serviceId,
    "x-road-id": messageId,
  };
  for (const name of PASSED_ON) {
    const value = header(request, name);
    if (value) headers[name] = value;
  }
  let answer: Awaited<ReturnType<typeof forward>>;
  try {
    answer = await forward({
      url: providerUrl(deps, service.baseUrl, address.path, address.query),
      method: request.method,
      headers,
      body,
      timeoutMs: service.timeoutMs,
    });
  } catch (error) {
    deps.breakers.failed(system);
    const timedOut = error instanceof ForwardError && error.kind === "timeout";
    return finish(failure(timedOut ? "provider_timeout" : "provider_unavailable"));
  }
  if (answer.status >= 500) deps.breakers.failed(system);
  else deps.breakers.succeeded(system);

  const subjects = answer.headers[DATA_SUBJECTS_HEADER];
  entry.subjects = typeof subjects === "string" ? subjects.split(",").filter(Boolean) : [];
  entry.status = answer.status;
  entry.responseHash = sha256(answer.body);
  if (grant.logBodies) entry.responseBody = answer.body.toString("utf8");
  return finish(null, () => {
    for (const name of PASSED_BACK) {
      const value = answer.headers[name];
      if (typeof value === "string") reply.header(name, value);
    }
    return reply
      .code(answer.status)
      .header("x-road-id", messageId)
      .header("x-road-client", clientId)
      .header("x-road-service", service.serviceId)
      .header("x-road-request-hash", entry.requestHash)
      .send(answer.body);
  });
}

export function gatewayRoutes(app: FastifyInstance, deps: GatewayDeps): void {
  app.register(async (scope) => {
    // The body goes on to the provider as it came; the gateway does not parse it.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "buffer" }, (_request, payload, done) => done(null, payload));
    scope.route({
      method: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
      url: "/r1/*",
      config: { csrf: false, rateLimit: false },
      handler: (request, reply) => handle(deps, request, reply),
    });
  });
}
