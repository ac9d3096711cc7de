// "Active sessions": the person ends one of their other sessions (a computer left logged in).
import type { FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { AppError } from "../../../platform/errors.ts";
import { isUuid } from "../../../platform/identifiers/uuid.ts";
import { contextOf, type RequestIdentity } from "../request-identity.ts";
import { endSessionByPublicId, isSessionOf } from "../sessions.repository.ts";

export async function endOtherSession(
  trx: Transaction<Tables>,
  request: FastifyRequest,
  identity: RequestIdentity,
  publicId: string,
  now: Date,
) {
  if (!isUuid(publicId)) throw new AppError("not_found", 404);
  // This session ends by logging out, which also ends it at the identity provider.
  if (publicId === identity.session.publicId) throw new AppError("validation_failed", 400);
  if (!(await endSessionByPublicId(trx, identity.session.personId, publicId, now))) {
    // Ended already (a second click, another tab): the person sees the same result. Someone
    // else's session is not found, whether it exists or not.
    if (await isSessionOf(trx, identity.session.personId, publicId)) return;
    throw new AppError("not_found", 404);
  }
  await recordAudit(contextOf(request, trx), {
    event: "identity.session.end",
    subjectType: "person",
    subjectId: identity.session.personId,
    details: { session: publicId, from: identity.session.publicId },
  });
}
