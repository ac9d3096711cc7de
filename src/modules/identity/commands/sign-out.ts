// Logging out ends this session (or all of the person's sessions) here; the route then asks the
// identity provider to end its own.
import type { FastifyReply } from "fastify";
import type { Transaction } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { contextOf, type RequestIdentity } from "../request-identity.ts";
import { endOtherSessions } from "../sessions.repository.ts";
import type { Sessions } from "../sessions.ts";

export async function signOut(
  trx: Transaction<Tables>,
  sessions: Sessions,
  reply: FastifyReply,
  identity: RequestIdentity,
  everywhere: boolean,
): Promise<void> {
  const ctx = contextOf(reply.request, trx);
  const others = everywhere ? await endOtherSessions(trx, identity.session.personId, identity.session.tokenHash, sessions.now()) : 0;
  await sessions.close(trx, reply, everywhere ? "logout_everywhere" : "logout");
  await recordAudit(ctx, {
    event: everywhere ? "identity.session.end-all" : "identity.session.end",
    subjectType: "person",
    subjectId: identity.session.personId,
    details: { session: identity.session.publicId, otherSessionsEnded: others },
  });
}
