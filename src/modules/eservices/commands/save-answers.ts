// Saves what the person entered on a page: checked answers when they continue, or exactly what
// they typed when they save to come back later. Either way the draft lives 30 more days.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import type { Answers } from "../definition/model.ts";
import { draftExpiry } from "./start-application.ts";

export type SaveInput = {
  applicationId: string;
  answers: Answers;
  completedPages: string[];
  /** Address texts learnt while choosing addresses, kept for showing the choice again. */
  prefill?: Record<string, unknown>;
  page: string;
  now: Date;
};

export async function saveAnswers(ctx: Context, input: SaveInput): Promise<void> {
  const saved = await ctx.trx
    .updateTable("eservices.application")
    .set({
      answers: JSON.stringify(input.answers),
      completed_pages: JSON.stringify(input.completedPages),
      ...(input.prefill ? { prefill: JSON.stringify(input.prefill) } : {}),
      updated_at: input.now,
      expires_at: draftExpiry(input.now),
    })
    .where("id", "=", input.applicationId)
    .where("status", "=", "draft")
    .executeTakeFirst();
  if (Number(saved.numUpdatedRows) === 0) return;
  await recordAudit(ctx, {
    event: "eservices.application.save",
    subjectType: "application",
    subjectId: input.applicationId,
    details: { page: input.page },
  });
}
