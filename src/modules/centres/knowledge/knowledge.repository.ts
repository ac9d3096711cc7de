// Reading the knowledge base: every article, one by its address, and a search over both languages.
import { type Kysely, type Selectable, sql } from "kysely";
import type { CentresKnowledgeArticleTable, Tables } from "../../../platform/db/tables.ts";
import type { Text } from "../model.ts";
import type { Topic } from "./article-content.ts";
import { tsQuery } from "./search-terms.ts";

type Db = Kysely<Tables>;

export type KnowledgeArticle = {
  id: string;
  slug: string;
  topic: Topic;
  title: Text;
  body: Text;
  checkedOn: string;
  updatedAt: Date;
};

const COLUMNS = ["id", "slug", "topic", "title_lv", "title_en", "body_lv", "body_en", "checked_on", "updated_at"] as const;

function toArticle(row: Pick<Selectable<CentresKnowledgeArticleTable>, (typeof COLUMNS)[number]>): KnowledgeArticle {
  return {
    id: row.id,
    slug: row.slug,
    topic: row.topic,
    title: { lv: row.title_lv, en: row.title_en },
    body: { lv: row.body_lv, en: row.body_en },
    checkedOn: row.checked_on,
    updatedAt: row.updated_at,
  };
}

export async function allArticles(db: Db): Promise<KnowledgeArticle[]> {
  return (await db.selectFrom("centres.knowledge_article").select(COLUMNS).execute()).map(toArticle);
}

export async function articleBySlug(db: Db, slug: string): Promise<KnowledgeArticle | null> {
  const row = await db.selectFrom("centres.knowledge_article").select(COLUMNS).where("slug", "=", slug).executeTakeFirst();
  return row ? toArticle(row) : null;
}

/** Articles matching every word of the query, best first (a match in the title counts most). */
export async function searchArticles(db: Db, q: string): Promise<KnowledgeArticle[]> {
  const query = tsQuery(q);
  if (!query) return [];
  const rows = await db
    .selectFrom("centres.knowledge_article")
    .select(COLUMNS)
    .where(sql<boolean>`lexemes @@ to_tsquery('simple', ${query})`)
    .orderBy(sql`ts_rank(lexemes, to_tsquery('simple', ${query}))`, "desc")
    .orderBy("title_lv")
    .execute();
  return rows.map(toArticle);
}
