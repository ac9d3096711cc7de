// An administrator writes a knowledge base article or changes one. The address comes from the
// first Latvian title and stays, so links consultants have kept keep working.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { type ArticleContent, contentProblems, type Topic, tidyContent } from "../knowledge/article-content.ts";
import { articleLexemes, slugOf } from "../knowledge/article-index.ts";

export type SaveKnowledgeArticleInput = {
  /** The article to change, by its address; a new one when absent. */
  slug?: string;
  content: ArticleContent;
  /** Today in Riga: an article cannot have been checked later than that. */
  today: string;
};

/** Reserved: the address of the form for a new article. */
const RESERVED = new Set(["jauns"]);

async function freeSlug(ctx: Context, title: string): Promise<string> {
  const base = slugOf(title);
  const rows = await ctx.trx
    .selectFrom("centres.knowledge_article")
    .select("slug")
    .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)]))
    .execute();
  const taken = new Set([...rows.map((r) => r.slug), ...RESERVED]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function columns(content: ArticleContent) {
  return {
    topic: content.topic as Topic,
    title_lv: content.title.lv,
    title_en: content.title.en,
    body_lv: content.body.lv,
    body_en: content.body.en,
    checked_on: content.checkedOn,
    lexemes: articleLexemes(content.title, content.body),
  };
}

export async function saveKnowledgeArticle(ctx: Context, input: SaveKnowledgeArticleInput, now: Date): Promise<{ slug: string }> {
  const content = tidyContent(input.content);
  const problems = contentProblems(content, input.today);
  if (Object.keys(problems).length > 0) throw new AppError("validation_failed", 400, problems);
  if (input.slug === undefined) {
    const slug = await freeSlug(ctx, content.title.lv);
    const { id } = await ctx.trx
      .insertInto("centres.knowledge_article")
      .values({ slug, ...columns(content), created_at: now, created_by: ctx.actor, updated_at: now, updated_by: ctx.actor })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(ctx, {
      event: "centres.knowledge-article.create",
      subjectType: "knowledge_article",
      subjectId: id,
      details: { slug, topic: content.topic },
    });
    return { slug };
  }
  const updated = await ctx.trx
    .updateTable("centres.knowledge_article")
    .set({ ...columns(content), updated_at: now, updated_by: ctx.actor })
    .where("slug", "=", input.slug)
    .returning("id")
    .executeTakeFirst();
  if (!updated) throw new AppError("not_found", 404);
  await recordAudit(ctx, {
    event: "centres.knowledge-article.update",
    subjectType: "knowledge_article",
    subjectId: updated.id,
    details: { slug: input.slug, topic: content.topic, checkedOn: content.checkedOn },
  });
  return { slug: input.slug };
}
