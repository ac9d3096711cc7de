// The role switcher: act as oneself, for a company one represents, or as staff. The session
// gets a new id, so a token seen before the switch cannot act with the new rights.
import type { FastifyReply } from "fastify";
import type { Transaction } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { AppError } from "../../../platform/errors.ts";
import { isUuid } from "../../../platform/identifiers/uuid.ts";
import type { Principal } from "../acting-principals.ts";
import { findActiveMembership } from "../memberships.repository.ts";
import type { Company } from "../registers.ts";
import { contextOf, type RequestIdentity } from "../request-identity.ts";
import type { Acting } from "../sessions.repository.ts";
import type { Sessions } from "../sessions.ts";

/** Whom the person may act for besides themselves and their units, as found before the transaction. */
export type ActingChoices = { companies: Company[]; principals: Principal[] };

async function resolve(
  trx: Transaction<Tables>,
  identity: RequestIdentity,
  choice: string,
  { companies, principals }: ActingChoices,
): Promise<Acting> {
  if (choice === "self") return { kind: "self", id: null, label: null };
  const [kind, id = ""] = choice.split(":", 2);
  if (kind === "company") {
    const company = companies.find((c) => c.registrationNumber === id);
    if (!company) throw new AppError("validation_failed", 400, { acting: "identity.acting.not_representative" });
    return { kind: "company", id: company.registrationNumber, label: company.name };
  }
  if (kind === "person") {
    const principal = principals.find((p) => p.personId === id);
    if (!principal) throw new AppError("validation_failed", 400, { acting: "identity.acting.not_mandated" });
    return { kind: "person", id: principal.personId, label: principal.name };
  }
  if (kind === "staff") {
    const membership = isUuid(id) ? await findActiveMembership(trx, id) : null;
    if (!membership || membership.personId !== identity.session.personId) {
      throw new AppError("validation_failed", 400, { acting: "identity.acting.not_staff" });
    }
    return { kind: "staff", id: membership.id, label: null };
  }
  throw new AppError("validation_failed", 400, { acting: "identity.acting.required" });
}

export async function switchActing(
  trx: Transaction<Tables>,
  sessions: Sessions,
  reply: FastifyReply,
  identity: RequestIdentity,
  choice: string,
  /** The companies the person may act for alone (as the register answered) and the persons who mandated them. */
  choices: ActingChoices,
): Promise<Acting> {
  const acting = await resolve(trx, identity, choice, choices);
  const { session } = identity;
  const ctx = contextOf(reply.request, trx);
  await sessions.open(trx, reply, {
    personId: session.personId,
    level: session.level,
    method: session.method,
    acting,
    expiresAt: session.expiresAt,
    replacesLive: true,
  });
  await recordAudit(ctx, {
    event: "identity.acting.switch",
    subjectType: "person",
    subjectId: session.personId,
    details: { from: { kind: session.acting.kind, id: session.acting.id }, to: { kind: acting.kind, id: acting.id } },
  });
  return acting;
}
