// The pieces every form field shares: its hint, its error message and the aria-describedby
// that ties both to the input, as govuk-frontend marks them up.
import { usePage } from "../page-context.ts";

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldHint({ id, hint }: { id: string; hint: string | undefined }) {
  if (!hint) return null;
  return (
    <div id={`${id}-hint`} class="govuk-hint">
      {hint}
    </div>
  );
}

/** `error` is a message key. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const { t } = usePage();
  if (!error) return null;
  return (
    <p id={`${id}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">{t("form.error_prefix")}</span> {t(error)}
    </p>
  );
}
