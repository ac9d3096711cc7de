// The consultants' knowledge base under /darbs/zinasana: the articles by topic with a search box,
// and one article with the day it was last checked. Administrators also see where to write and
// change articles.

import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDate } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { blocksOf } from "../knowledge/article-body.ts";
import { TOPICS } from "../knowledge/article-content.ts";
import type { KnowledgeArticle } from "../knowledge/knowledge.repository.ts";
import { KNOWLEDGE_PATHS, KNOWLEDGE_QUERY } from "../paths.ts";
import { Crumbs, sortByName } from "./parts.tsx";

const STAFF_HOME = "/darbs";

function KnowledgeCrumbs({ article }: { article?: boolean }) {
  const { t } = usePage();
  const trail = [{ label: t("centres.knowledge.crumb.staff"), path: STAFF_HOME }];
  if (article) trail.push({ label: t("centres.knowledge.title"), path: KNOWLEDGE_PATHS.list });
  return <Crumbs trail={trail} />;
}

function ArticleLink({ article }: { article: KnowledgeArticle }) {
  const { locale, t } = usePage();
  return (
    <li class="govuk-!-margin-bottom-3">
      <a class="govuk-link govuk-!-font-weight-bold" href={localePath(locale, KNOWLEDGE_PATHS.article(article.slug))}>
        {article.title[locale]}
      </a>
      <br />
      <span class="govuk-body-s">
        {t(`centres.knowledge.topic.${article.topic}`)} ·{" "}
        {t("centres.knowledge.checked_on", { date: formatDate(locale, article.checkedOn) })}
      </span>
    </li>
  );
}

function SearchBox({ q }: { q: string }) {
  const { locale, t } = usePage();
  return (
    <form method="get" action={localePath(locale, KNOWLEDGE_PATHS.list)} class="govuk-!-margin-bottom-6">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--m" for="knowledge-q">
          {t("centres.knowledge.search.label")}
        </label>
        <div class="govuk-hint" id="knowledge-q-hint">
          {t("centres.knowledge.search.hint")}
        </div>
        <input class="govuk-input" id="knowledge-q" name={KNOWLEDGE_QUERY} type="search" value={q} aria-describedby="knowledge-q-hint" />
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
        {t("centres.knowledge.search.submit")}
      </button>
    </form>
  );
}

export type KnowledgeListProps = {
  articles: KnowledgeArticle[];
  /** The search typed, and its results in rank order; null when nothing was searched. */
  search: { q: string; results: KnowledgeArticle[] } | null;
  canEdit: boolean;
};

export function KnowledgeListPage({ articles, search, canEdit }: KnowledgeListProps) {
  const { locale, t } = usePage();
  const title = search ? t("centres.knowledge.search.title", { q: search.q }) : t("centres.knowledge.title");
  return (
    <Layout title={title} beforeMain={<KnowledgeCrumbs />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-xl">{t("centres.knowledge.title")}</h1>
          <p class="govuk-body-l">{t("centres.knowledge.intro")}</p>
          {canEdit ? (
            <p class="govuk-body">
              <a class="govuk-button govuk-button--secondary" href={localePath(locale, KNOWLEDGE_PATHS.create)} draggable={false}>
                {t("centres.knowledge.create")}
              </a>
            </p>
          ) : null}
          <SearchBox q={search?.q ?? ""} />
          {search ? (
            <section aria-labelledby="knowledge-results">
              <h2 class="govuk-heading-l" id="knowledge-results">
                {t("centres.knowledge.search.results", { count: search.results.length })}
              </h2>
              {search.results.length ? (
                <ul class="govuk-list">
                  {search.results.map((a) => (
                    <ArticleLink key={a.id} article={a} />
                  ))}
                </ul>
              ) : (
                <p class="govuk-body">{t("centres.knowledge.search.none")}</p>
              )}
              <p class="govuk-body">
                <a class="govuk-link" href={localePath(locale, KNOWLEDGE_PATHS.list)}>
                  {t("centres.knowledge.search.all")}
                </a>
              </p>
            </section>
          ) : (
            TOPICS.map((topic) => {
              const list = sortByName(
                articles.filter((a) => a.topic === topic),
                (a) => a.title[locale],
                locale,
              );
              if (list.length === 0) return null;
              return (
                <section key={topic} aria-labelledby={`topic-${topic}`}>
                  <h2 class="govuk-heading-m" id={`topic-${topic}`}>
                    {t(`centres.knowledge.topic.${topic}`)}
                  </h2>
                  <ul class="govuk-list">
                    {list.map((a) => (
                      <ArticleLink key={a.id} article={a} />
                    ))}
                  </ul>
                </section>
              );
            })
          )}
        </div>
      </div>
    </Layout>
  );
}

function Body({ text }: { text: string }) {
  return (
    <>
      {blocksOf(text).map((block, i) => {
        if (block.kind === "paragraph") {
          return (
            <p key={i} class="govuk-body">
              {block.text}
            </p>
          );
        }
        const items = block.items.map((item, j) => <li key={j}>{item}</li>);
        return block.kind === "bullets" ? (
          <ul key={i} class="govuk-list govuk-list--bullet">
            {items}
          </ul>
        ) : (
          <ol key={i} class="govuk-list govuk-list--number">
            {items}
          </ol>
        );
      })}
    </>
  );
}

export function KnowledgeArticlePage({ article, canEdit, saved }: { article: KnowledgeArticle; canEdit: boolean; saved: boolean }) {
  const { locale, t } = usePage();
  return (
    <Layout title={article.title[locale]} beforeMain={<KnowledgeCrumbs article />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <SuccessBanner text={saved ? t("centres.knowledge.saved") : null} />
          <span class="govuk-caption-l">{t(`centres.knowledge.topic.${article.topic}`)}</span>
          <h1 class="govuk-heading-xl">{article.title[locale]}</h1>
          <p class="govuk-body-s">{t("centres.knowledge.checked_on", { date: formatDate(locale, article.checkedOn) })}</p>
          <Body text={article.body[locale]} />
          {canEdit ? (
            <p class="govuk-body">
              <a class="govuk-link" href={localePath(locale, KNOWLEDGE_PATHS.edit(article.slug))}>
                {t("centres.knowledge.edit")}
                <span class="govuk-visually-hidden"> {article.title[locale]}</span>
              </a>
            </p>
          ) : null}
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, KNOWLEDGE_PATHS.list)}>
              {t("centres.knowledge.back")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
