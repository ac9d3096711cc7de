// Throwing the working copy away. A published e-service goes back to its latest version; one never
// published has nothing else, so it is removed and its catalogue service may get a new one.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { ownDefinitionRow } from "./definition-guard.ts";

/** Whether the e-service is still there afterwards. */
export async function discardDefinitionDraft(ctx: Context, input: { service: string }): Promise<{ removed: boolean }> {
  const row = await ownDefinitionRow(ctx, input.service);
  if (row.draft === null) throw new AppError("eservices_no_draft", 409);
  const removed = row.published_version === null;
  if (removed) await ctx.trx.deleteFrom("eservices.definition").where("service", "=", input.service).execute();
  else
    await ctx.trx
      .updateTable("eservices.definition")
      .set({ draft: null, draft_updated_by: null, draft_updated_at: null })
      .where("service", "=", input.service)
      .execute();
  await recordAudit(ctx, {
    event: "eservices.definition.discard",
    subjectType: "eservice",
    subjectId: input.service,
    details: { removed },
  });
  return { removed };
}
