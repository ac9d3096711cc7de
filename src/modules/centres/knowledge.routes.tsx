// The consultants' knowledge base under /darbs/zinasana. Consultants and administrators read and
// search it; only administrators write and change articles. Every change is audited.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { dateInRiga } from "../../platform/calendar/business-days.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { formFields } from "../../platform/http/form-fields.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import type { AppServices } from "../../platform/module.ts";
import { actingAsStaff, contextOf, requireIdentity } from "../identity/index.ts";
import { saveKnowledgeArticle } from "./commands/save-knowledge-article.ts";
import { ARTICLE_FIELDS, type ArticleField, contentOfFields } from "./knowledge/article-content.ts";
import { allArticles, articleBySlug, type KnowledgeArticle, searchArticles } from "./knowledge/knowledge.repository.ts";
import { KNOWLEDGE_PATHS, KNOWLEDGE_QUERY } from "./paths.ts";
import { queryValue } from "./request-values.ts";
import { KnowledgeFormPage } from "./views/knowledge-form.tsx";
import { KnowledgeArticlePage, KnowledgeListPage } from "./views/knowledge-pages.tsx";

type Values = Record<ArticleField, string>;

/** `?saglabats=1` after a save, for the banner on the article. */
const SAVED = "saglabats";

function valuesOf(article: KnowledgeArticle): Values {
  return {
    topic: article.topic,
    title_lv: article.title.lv,
    title_en: article.title.en,
    body_lv: article.body.lv,
    body_en: article.body.en,
    checked_on: article.checkedOn,
  };
}

function isAdministrator(request: FastifyRequest): boolean {
  return requireIdentity(request).membership?.role === "administrator";
}

function slugOf(request: FastifyRequest): string {
  return (request.params as { slug: string }).slug;
}

export function knowledgeRoutes(app: FastifyInstance, { db, clock }: AppServices): void {
  const reader = { preHandler: actingAsStaff(["consultant", "administrator"]) };
  const editor = { preHandler: actingAsStaff(["administrator"]) };

  const existing = async (request: FastifyRequest): Promise<KnowledgeArticle> => {
    const article = await articleBySlug(db, slugOf(request));
    if (!article) throw new AppError("not_found", 404);
    return article;
  };

  const save = async (request: FastifyRequest, reply: FastifyReply, slug: string | null) => {
    const values = formFields(request.body, ARTICLE_FIELDS);
    let saved: { slug: string };
    try {
      saved = await inTransaction(db, (trx) =>
        saveKnowledgeArticle(
          contextOf(request, trx),
          { ...(slug ? { slug } : {}), content: contentOfFields(values), today: dateInRiga(clock.now()) },
          clock.now(),
        ),
      );
    } catch (error) {
      if (!(error instanceof AppError && error.code === "validation_failed" && error.fields)) throw error;
      return reply.code(400).page(<KnowledgeFormPage slug={slug} values={values} errors={error.fields} csrfToken={reply.generateCsrf()} />);
    }
    return reply.redirect(`${localePath(request.locale, KNOWLEDGE_PATHS.article(saved.slug))}?${SAVED}=1`, 303);
  };

  app.get(KNOWLEDGE_PATHS.list, reader, async (request, reply) => {
    const q = queryValue(request.query, KNOWLEDGE_QUERY);
    const search = q ? { q, results: await searchArticles(db, q) } : null;
    const articles = search ? [] : await allArticles(db);
    return reply.page(<KnowledgeListPage articles={articles} search={search} canEdit={isAdministrator(request)} />);
  });

  app.get(KNOWLEDGE_PATHS.create, editor, async (_request, reply) => {
    const values: Values = { topic: "", title_lv: "", title_en: "", body_lv: "", body_en: "", checked_on: dateInRiga(clock.now()) };
    return reply.page(<KnowledgeFormPage slug={null} values={values} errors={{}} csrfToken={reply.generateCsrf()} />);
  });
  app.post(KNOWLEDGE_PATHS.create, editor, async (request, reply) => save(request, reply, null));

  app.get(KNOWLEDGE_PATHS.article(":slug"), reader, async (request, reply) => {
    const article = await existing(request);
    const saved = queryValue(request.query, SAVED) === "1";
    return reply.page(<KnowledgeArticlePage article={article} canEdit={isAdministrator(request)} saved={saved} />);
  });

  app.get(KNOWLEDGE_PATHS.edit(":slug"), editor, async (request, reply) => {
    const article = await existing(request);
    return reply.page(<KnowledgeFormPage slug={article.slug} values={valuesOf(article)} errors={{}} csrfToken={reply.generateCsrf()} />);
  });
  app.post(KNOWLEDGE_PATHS.edit(":slug"), editor, async (request, reply) => save(request, reply, (await existing(request)).slug));
}
