// An administrator ends a staff membership; a session acting through it falls back to the
// person themselves on its next request.
import type { FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { AppError } from "../../../platform/errors.ts";
import { isUuid } from "../../../platform/identifiers/uuid.ts";
import { revokeMembership } from "../memberships.repository.ts";
import { contextOf, type RequestIdentity } from "../request-identity.ts";

export async function revokeStaffMembership(
  trx: Transaction<Tables>,
  request: FastifyRequest,
  identity: RequestIdentity,
  id: string,
  now: Date,
): Promise<void> {
  if (!isUuid(id)) throw new AppError("not_found", 404);
  // An administrator cannot remove their own way in by accident.
  if (identity.membership?.id === id) throw new AppError("identity_cannot_revoke_own", 400);
  const revoked = await revokeMembership(trx, id, identity.session.personId, now);
  if (!revoked) throw new AppError("not_found", 404);
  await recordAudit(contextOf(request, trx), {
    event: "identity.staff-membership.revoke",
    subjectType: "person",
    subjectId: revoked.personId,
    details: { membership: id, role: revoked.role, unit: `${revoked.unitKind}:${revoked.unitCode}` },
  });
}
