// A person mandates another to act for them. The agent was found in the population register
// before the transaction (by personal code, with the family name typed to match, so a mistyped
// code does not quietly mandate a stranger).
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { insertMandate } from "../mandates.repository.ts";
import type { Terms } from "./terms-input.ts";

export type GrantInput = {
  principal: { id: string; name: string };
  agent: { id: string; name: string };
  terms: Terms;
  now: Date;
};

export async function grantMandate(ctx: Context, input: GrantInput): Promise<string> {
  if (input.principal.id === input.agent.id) throw new AppError("validation_failed", 400, { agentCode: "mandates.grant.self" });
  const id = randomUUID();
  await insertMandate(ctx.trx, {
    id,
    principalId: input.principal.id,
    principalName: input.principal.name,
    agentId: input.agent.id,
    agentName: input.agent.name,
    ...input.terms,
    createdAt: input.now,
  });
  // Both sides are on the record: the principal as subject, the agent in the details.
  await recordAudit(ctx, {
    event: "mandates.mandate.grant",
    subjectType: "person",
    subjectId: input.principal.id,
    details: {
      mandate: id,
      agent: input.agent.id,
      allServices: input.terms.allServices,
      services: input.terms.services,
      validFrom: input.terms.validFrom,
      validUntil: input.terms.validUntil,
    },
  });
  return id;
}
