// Ends a mandate before its last day: the principal withdraws it, or the agent gives it up.
// Anyone else is told it does not exist.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { findMandate, markMandateRevoked } from "../mandates.repository.ts";

export async function revokeMandate(ctx: Context, input: { mandateId: string; personId: string; now: Date }): Promise<void> {
  const mandate = await findMandate(ctx.trx, input.mandateId);
  if (!mandate || (mandate.principalId !== input.personId && mandate.agentId !== input.personId)) throw new AppError("not_found", 404);
  if (!(await markMandateRevoked(ctx.trx, mandate.id, ctx.actor, input.now))) return;
  await recordAudit(ctx, {
    event: "mandates.mandate.revoke",
    subjectType: "person",
    subjectId: mandate.principalId,
    details: { mandate: mandate.id, agent: mandate.agentId, by: mandate.principalId === input.personId ? "principal" : "agent" },
  });
}
