// A new contact email or phone first gets a one-time code: it is saved only once the person types
// the code back (confirm-contact-code.ts), so notifications never go to an address they cannot read.
import { createHash, randomInt } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import { z } from "zod";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { AppError } from "../../../platform/errors.ts";
import type { OutgoingMessage } from "../../../platform/messaging/message-sender.ts";
import { type ContactChannel, codesSentSince, expirePendingCodes, insertCode } from "../contact-codes.repository.ts";
import { contextOf, type RequestIdentity } from "../request-identity.ts";

const CODE_TTL_MS = 10 * 60_000;
const MAX_CODES_PER_HOUR = 5;
export const MAX_ATTEMPTS = 5;

const email = z.email().max(254);
/** Latvian numbers may be written without the country code; anything else needs its own. */
const phone = z
  .string()
  .transform((s) => s.replace(/[\s()-]/g, ""))
  .transform((s) => (/^[2-9]\d{7}$/.test(s) ? `+371${s}` : s))
  .pipe(z.string().regex(/^\+[1-9]\d{7,14}$/));

/** Codes are kept only as hashes, salted with the person so that equal codes differ. */
export function hashContactCode(personId: string, code: string): string {
  return createHash("sha256").update(`${personId}:${code}`).digest("hex");
}

/** The address as it will be stored, or a field error. */
export function normaliseContact(channel: ContactChannel, value: unknown): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (text === "") throw new AppError("validation_failed", 400, { value: `identity.contact.${channel}.required` });
  const parsed = channel === "email" ? email.safeParse(text.toLowerCase()) : phone.safeParse(text);
  if (!parsed.success) throw new AppError("validation_failed", 400, { value: `identity.contact.${channel}.invalid` });
  return parsed.data;
}

/** Stores a new code and returns the message that carries it; the caller sends it after commit. */
export async function requestContactCode(
  trx: Transaction<Tables>,
  request: FastifyRequest,
  identity: RequestIdentity,
  channel: ContactChannel,
  value: unknown,
  now: Date,
): Promise<OutgoingMessage> {
  const to = normaliseContact(channel, value);
  const personId = identity.session.personId;
  if ((await codesSentSince(trx, personId, new Date(now.getTime() - 3_600_000))) >= MAX_CODES_PER_HOUR) {
    throw new AppError("validation_failed", 429, { value: "identity.contact.too_many_codes" });
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await expirePendingCodes(trx, personId, channel, now);
  await insertCode(trx, {
    personId,
    channel,
    value: to,
    codeHash: hashContactCode(personId, code),
    now,
    expiresAt: new Date(now.getTime() + CODE_TTL_MS),
  });
  await recordAudit(contextOf(request, trx), {
    event: "identity.contact-code.create",
    subjectType: "person",
    subjectId: personId,
    details: { channel },
  });
  const t = request.t;
  return {
    channel: channel === "email" ? "email" : "sms",
    to,
    subject: t("identity.contact.message.subject"),
    text: t("identity.contact.message.text", { code }),
  };
}
