// Pieces the questions pages share: a question's status tag, its text with the asker's line
// breaks, and the back link.
import type { ComponentChildren } from "preact";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { QuestionStatus } from "../questions.repository.ts";

export function StatusTag({ status }: { status: QuestionStatus }) {
  const { t } = usePage();
  return (
    <strong class={`govuk-tag ${status === "waiting" ? "govuk-tag--yellow" : "govuk-tag--green"}`}>
      {t(`questions.status.${status}`)}
    </strong>
  );
}

/** Text as the person typed it: paragraphs and line breaks kept, nothing read as markup. */
export function TypedText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} class="govuk-body epak-pre-line">
          {paragraph}
        </p>
      ))}
    </>
  );
}

export function BackLink({ to, label }: { to: string; label: string }) {
  const { locale } = usePage();
  return (
    <a class="govuk-back-link" href={localePath(locale, to)}>
      {label}
    </a>
  );
}

export function errorTitle(t: (key: string) => string, title: string, hasErrors: boolean): string {
  return hasErrors ? `${t("form.error_title_prefix")} ${title}` : title;
}

export function SummaryRow({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
