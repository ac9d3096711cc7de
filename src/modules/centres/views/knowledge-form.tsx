// Writing or changing a knowledge base article: its topic, title and body in Latvian and in
// English, and the day it was last checked. Problems are listed on top, linking to their fields,
// and shown beside each field with what was typed kept.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { Radios } from "../../../platform/html/components/radios.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Textarea } from "../../../platform/html/components/textarea.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { LOCALES, type Locale, localePath } from "../../../platform/i18n/locale.ts";
import { type ArticleField, LIMITS, TOPICS } from "../knowledge/article-content.ts";
import { KNOWLEDGE_PATHS } from "../paths.ts";
import { Crumbs } from "./parts.tsx";

type Values = Record<ArticleField, string>;

function LanguageFields({ language, values, errors }: { language: Locale; values: Values; errors: FieldErrors }) {
  const { t } = usePage();
  const title = `title_${language}` as const;
  const body = `body_${language}` as const;
  return (
    <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" lang={language}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t(`centres.knowledge.form.${language}`)}</legend>
      <TextInput
        id={title}
        name={title}
        label={t(`centres.knowledge.form.${title}`)}
        hint={t("centres.knowledge.form.title_hint", { max: LIMITS.title })}
        value={values[title]}
        error={errors[title]}
      />
      <Textarea
        id={body}
        name={body}
        label={t(`centres.knowledge.form.${body}`)}
        hint={t("centres.knowledge.form.body_hint")}
        value={values[body]}
        error={errors[body]}
        rows={14}
      />
    </fieldset>
  );
}

export function KnowledgeFormPage({
  slug,
  values,
  errors,
  csrfToken,
}: {
  /** The article being changed; null for a new one. */
  slug: string | null;
  values: Values;
  errors: FieldErrors;
  csrfToken: string;
}) {
  const { locale, t } = usePage();
  const heading = t(slug ? "centres.knowledge.form.edit_title" : "centres.knowledge.form.create_title");
  const hasErrors = Object.keys(errors).length > 0;
  const trail = [
    { label: t("centres.knowledge.crumb.staff"), path: "/darbs" },
    { label: t("centres.knowledge.title"), path: KNOWLEDGE_PATHS.list },
  ];
  return (
    <Layout title={`${hasErrors ? `${t("form.error_title_prefix")} ` : ""}${heading}`} beforeMain={<Crumbs trail={trail} />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 class="govuk-heading-l">{heading}</h1>
          <form method="post" action={localePath(locale, slug ? KNOWLEDGE_PATHS.edit(slug) : KNOWLEDGE_PATHS.create)} novalidate>
            <CsrfField token={csrfToken} />
            <Radios
              id="topic"
              name="topic"
              legend={t("centres.knowledge.form.topic")}
              options={TOPICS.map((topic) => ({ value: topic, label: t(`centres.knowledge.topic.${topic}`) }))}
              value={values.topic || null}
              error={errors.topic}
              small
            />
            {LOCALES.map((language) => (
              <LanguageFields key={language} language={language} values={values} errors={errors} />
            ))}
            <TextInput
              id="checked_on"
              name="checked_on"
              type="date"
              label={t("centres.knowledge.form.checked_on")}
              hint={t("centres.knowledge.form.checked_on_hint")}
              value={values.checked_on}
              error={errors.checked_on}
              widthClass="govuk-input--width-10"
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("centres.knowledge.form.save")}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
