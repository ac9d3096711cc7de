// A login the identity provider has vouched for becomes a person and a new session here.
import type { FastifyReply } from "fastify";
import type { Transaction } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import type { ProvenIdentity } from "../oidc/relying-party.ts";
import { recordLoginEvent, upsertPerson } from "../persons.repository.ts";
import type { Registers } from "../registers.ts";
import { type RequestIdentity, userAgentOf } from "../request-identity.ts";
import type { Acting } from "../sessions.repository.ts";
import type { Sessions } from "../sessions.ts";

/**
 * The acting subject of the session this login replaces, if it was the same person's and still
 * holds: a person who logs in again to step up goes on acting for the same company or unit.
 * Asks the enterprise register over the bus, so it runs before the login's transaction.
 */
export async function carriedActing(registers: Registers, previous: RequestIdentity | null, proven: ProvenIdentity): Promise<Acting> {
  const self: Acting = { kind: "self", id: null, label: null };
  if (!previous || previous.session.personalCode !== proven.personalCode) return self;
  const { acting } = previous.session;
  if (acting.kind === "company" && acting.id) {
    const userId = `user:${previous.session.personId}`;
    const company = await registers.mayRepresentAlone(proven.personalCode, userId, acting.id).catch(() => null);
    return company ? acting : self;
  }
  if (acting.kind === "staff") return previous.membership ? acting : self;
  return self;
}

export async function signIn(
  trx: Transaction<Tables>,
  sessions: Sessions,
  reply: FastifyReply,
  proven: ProvenIdentity,
  acting: Acting,
): Promise<string> {
  const now = sessions.now();
  const person = await upsertPerson(trx, {
    personalCode: proven.personalCode,
    givenName: proven.givenName,
    familyName: proven.familyName,
    now,
  });
  const publicId = await sessions.open(trx, reply, {
    personId: person.id,
    level: proven.level,
    method: proven.method,
    acting,
  });
  const userAgent = userAgentOf(reply.request);
  await recordLoginEvent(trx, {
    personId: person.id,
    now,
    outcome: "success",
    method: proven.method,
    level: proven.level,
    reason: null,
    userAgent,
  });
  await recordAudit(
    { actor: `user:${person.id}`, onBehalfOf: null, channel: "online", trx, requestId: reply.request.id },
    {
      event: "identity.session.create",
      subjectType: "person",
      subjectId: person.id,
      details: { session: publicId, method: proven.method, level: proven.level },
    },
  );
  return person.id;
}
