// "Active sessions": the person ends one of their other sessions (a computer left logged in).
import type { FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { AppError } from "../../../platform/errors.ts";
import { contextOf, type RequestIdentity } from "../request-identity.ts";
import { endSessionByPublicId } from "../sessions.repository.ts";

export async function endOtherSession(
  trx: Transaction<Tables>,
  request: FastifyRequest,
  identity: RequestIdentity,
  publicId: string,
  now: Date,
) {
  if (!/^[0-9a-f-]{36}$/.test(publicId)) throw new AppError("not_found", 404);
  const ended = await endSessionByPublicId(trx, identity.session.personId, publicId, now);
  if (!ended) throw new AppError("not_found", 404);
  await recordAudit(contextOf(request, trx), {
    event: "identity.session.end",
    subjectType: "person",
    subjectId: identity.session.personId,
    details: { session: publicId, from: identity.session.publicId },
  });
}
