import { usePage } from "../page-context.ts";

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  rows?: number;
  maxLength?: number;
  isPageHeading?: boolean;
};

export function Textarea({ id, name, label, hint, value, error, rows = 5, maxLength, isPageHeading = false }: Props) {
  const { t } = usePage();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      {isPageHeading ? (
        <h1 class="govuk-label-wrapper">
          <label class="govuk-label govuk-label--l" for={id}>
            {label}
          </label>
        </h1>
      ) : (
        <label class="govuk-label" for={id}>
          {label}
        </label>
      )}
      {hint ? (
        <div id={`${id}-hint`} class="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="govuk-error-message">
          <span class="govuk-visually-hidden">{t("form.error_prefix")}</span> {t(error)}
        </p>
      ) : null}
      <textarea
        class={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={describedBy}
        maxLength={maxLength}
      >
        {value}
      </textarea>
    </div>
  );
}
