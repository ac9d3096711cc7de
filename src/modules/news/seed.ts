// Demo news, published long ago: they are on the pages from the start and are not announced to
// anyone (there are no subscribers in a new database anyway).
import { recordAudits } from "../../platform/audit/audit.ts";
import type { Context } from "../../platform/context.ts";
import { DEMO_ARTICLES } from "./demo/articles.ts";

/** The ministry that measures the e-index, as staff memberships name it. */
const PUBLISHER = "VARAM";

export async function seedNews(ctx: Context): Promise<void> {
  const rows = await ctx.trx
    .insertInto("news.article")
    .values(
      DEMO_ARTICLES.map((a) => ({
        slug: a.slug,
        institution: PUBLISHER,
        status: "published" as const,
        title_lv: a.title.lv,
        title_en: a.title.en,
        summary_lv: a.summary.lv,
        summary_en: a.summary.en,
        body_lv: a.body.lv,
        body_en: a.body.en,
        published_at: new Date(a.publishedAt),
        created_at: new Date(a.publishedAt),
        created_by: ctx.actor,
        updated_at: new Date(a.publishedAt),
        updated_by: ctx.actor,
      })),
    )
    .returning("id")
    .execute();
  await recordAudits(
    ctx,
    rows.map((r) => ({ event: "news.article.create", subjectType: "news_article", subjectId: r.id, details: { institution: PUBLISHER } })),
  );
}
