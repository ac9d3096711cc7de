import { CsrfField } from "../html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../html/components/error-summary.tsx";
import { Textarea } from "../html/components/textarea.tsx";
import { Layout } from "../html/layout.tsx";
import { usePage } from "../html/page-context.ts";
import { localePath } from "../i18n/locale.ts";
import { PROBLEM_MAX } from "./submit-page-feedback.ts";

export function FeedbackForm({
  page,
  problem,
  errors,
  csrfToken,
}: {
  page: string;
  problem: string;
  errors: FieldErrors;
  csrfToken: string;
}) {
  const { t, locale } = usePage();
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout title={`${hasErrors ? `${t("form.error_title_prefix")} ` : ""}${t("feedback.title")}`}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <form method="post" action={localePath(locale, "/atsauksme")} novalidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="page" value={page} />
            <Textarea
              id="problem"
              name="problem"
              label={t("feedback.title")}
              hint={t("feedback.problem.hint", { max: PROBLEM_MAX })}
              value={problem}
              error={errors.problem}
              rows={6}
              isPageHeading
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("feedback.submit")}
            </button>
          </form>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, page)}>
              {t("feedback.back")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}

export function FeedbackThanks({ page }: { page: string }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("feedback.thanks.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title">{t("feedback.thanks.title")}</h1>
          </div>
          <p class="govuk-body">{t("feedback.thanks.body")}</p>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, page)}>
              {t("feedback.back")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
