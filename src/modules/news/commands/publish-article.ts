// Publishing puts an article on the public pages. The first time, the announcement to the
// subscribers is enqueued in the same transaction: it exists exactly when the publication does.
// An article taken down and put back is not announced again.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";

export const ANNOUNCE_JOB = "news.article.announce";

export type AnnounceJobData = { articleId: string };

export async function publishArticle(
  ctx: Context,
  jobs: Pick<JobSystem, "enqueue">,
  input: { id: string; institution: string },
  now: Date = new Date(),
): Promise<{ announced: boolean }> {
  const article = await ctx.trx
    .selectFrom("news.article")
    .select(["status", "published_at"])
    .where("id", "=", input.id)
    .where("institution", "=", input.institution)
    .forUpdate()
    .executeTakeFirst();
  if (!article) throw new AppError("not_found", 404);
  if (article.status === "published") return { announced: false };
  const first = article.published_at === null;
  await ctx.trx
    .updateTable("news.article")
    .set({ status: "published", published_at: article.published_at ?? now, updated_at: now, updated_by: ctx.actor })
    .where("id", "=", input.id)
    .execute();
  await recordAudit(ctx, { event: "news.article.publish", subjectType: "news_article", subjectId: input.id, details: { first } });
  if (first) await jobs.enqueue(ctx.trx, ANNOUNCE_JOB, { articleId: input.id } satisfies AnnounceJobData);
  return { announced: first };
}
