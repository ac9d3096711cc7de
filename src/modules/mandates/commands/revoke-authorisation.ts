// Ends a written authorisation: the person it is from withdraws it in their account, or a
// consultant of the centre where it was recorded does so at the person's request.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { findAuthorisation, markAuthorisationRevoked } from "../authorisations.repository.ts";

export async function revokeAuthorisation(
  ctx: Context,
  input: { authorisationId: string; by: { personId: string } | { centre: string }; now: Date },
): Promise<void> {
  const found = await findAuthorisation(ctx.trx, input.authorisationId);
  const allowed = found && ("personId" in input.by ? found.personId === input.by.personId : found.centre === input.by.centre);
  if (!found || !allowed) throw new AppError("not_found", 404);
  if (!(await markAuthorisationRevoked(ctx.trx, found.id, ctx.actor, input.now))) return;
  await recordAudit(ctx, {
    event: "mandates.authorisation.revoke",
    subjectType: "person",
    subjectId: found.personId,
    details: { authorisation: found.id, number: found.number, by: "personId" in input.by ? "person" : "centre" },
  });
}
