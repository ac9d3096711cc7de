// The public news pages: the list, an article, and the questions people ask most.
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.ts";
import type { AppServices } from "../../platform/module.ts";
import { unitName } from "../identity/index.ts";
import { FAQ } from "./faq/faq.ts";
import { publishedArticle, publishedArticles } from "./news.repository.ts";
import { NEWS_PATHS } from "./paths.ts";
import { ArticlePage } from "./views/article-page.tsx";
import { FaqPage } from "./views/faq-page.tsx";
import { NewsListPage } from "./views/news-list.tsx";

const PER_PAGE = 10;

/** `?lapa=N`; anything that is not a page number is the first page. */
function pageOf(query: unknown): number {
  const raw = (query as { lapa?: unknown }).lapa;
  const n = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return n >= 1 ? n : 1;
}

export function newsRoutes(app: FastifyInstance, { db }: AppServices): void {
  app.get(NEWS_PATHS.list, async (request, reply) => {
    const page = pageOf(request.query);
    const { items, total } = await publishedArticles(db, page, PER_PAGE);
    const pages = Math.max(1, Math.ceil(total / PER_PAGE));
    if (page > pages) throw new AppError("not_found", 404);
    return reply.page(<NewsListPage items={items} page={page} pages={pages} csrfToken={reply.generateCsrf()} />);
  });

  app.get("/aktualitates/:slug", async (request, reply) => {
    const article = await publishedArticle(db, (request.params as { slug: string }).slug);
    if (!article) throw new AppError("not_found", 404);
    const institution = unitName({ unitKind: "institution", unitCode: article.institution }, request.locale);
    return reply.page(<ArticlePage article={article} institution={institution} />);
  });

  app.get(NEWS_PATHS.faq, async (_request, reply) => reply.staticPage(() => <FaqPage sections={FAQ} />));
}
