// A login that did not happen is kept for the audit (and, with the reason, for whoever looks
// into repeated failures); nobody is known, so it belongs to no person.
import type { FastifyReply } from "fastify";
import type { Transaction } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { recordLoginEvent } from "../persons.repository.ts";
import { userAgentOf } from "../request-identity.ts";

/** A login that did not happen: why, for the audit log and (when known) the person's history. */
export async function recordFailedLogin(trx: Transaction<Tables>, reply: FastifyReply, now: Date, reason: string): Promise<void> {
  const userAgent = userAgentOf(reply.request);
  await recordLoginEvent(trx, { personId: null, now, outcome: "failure", method: null, level: null, reason, userAgent });
  await recordAudit(
    { actor: "anonymous", onBehalfOf: null, channel: "online", trx, requestId: reply.request.id },
    { event: "identity.login.fail", details: { reason } },
  );
}
