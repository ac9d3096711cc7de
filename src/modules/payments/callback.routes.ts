// Where providers post the outcome of a payment. No session and no form token: the caller is
// known by the signature over the exact bytes it sent, so the body is kept as it arrived.
import type { FastifyInstance } from "fastify";
import type { Context } from "../../platform/context.ts";
import { AppError } from "../../platform/errors.ts";
import { callbackPath, type FlowDeps, receiveCallback } from "./payment-flow.ts";

const MAX_CALLBACK_BYTES = 64 * 1024;

export function callbackRoutes(app: FastifyInstance, deps: FlowDeps): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "string", bodyLimit: MAX_CALLBACK_BYTES }, (_request, body, done) => done(null, body));
    scope.post<{ Params: { provider: string } }>(callbackPath(":provider"), { config: { csrf: false } }, async (request, reply) => {
      if (!deps.registry.knows(request.params.provider)) throw new AppError("not_found", 404);
      const contextFor = (trx: Context["trx"]): Context => ({
        actor: `system:payments.callback.${request.params.provider}`,
        onBehalfOf: null,
        channel: "api",
        trx,
        requestId: request.id,
      });
      const result = await receiveCallback(deps, contextFor, {
        provider: request.params.provider,
        rawBody: typeof request.body === "string" ? request.body : "",
        headers: request.headers,
      });
      if (result.outcome === "refused") {
        request.log.warn({ provider: request.params.provider, problem: result.problem }, "payment callback refused");
        return reply.code(400).send({ error: { code: `payments_callback_${result.problem}` } });
      }
      return reply.send({ outcome: result.outcome });
    });
  });
}
