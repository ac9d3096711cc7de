// The person gives up a draft: it goes with its attachments. A submitted application is never deleted here.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";

export async function deleteDraft(ctx: Context, input: { applicationId: string }): Promise<boolean> {
  const deleted = await ctx.trx
    .deleteFrom("eservices.application")
    .where("id", "=", input.applicationId)
    .where("status", "=", "draft")
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) return false;
  await recordAudit(ctx, { event: "eservices.application.delete", subjectType: "application", subjectId: input.applicationId });
  return true;
}
