// The editors' news pages under /darbs/aktualitates: the institution's articles, writing and
// changing one, previewing it in both languages, publishing and taking it down. Every route needs
// acting as an editor of an institution with a substantial login; an article of another
// institution is "not found" to them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { LOCALES, localePath } from "../../platform/i18n/locale.ts";
import type { AppServices } from "../../platform/module.ts";
import { actingAsStaff, contextOf, requireIdentity, unitName } from "../identity/index.ts";
import { type ArticleContent, CONTENT_PARTS, fieldName } from "./article-content.ts";
import { publishArticle } from "./commands/publish-article.ts";
import { saveArticle } from "./commands/save-article.ts";
import { unpublishArticle } from "./commands/unpublish-article.ts";
import { type Article, institutionArticle, institutionArticles } from "./news.repository.ts";
import { EDITOR_PATHS } from "./paths.ts";
import { EditorFormPage } from "./views/editor-form.tsx";
import { EditorListPage } from "./views/editor-list.tsx";
import type { EditorNoticeKind } from "./views/editor-parts.tsx";
import { EditorPreviewPage } from "./views/editor-preview.tsx";

/** `?pazinojums=…` after a change, and the banner it shows. */
const NOTICES: Record<string, EditorNoticeKind> = {
  saglabats: "saved",
  publicets: "published",
  "atkal-publicets": "republished",
  nonemts: "unpublished",
};

/** The institution the editor works for: the unit of the membership they act in. */
function editorInstitution(request: FastifyRequest): string {
  const membership = requireIdentity(request).membership;
  if (membership?.unitKind !== "institution") throw new AppError("forbidden", 403);
  return membership.unitCode;
}

function idOf(request: FastifyRequest): string {
  return (request.params as { id: string }).id;
}

function noticeOf(request: FastifyRequest): EditorNoticeKind | null {
  const asked = (request.query as { pazinojums?: unknown }).pazinojums;
  return typeof asked === "string" ? (NOTICES[asked] ?? null) : null;
}

const EMPTY: ArticleContent = { title: { lv: "", en: "" }, summary: { lv: "", en: "" }, body: { lv: "", en: "" } };

/** What the form sent, as typed: a missing field is empty, a field sent twice counts once. */
function contentOf(body: unknown): ArticleContent {
  const source = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const value = (name: string) => {
    const raw = source[name];
    const first = Array.isArray(raw) ? raw[0] : raw;
    return typeof first === "string" ? first : "";
  };
  const content = structuredClone(EMPTY);
  for (const part of CONTENT_PARTS) for (const locale of LOCALES) content[part][locale] = value(fieldName(part, locale));
  return content;
}

function contentOfArticle(article: Article): ArticleContent {
  return { title: article.title, summary: article.summary, body: article.body };
}

export function editorRoutes(app: FastifyInstance, services: AppServices): void {
  const { db, clock } = services;
  const editor = { preHandler: actingAsStaff(["editor"], "substantial") };

  const own = async (request: FastifyRequest): Promise<Article> => {
    const article = await institutionArticle(db, idOf(request), editorInstitution(request));
    if (!article) throw new AppError("not_found", 404);
    return article;
  };

  const go = (request: FastifyRequest, reply: FastifyReply, path: string, notice?: string) =>
    reply.redirect(`${localePath(request.locale, path)}${notice ? `?pazinojums=${notice}` : ""}`, 303);

  /** Saves what was sent; shows the form again with the problems, or goes where the button said. */
  const save = async (request: FastifyRequest, reply: FastifyReply, id: string | null) => {
    const content = contentOf(request.body);
    const institution = editorInstitution(request);
    let saved: { id: string };
    try {
      saved = await inTransaction(db, (trx) =>
        saveArticle(contextOf(request, trx), { ...(id ? { id } : {}), institution, content }, clock.now()),
      );
    } catch (error) {
      if (!(error instanceof AppError && error.code === "validation_failed" && error.fields)) throw error;
      return reply.code(400).page(<EditorFormPage id={id} content={content} errors={error.fields} csrfToken={reply.generateCsrf()} />);
    }
    const action = (request.body as { action?: unknown } | undefined)?.action;
    if (action === "preview") return go(request, reply, EDITOR_PATHS.preview(saved.id));
    return go(request, reply, EDITOR_PATHS.edit(saved.id), "saglabats");
  };

  app.get(EDITOR_PATHS.list, editor, async (request, reply) => {
    const institution = editorInstitution(request);
    const articles = await institutionArticles(db, institution);
    const name = unitName({ unitKind: "institution", unitCode: institution }, request.locale);
    return reply.page(<EditorListPage institution={name} articles={articles} />);
  });

  app.get(EDITOR_PATHS.create, editor, async (_request, reply) =>
    reply.page(<EditorFormPage id={null} content={EMPTY} errors={{}} csrfToken={reply.generateCsrf()} />),
  );
  app.post(EDITOR_PATHS.create, editor, async (request, reply) => save(request, reply, null));

  app.get(EDITOR_PATHS.edit(":id"), editor, async (request, reply) => {
    const article = await own(request);
    return reply.page(
      <EditorFormPage
        id={article.id}
        content={contentOfArticle(article)}
        errors={{}}
        saved={noticeOf(request) === "saved"}
        csrfToken={reply.generateCsrf()}
      />,
    );
  });
  app.post(EDITOR_PATHS.edit(":id"), editor, async (request, reply) => save(request, reply, (await own(request)).id));

  app.get(EDITOR_PATHS.preview(":id"), editor, async (request, reply) => {
    const article = await own(request);
    return reply.page(<EditorPreviewPage article={article} notice={noticeOf(request)} csrfToken={reply.generateCsrf()} />);
  });

  app.post(EDITOR_PATHS.publish(":id"), editor, async (request, reply) => {
    const article = await own(request);
    const { announced } = await inTransaction(db, (trx) =>
      publishArticle(contextOf(request, trx), services.jobs, { id: article.id, institution: article.institution }, clock.now()),
    );
    return go(request, reply, EDITOR_PATHS.preview(article.id), announced ? "publicets" : "atkal-publicets");
  });

  app.post(EDITOR_PATHS.unpublish(":id"), editor, async (request, reply) => {
    const article = await own(request);
    await inTransaction(db, (trx) =>
      unpublishArticle(contextOf(request, trx), { id: article.id, institution: article.institution }, clock.now()),
    );
    return go(request, reply, EDITOR_PATHS.preview(article.id), "nonemts");
  });
}
