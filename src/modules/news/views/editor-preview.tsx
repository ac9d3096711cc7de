// An article as readers will see it, in both languages, with what the editor can do next:
// change it, publish it (the first time also emails the subscribers) or take it down.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { LOCALES, type Locale, localePath } from "../../../platform/i18n/locale.ts";
import type { Article } from "../news.repository.ts";
import { EDITOR_PATHS, NEWS_PATHS } from "../paths.ts";
import { EditorCrumbs, EditorNotice, type EditorNoticeKind, StatusTag } from "./editor-parts.tsx";
import { ArticleBody, Day } from "./parts.tsx";

function LanguageVersion({ article, language }: { article: Article; language: Locale }) {
  const { t } = usePage();
  return (
    <section class="govuk-!-margin-bottom-8" aria-labelledby={`version-${language}`}>
      <h2 class="govuk-heading-m" id={`version-${language}`}>
        {t(`news.editor.form.${language}`)}
      </h2>
      <div lang={language}>
        <h3 class="govuk-heading-l">{article.title[language]}</h3>
        <p class="govuk-body-l">{article.summary[language]}</p>
        <ArticleBody body={article.body[language]} />
      </div>
    </section>
  );
}

function Actions({ article, csrfToken }: { article: Article; csrfToken: string }) {
  const { t, locale } = usePage();
  if (article.status === "published") {
    return (
      <form method="post" action={localePath(locale, EDITOR_PATHS.unpublish(article.id))}>
        <CsrfField token={csrfToken} />
        <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">
          {t("news.editor.unpublish")}
        </button>
      </form>
    );
  }
  return (
    <form method="post" action={localePath(locale, EDITOR_PATHS.publish(article.id))}>
      <CsrfField token={csrfToken} />
      <p class="govuk-body">{t(article.publishedAt ? "news.editor.publish.again_hint" : "news.editor.publish.first_hint")}</p>
      <button type="submit" class="govuk-button" data-module="govuk-button">
        {t("news.editor.publish")}
      </button>
    </form>
  );
}

export function EditorPreviewPage({
  article,
  notice,
  csrfToken,
}: {
  article: Article;
  notice: EditorNoticeKind | null;
  csrfToken: string;
}) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("news.editor.preview.title", { title: article.title[locale] })} beforeMain={<EditorCrumbs />}>
      <EditorNotice notice={notice} />
      <h1 class="govuk-heading-l">{t("news.editor.preview.title", { title: article.title[locale] })}</h1>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("news.editor.list.col.status")}</dt>
          <dd class="govuk-summary-list__value">
            <StatusTag status={article.status} />
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("news.editor.list.col.published")}</dt>
          <dd class="govuk-summary-list__value">{article.publishedAt ? <Day at={article.publishedAt} /> : "—"}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("news.editor.preview.address")}</dt>
          <dd class="govuk-summary-list__value">
            {article.status === "published" ? (
              <a class="govuk-link" href={localePath(locale, NEWS_PATHS.article(article.slug))}>
                {localePath(locale, NEWS_PATHS.article(article.slug))}
              </a>
            ) : (
              localePath(locale, NEWS_PATHS.article(article.slug))
            )}
          </dd>
        </div>
      </dl>
      <div class="govuk-button-group">
        <a class="govuk-button govuk-button--secondary" data-module="govuk-button" href={localePath(locale, EDITOR_PATHS.edit(article.id))}>
          {t("news.editor.preview.edit")}
        </a>
      </div>
      <Actions article={article} csrfToken={csrfToken} />
      {LOCALES.map((language) => (
        <LanguageVersion key={language} article={article} language={language} />
      ))}
    </Layout>
  );
}
