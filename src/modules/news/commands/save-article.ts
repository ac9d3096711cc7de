// An editor writes a news article for their institution, or changes one of its articles. The
// address (slug) comes from the first Latvian title and stays, so links to it keep working.
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { type ArticleContent, contentProblems, tidyContent } from "../article-content.ts";
import { slugOf } from "../article-text.ts";
import { RESERVED_SLUGS } from "../paths.ts";

export type SaveArticleInput = {
  /** The article to change; a new one when absent. */
  id?: string;
  institution: string;
  content: ArticleContent;
};

async function freeSlug(ctx: Context, title: string): Promise<string> {
  const base = slugOf(title);
  const taken = new Set(
    (
      await ctx.trx
        .selectFrom("news.article")
        .select("slug")
        .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)]))
        .execute()
    ).map((r) => r.slug),
  );
  for (const reserved of RESERVED_SLUGS) taken.add(reserved);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function columns(content: ArticleContent) {
  return {
    title_lv: content.title.lv,
    title_en: content.title.en,
    summary_lv: content.summary.lv,
    summary_en: content.summary.en,
    body_lv: content.body.lv,
    body_en: content.body.en,
  };
}

export async function saveArticle(ctx: Context, input: SaveArticleInput, now: Date = new Date()): Promise<{ id: string }> {
  const content = tidyContent(input.content);
  const problems = contentProblems(content);
  if (Object.keys(problems).length > 0) throw new AppError("validation_failed", 400, problems);
  if (input.id === undefined) {
    const id = randomUUID();
    await ctx.trx
      .insertInto("news.article")
      .values({
        id,
        slug: await freeSlug(ctx, content.title.lv),
        institution: input.institution,
        ...columns(content),
        created_at: now,
        created_by: ctx.actor,
        updated_at: now,
        updated_by: ctx.actor,
      })
      .execute();
    await recordAudit(ctx, {
      event: "news.article.create",
      subjectType: "news_article",
      subjectId: id,
      details: { institution: input.institution },
    });
    return { id };
  }
  const updated = await ctx.trx
    .updateTable("news.article")
    .set({ ...columns(content), updated_at: now, updated_by: ctx.actor })
    .where("id", "=", input.id)
    .where("institution", "=", input.institution)
    .returning("id")
    .executeTakeFirst();
  if (!updated) throw new AppError("not_found", 404);
  await recordAudit(ctx, {
    event: "news.article.update",
    subjectType: "news_article",
    subjectId: input.id,
    details: { institution: input.institution },
  });
  return { id: input.id };
}
