// Taking an article down: it leaves the public pages at once and stays with its editors, who may
// change it and publish it again.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";

export async function unpublishArticle(ctx: Context, input: { id: string; institution: string }, now: Date = new Date()): Promise<void> {
  const article = await ctx.trx
    .selectFrom("news.article")
    .select("status")
    .where("id", "=", input.id)
    .where("institution", "=", input.institution)
    .forUpdate()
    .executeTakeFirst();
  if (!article) throw new AppError("not_found", 404);
  if (article.status !== "published") return;
  await ctx.trx
    .updateTable("news.article")
    .set({ status: "unpublished", updated_at: now, updated_by: ctx.actor })
    .where("id", "=", input.id)
    .execute();
  await recordAudit(ctx, { event: "news.article.unpublish", subjectType: "news_article", subjectId: input.id });
}
