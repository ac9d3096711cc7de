// An administrator withdraws a grant; the gateway refuses the consumer's next call.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { isUuid } from "../../../platform/identifiers/uuid.ts";

export async function revokeAccess(ctx: Context, grantId: string): Promise<void> {
  const row = isUuid(grantId)
    ? await ctx.trx
        .updateTable("exchange.access_grant")
        .set({ revoked_at: new Date(), revoked_by: ctx.actor })
        .where("id", "=", grantId)
        .where("revoked_at", "is", null)
        .returning("id")
        .executeTakeFirst()
    : undefined;
  if (!row) throw new AppError("not_found", 404);
  await recordAudit(ctx, { event: "exchange.grant.revoke", subjectType: "access_grant", subjectId: grantId });
}
