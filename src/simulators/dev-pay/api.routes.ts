// The provider's merchant API: start a payment, tell its state, refund it. Every request must be
// signed with the shared secret (a GET over its path, a POST over its body) and every answer is
// signed the same way, so neither side believes a message the other did not send.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Clock } from "../../platform/clock.ts";
import type { Tables } from "../../platform/db/tables.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import { createDevPayment, type DevPayment, expireIfStale, findDevPayment, recordRefund, reportOf } from "./dev-pay.repository.ts";
import { API_PREFIX, DEV_PAY_PREFIX, refundRequest, SIGNATURE_HEADER, sign, signatureValid, startRequest } from "./protocol.ts";

export type ApiDeps = { db: Kysely<Tables>; secret: string; clock: Clock; publicUrl: string };

const MAX_BODY = 16 * 1024;

function answer(reply: FastifyReply, secret: string, status: number, body: object) {
  const text = JSON.stringify(body);
  return reply.code(status).type("application/json").header(SIGNATURE_HEADER, sign(text, secret)).send(text);
}

/** The page the person is sent to: the bank link or the card form, in their language. */
export function pagePath(payment: Pick<DevPayment, "id" | "method" | "locale">): string {
  return localePath(payment.locale, `${DEV_PAY_PREFIX}/${payment.method === "bank" ? "banka" : "karte"}/${payment.id}`);
}

export function apiRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const signedBody = (request: FastifyRequest): unknown => {
    const raw = typeof request.body === "string" ? request.body : "";
    const header = request.headers[SIGNATURE_HEADER];
    if (!signatureValid(raw, Array.isArray(header) ? header[0] : header, deps.secret)) return null;
    try {
      return JSON.parse(raw);
    } catch {
      return null;
    }
  };
  const known = async (request: FastifyRequest): Promise<DevPayment | null> => {
    const { id } = request.params as { id: string };
    return isUuid(id) ? await findDevPayment(deps.db, id) : null;
  };

  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "string", bodyLimit: MAX_BODY }, (_request, body, done) => done(null, body));
    const open = { config: { csrf: false } };

    scope.post(`${API_PREFIX}/payments`, open, async (request, reply) => {
      const parsed = startRequest.safeParse(signedBody(request));
      if (!parsed.success) return answer(reply, deps.secret, 400, { error: "bad_request" });
      // The person may only be sent back to the merchant's own site.
      if (!parsed.data.returnUrl.startsWith(`${deps.publicUrl}/`)) return answer(reply, deps.secret, 400, { error: "bad_return_url" });
      const payment = await createDevPayment(deps.db, parsed.data, deps.clock.now());
      return answer(reply, deps.secret, 201, { paymentId: payment.id, redirectUrl: `${deps.publicUrl}${pagePath(payment)}` });
    });

    scope.get(`${API_PREFIX}/payments/:id`, open, async (request, reply) => {
      const header = request.headers[SIGNATURE_HEADER];
      const path = request.url.slice(API_PREFIX.length);
      if (!signatureValid(path, Array.isArray(header) ? header[0] : header, deps.secret)) {
        return answer(reply, deps.secret, 401, { error: "signature" });
      }
      const found = await known(request);
      if (!found) return answer(reply, deps.secret, 404, { error: "not_found" });
      const now = deps.clock.now();
      return answer(reply, deps.secret, 200, reportOf(await expireIfStale(deps.db, found, now), now));
    });

    scope.post(`${API_PREFIX}/payments/:id/refunds`, open, async (request, reply) => {
      const parsed = refundRequest.safeParse(signedBody(request));
      if (!parsed.success) return answer(reply, deps.secret, 400, { error: "bad_request" });
      const found = await known(request);
      if (!found || found.orderId !== parsed.data.orderId) return answer(reply, deps.secret, 404, { error: "not_found" });
      const matches = found.amountCents === parsed.data.amountCents && found.reference === parsed.data.reference;
      if (found.state !== "paid" || !matches) return answer(reply, deps.secret, 409, { error: "not_refundable" });
      const refundId = await recordRefund(deps.db, found.id, deps.clock.now());
      return answer(reply, deps.secret, 201, { orderId: found.orderId, refundId });
    });
  });
}
