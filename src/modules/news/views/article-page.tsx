// One published article in the page's language.
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Article } from "../news.repository.ts";
import { NEWS_PATHS } from "../paths.ts";
import { ArticleBody, Breadcrumbs, Day } from "./parts.tsx";

export function ArticlePage({ article, institution }: { article: Article; institution: string }) {
  const { t, locale } = usePage();
  const crumbs = [
    { label: t("news.crumb.home"), path: "/" },
    { label: t("news.title"), path: NEWS_PATHS.list },
  ];
  return (
    <Layout title={article.title[locale]} beforeMain={<Breadcrumbs crumbs={crumbs} />}>
      <div class="govuk-grid-row">
        <article class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-xl">{article.title[locale]}</h1>
          <p class="govuk-body-s">
            {article.publishedAt ? (
              <>
                <Day at={article.publishedAt} />
                {" · "}
              </>
            ) : null}
            {t("news.article.institution", { institution })}
          </p>
          <p class="govuk-body-l">{article.summary[locale]}</p>
          <ArticleBody body={article.body[locale]} />
        </article>
      </div>
      <p class="govuk-body">
        <a class="govuk-link" href={localePath(locale, NEWS_PATHS.list)}>
          {t("news.article.back")}
        </a>
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={localePath(locale, NEWS_PATHS.subscribe)}>
          {t("news.article.subscribe_link")}
        </a>
      </p>
    </Layout>
  );
}
