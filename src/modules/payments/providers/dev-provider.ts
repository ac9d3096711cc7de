// The adapter for the development payment provider (src/simulators/dev-pay), spoken to over HTTP
// exactly as an outside provider would be: signed JSON requests, signed answers and callbacks.
import {
  API_PREFIX,
  type Report,
  refundAnswer,
  report,
  SIGNATURE_HEADER,
  type StartRequest,
  sign,
  signatureValid,
  startAnswer,
} from "../../../simulators/dev-pay/protocol.ts";
import { CallbackRefused, type PaymentProvider, type ProviderReport, ProviderUnavailable } from "./provider.ts";

export type DevProviderOptions = {
  secret: string;
  /** Where the provider answers: this process's loopback address in development. */
  origin: () => string;
  fetch: typeof fetch;
};

const TIMEOUT_MS = 15_000;

function toReport(r: Report): ProviderReport {
  return {
    paymentId: r.orderId,
    providerPaymentId: r.paymentId,
    state: r.state,
    amountCents: r.amountCents,
    currency: r.currency,
    reference: r.reference,
    bank: r.bank,
    cardLast4: r.cardLast4,
  };
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function devProvider({ secret, origin, fetch }: DevProviderOptions): PaymentProvider {
  /** A signed call; only an answer signed by the provider is believed. */
  async function call(path: string, body: object | null): Promise<unknown> {
    const text = body === null ? "" : JSON.stringify(body);
    let response: Response;
    try {
      response = await fetch(`${origin()}${API_PREFIX}${path}`, {
        method: body === null ? "GET" : "POST",
        headers: { "content-type": "application/json", [SIGNATURE_HEADER]: sign(body === null ? path : text, secret) },
        ...(body === null ? {} : { body: text }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new ProviderUnavailable("the development payment provider did not answer", { cause: error });
    }
    const answer = await response.text();
    if (!response.ok) throw new ProviderUnavailable(`the development payment provider answered ${response.status}`);
    if (!signatureValid(answer, response.headers.get(SIGNATURE_HEADER) ?? undefined, secret)) {
      throw new ProviderUnavailable("the development payment provider's answer is not signed with the shared secret");
    }
    return JSON.parse(answer);
  }

  return {
    id: "dev",
    async start(input) {
      const request: StartRequest = {
        orderId: input.paymentId,
        amountCents: input.amountCents,
        currency: input.currency,
        reference: input.reference,
        description: input.description,
        recipient: input.recipient,
        method: input.method,
        locale: input.locale,
        returnUrl: input.returnUrl,
        callbackPath: input.callbackPath,
      };
      const parsed = startAnswer.safeParse(await call("/payments", request));
      if (!parsed.success) throw new ProviderUnavailable("the development payment provider's start answer is malformed");
      return { providerPaymentId: parsed.data.paymentId, redirectUrl: parsed.data.redirectUrl };
    },
    verifyCallback(rawBody, headers) {
      if (!signatureValid(rawBody, header(headers, SIGNATURE_HEADER), secret)) throw new CallbackRefused("signature");
      let json: unknown;
      try {
        json = JSON.parse(rawBody);
      } catch {
        throw new CallbackRefused("malformed");
      }
      const parsed = report.safeParse(json);
      if (!parsed.success) throw new CallbackRefused("malformed");
      return toReport(parsed.data);
    },
    async status({ providerPaymentId }) {
      const parsed = report.safeParse(await call(`/payments/${encodeURIComponent(providerPaymentId)}`, null));
      if (!parsed.success) throw new ProviderUnavailable("the development payment provider's status answer is malformed");
      return toReport(parsed.data);
    },
    async refund(input) {
      const parsed = refundAnswer.safeParse(
        await call(`/payments/${encodeURIComponent(input.providerPaymentId)}/refunds`, {
          orderId: input.paymentId,
          amountCents: input.amountCents,
          currency: input.currency,
          reference: input.reference,
        }),
      );
      if (!parsed.success) throw new ProviderUnavailable("the development payment provider's refund answer is malformed");
      return { refundId: parsed.data.refundId };
    },
  };
}
