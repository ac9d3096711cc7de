// Pieces every page of an application shares: the caption with the e-service's name, the back
// link, and the error summary whose links lead to the fields (messages are already in the
// person's language, as the definition wrote them).
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { fieldId } from "./question-fields.tsx";

export function applicationPath(id: string, rest = ""): string {
  return `/pieteikumi/${id}${rest}`;
}

export function BackLink({ href }: { href: string }) {
  const { t, locale } = usePage();
  return (
    <a href={localePath(locale, href)} class="govuk-back-link">
      {t("eservices.form.back")}
    </a>
  );
}

/** Where a field's error links: the first input of a date, the search box of an address. */
function anchorOf(path: string, kinds: Record<string, string>): string {
  const id = fieldId(path);
  if (kinds[path] === "date") return `${id}-day`;
  // An address with nothing chosen shows its search box, not the results' first radio.
  if (kinds[path] === "address") return `${id}-search`;
  return id;
}

export function AnswerErrorSummary({ errors, kinds = {} }: { errors: Record<string, string>; kinds?: Record<string, string> }) {
  const { t } = usePage();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{t("form.error_summary_title")}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {entries.map(([path, message]) => (
              <li key={path}>
                <a href={`#${anchorOf(path, kinds)}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function pageTitle(t: (key: string, values?: Record<string, string>) => string, title: string, hasErrors: boolean): string {
  return hasErrors ? t("eservices.form.error_title", { title }) : title;
}
