import { usePage } from "../page-context.ts";

/** Field errors by field id, each a message key; the summary links to each field. */
export type FieldErrors = Record<string, string>;

export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const { t } = usePage();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{t("form.error_summary_title")}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {entries.map(([field, key]) => (
              <li key={field}>
                <a href={`#${field}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
