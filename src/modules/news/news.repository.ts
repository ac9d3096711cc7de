// Reading articles: the published ones for everyone, and an institution's own for its editors.
import type { Kysely, Selectable } from "kysely";
import type { NewsArticleTable, Tables } from "../../platform/db/tables.ts";
import type { Locale } from "../../platform/i18n/locale.ts";

export type Text = Record<Locale, string>;
export type ArticleStatus = "draft" | "published" | "unpublished";

export type Article = {
  id: string;
  slug: string;
  institution: string;
  status: ArticleStatus;
  title: Text;
  summary: Text;
  body: Text;
  publishedAt: Date | null;
  updatedAt: Date;
};

export type ArticleSummary = Pick<Article, "slug" | "title" | "summary" | "publishedAt">;

const COLUMNS = [
  "id",
  "slug",
  "institution",
  "status",
  "title_lv",
  "title_en",
  "summary_lv",
  "summary_en",
  "body_lv",
  "body_en",
  "published_at",
  "updated_at",
] as const;

type Row = Pick<Selectable<NewsArticleTable>, (typeof COLUMNS)[number]>;

function articleOf(row: Row): Article {
  return {
    id: row.id,
    slug: row.slug,
    institution: row.institution,
    status: row.status,
    title: { lv: row.title_lv, en: row.title_en },
    summary: { lv: row.summary_lv, en: row.summary_en },
    body: { lv: row.body_lv, en: row.body_en },
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function publishedArticles(
  db: Kysely<Tables>,
  page: number,
  perPage: number,
): Promise<{ items: ArticleSummary[]; total: number }> {
  const items = await db
    .selectFrom("news.article")
    .select(["slug", "title_lv", "title_en", "summary_lv", "summary_en", "published_at"])
    .where("status", "=", "published")
    .orderBy("published_at", "desc")
    .orderBy("id", "desc")
    .limit(perPage)
    .offset((page - 1) * perPage)
    .execute();
  const { total } = await db
    .selectFrom("news.article")
    .select((eb) => eb.fn.countAll<string>().as("total"))
    .where("status", "=", "published")
    .executeTakeFirstOrThrow();
  return {
    items: items.map((r) => ({
      slug: r.slug,
      title: { lv: r.title_lv, en: r.title_en },
      summary: { lv: r.summary_lv, en: r.summary_en },
      publishedAt: r.published_at,
    })),
    total: Number(total),
  };
}

export async function publishedArticle(db: Kysely<Tables>, slug: string): Promise<Article | null> {
  const row = await db
    .selectFrom("news.article")
    .select(COLUMNS)
    .where("slug", "=", slug)
    .where("status", "=", "published")
    .executeTakeFirst();
  return row ? articleOf(row) : null;
}

/** An article of the institution; another institution's, or none, is null alike. */
export async function institutionArticle(db: Kysely<Tables>, id: string, institution: string): Promise<Article | null> {
  if (!UUID.test(id)) return null;
  const row = await db
    .selectFrom("news.article")
    .select(COLUMNS)
    .where("id", "=", id)
    .where("institution", "=", institution)
    .executeTakeFirst();
  return row ? articleOf(row) : null;
}

export async function institutionArticles(db: Kysely<Tables>, institution: string): Promise<Article[]> {
  const rows = await db
    .selectFrom("news.article")
    .select(COLUMNS)
    .where("institution", "=", institution)
    .orderBy("updated_at", "desc")
    .execute();
  return rows.map(articleOf);
}
