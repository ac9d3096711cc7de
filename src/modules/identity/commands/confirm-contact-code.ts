// The person types the code sent to their new email or phone: a right code saves the contact as
// confirmed; every try is counted, so a code cannot be guessed.
import { timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { type ContactChannel, claimAttempt, markUsed } from "../contact-codes.repository.ts";
import { setVerifiedContact } from "../persons.repository.ts";
import { contextOf, type RequestIdentity } from "../request-identity.ts";
import { hashContactCode, MAX_ATTEMPTS } from "./request-contact-code.ts";

export async function confirmContactCode(
  trx: Transaction<Tables>,
  request: FastifyRequest,
  identity: RequestIdentity,
  channel: ContactChannel,
  typed: unknown,
  now: Date,
): Promise<{ verified: string } | { problem: string }> {
  const personId = identity.session.personId;
  const code = typeof typed === "string" ? typed.replace(/\s/g, "") : "";
  if (!/^\d{6}$/.test(code)) return { problem: "identity.contact.code.format" };
  const pending = await claimAttempt(trx, personId, channel, now, MAX_ATTEMPTS);
  if (!pending) return { problem: "identity.contact.code.expired" };
  const expected = Buffer.from(pending.codeHash, "hex");
  const given = Buffer.from(hashContactCode(personId, code), "hex");
  if (!timingSafeEqual(expected, given)) {
    await recordAudit(contextOf(request, trx), {
      event: "identity.contact-code.fail",
      subjectType: "person",
      subjectId: personId,
      details: { channel },
    });
    // Returned, not thrown: the counted attempt must be committed.
    return { problem: "identity.contact.code.wrong" };
  }
  if (!(await markUsed(trx, pending.id, now))) return { problem: "identity.contact.code.expired" };
  await setVerifiedContact(trx, personId, channel, pending.value, now);
  await recordAudit(contextOf(request, trx), {
    event: "identity.contact.verify",
    subjectType: "person",
    subjectId: personId,
    details: { channel },
  });
  return { verified: pending.value };
}
