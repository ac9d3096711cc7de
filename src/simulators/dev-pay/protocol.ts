// The development payment provider's protocol, as a provider publishes it to its merchants: JSON
// bodies, each signed with HMAC-SHA256 over its exact bytes with the secret both sides share,
// sent in the `x-devpay-signature` header as `sha256=<hex>`. It goes both ways: Epak signs what it
// asks (start, status, refund), the provider signs what it answers and every callback it sends.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Config } from "../../app/config.ts";
import { instanceSecret } from "../../platform/db/instance-secret.ts";
import type { Tables } from "../../platform/db/tables.ts";

export const SIGNATURE_HEADER = "x-devpay-signature";
export const DEV_PAY_PREFIX = "/dev-maksajumi";
/** Where Epak (the merchant) calls the provider; the browser never goes there. */
export const API_PREFIX = `${DEV_PAY_PREFIX}/api/v1`;

/** The name of the shared secret in platform.instance_secret, when DEV_PAY_SECRET is not set. */
export const DEV_PAY_SECRET = "dev-pay-secret";

/** The secret both sides sign with: the configured one, or one the instance makes and keeps. */
export async function devPaySecret({ db, config }: { db: Kysely<Tables>; config: Config }): Promise<string> {
  return config.payments.devPaySecret ?? (await instanceSecret(db, DEV_PAY_SECRET, () => randomBytes(32).toString("base64url")));
}

export function sign(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

export function signatureValid(body: string, header: string | undefined, secret: string): boolean {
  if (!header) return false;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const currency = z.literal("EUR");
const amount = z.number().int().positive().max(100_000_000);

export const startRequest = z.object({
  orderId: z.string().min(1).max(100),
  amountCents: amount,
  currency,
  reference: z.string().regex(/^RF\d{2}[A-Z0-9]{1,21}$/),
  /** What the payment is for, shown on the bank's page; never anyone's personal data. */
  description: z.string().min(1).max(140),
  recipient: z.string().min(1).max(140),
  method: z.enum(["bank", "card"]),
  locale: z.enum(["lv", "en"]),
  /** An address on the merchant's own site where the person's browser is sent back. */
  returnUrl: z.url(),
  /** A path on the merchant's site the provider posts the signed outcome to. */
  callbackPath: z.string().regex(/^\/[A-Za-z0-9/_-]*$/),
});
export type StartRequest = z.infer<typeof startRequest>;

export const startAnswer = z.object({ paymentId: z.string(), redirectUrl: z.url() });
export type StartAnswer = z.infer<typeof startAnswer>;

/** The state of a payment: what the status endpoint answers and what a callback carries. */
export const report = z.object({
  orderId: z.string(),
  paymentId: z.string(),
  state: z.enum(["pending", "paid", "cancelled", "failed"]),
  amountCents: z.number().int(),
  currency: z.string(),
  reference: z.string(),
  bank: z.string().nullable(),
  cardLast4: z
    .string()
    .regex(/^\d{4}$/)
    .nullable(),
  sentAt: z.string(),
});
export type Report = z.infer<typeof report>;

export const refundRequest = z.object({ orderId: z.string(), amountCents: amount, currency, reference: z.string() });
export type RefundRequest = z.infer<typeof refundRequest>;

export const refundAnswer = z.object({ orderId: z.string(), refundId: z.string() });
export type RefundAnswer = z.infer<typeof refundAnswer>;
