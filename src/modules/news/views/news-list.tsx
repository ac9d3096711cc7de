// Aktualitātes: the published articles, newest first, a page at a time, with the subscription box.
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { ArticleSummary } from "../news.repository.ts";
import { NEWS_PATHS } from "../paths.ts";
import { Breadcrumbs, Day } from "./parts.tsx";
import { SubscribeBox } from "./subscribe-box.tsx";

function Pagination({ page, pages }: { page: number; pages: number }) {
  const { t, locale } = usePage();
  if (pages <= 1) return null;
  const href = (n: number) => `${localePath(locale, NEWS_PATHS.list)}${n > 1 ? `?lapa=${n}` : ""}`;
  return (
    <nav class="govuk-pagination govuk-pagination--block" aria-label={t("news.list.pages.label")}>
      {page > 1 ? (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={href(page - 1)} rel="prev">
            <span class="govuk-pagination__link-title">{t("news.list.pages.previous")}</span>
            <span class="govuk-visually-hidden">:</span>
            <span class="govuk-pagination__link-label">{t("news.list.pages.position", { page: page - 1, pages })}</span>
          </a>
        </div>
      ) : null}
      {page < pages ? (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={href(page + 1)} rel="next">
            <span class="govuk-pagination__link-title">{t("news.list.pages.next")}</span>
            <span class="govuk-visually-hidden">:</span>
            <span class="govuk-pagination__link-label">{t("news.list.pages.position", { page: page + 1, pages })}</span>
          </a>
        </div>
      ) : null}
    </nav>
  );
}

export function NewsListPage({
  items,
  page,
  pages,
  csrfToken,
}: {
  items: ArticleSummary[];
  page: number;
  pages: number;
  csrfToken: string;
}) {
  const { t, locale } = usePage();
  const title = page > 1 ? t("news.list.page_title", { page }) : t("news.title");
  return (
    <Layout title={title} beforeMain={<Breadcrumbs crumbs={[{ label: t("news.crumb.home"), path: "/" }]} />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-xl">{t("news.title")}</h1>
          <p class="govuk-body-l">{t("news.list.intro")}</p>
          {pages > 1 ? <p class="govuk-body-s">{t("news.list.pages.position", { page, pages })}</p> : null}
          {items.length === 0 ? (
            <p class="govuk-body">{t("news.list.empty")}</p>
          ) : (
            <ul class="govuk-list">
              {items.map((item) => (
                <li key={item.slug} class="govuk-!-margin-bottom-6">
                  <h2 class="govuk-heading-m govuk-!-margin-bottom-1">
                    <a class="govuk-link" href={localePath(locale, NEWS_PATHS.article(item.slug))}>
                      {item.title[locale]}
                    </a>
                  </h2>
                  {item.publishedAt ? (
                    <p class="govuk-body-s govuk-!-margin-bottom-2">
                      <Day at={item.publishedAt} />
                    </p>
                  ) : null}
                  <p class="govuk-body">{item.summary[locale]}</p>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} pages={pages} />
        </div>
        <div class="govuk-grid-column-one-third">
          <SubscribeBox csrfToken={csrfToken} />
          <p class="govuk-body govuk-!-margin-top-6">
            <a class="govuk-link" href={localePath(locale, NEWS_PATHS.faq)}>
              {t("news.faq.title")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
