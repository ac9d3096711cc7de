// Writing an article: title, summary and body in Latvian and in English. Problems are listed on
// top, linking to their fields, and shown beside each field with what was typed kept.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Textarea } from "../../../platform/html/components/textarea.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { LOCALES, type Locale, localePath } from "../../../platform/i18n/locale.ts";
import { type ArticleContent, fieldName, LIMITS } from "../article-content.ts";
import { EDITOR_PATHS } from "../paths.ts";
import { EditorCrumbs } from "./editor-parts.tsx";

function LanguageFields({ language, content, errors }: { language: Locale; content: ArticleContent; errors: FieldErrors }) {
  const { t } = usePage();
  return (
    <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" lang={language}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t(`news.editor.form.${language}`)}</legend>
      <TextInput
        id={fieldName("title", language)}
        name={fieldName("title", language)}
        label={t(`news.editor.form.title_${language}`)}
        hint={t("news.editor.form.title_hint", { max: LIMITS.title })}
        value={content.title[language]}
        error={errors[fieldName("title", language)]}
      />
      <Textarea
        id={fieldName("summary", language)}
        name={fieldName("summary", language)}
        label={t(`news.editor.form.summary_${language}`)}
        hint={t("news.editor.form.summary_hint", { max: LIMITS.summary })}
        value={content.summary[language]}
        error={errors[fieldName("summary", language)]}
        rows={3}
      />
      <Textarea
        id={fieldName("body", language)}
        name={fieldName("body", language)}
        label={t(`news.editor.form.body_${language}`)}
        hint={t("news.editor.form.body_hint")}
        value={content.body[language]}
        error={errors[fieldName("body", language)]}
        rows={12}
      />
    </fieldset>
  );
}

export function EditorFormPage({
  id,
  content,
  errors,
  saved = false,
  csrfToken,
}: {
  /** The article being changed; null for a new one. */
  id: string | null;
  content: ArticleContent;
  errors: FieldErrors;
  saved?: boolean;
  csrfToken: string;
}) {
  const { t, locale } = usePage();
  const heading = t(id ? "news.editor.form.edit_title" : "news.editor.form.create_title");
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout title={`${hasErrors ? `${t("form.error_title_prefix")} ` : ""}${heading}`} beforeMain={<EditorCrumbs />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <SuccessBanner text={saved ? t("news.editor.notice.saved") : null} />
          <ErrorSummary errors={errors} />
          <h1 class="govuk-heading-l">{heading}</h1>
          <form method="post" action={localePath(locale, id ? EDITOR_PATHS.edit(id) : EDITOR_PATHS.create)} novalidate>
            <CsrfField token={csrfToken} />
            {LOCALES.map((language) => (
              <LanguageFields key={language} language={language} content={content} errors={errors} />
            ))}
            <div class="govuk-button-group">
              <button type="submit" name="action" value="preview" class="govuk-button" data-module="govuk-button">
                {t("news.editor.form.preview")}
              </button>
              <button type="submit" name="action" value="save" class="govuk-button govuk-button--secondary" data-module="govuk-button">
                {t("news.editor.form.save")}
              </button>
            </div>
          </form>
        </div>
      </div>
    </Layout>
  );
}
