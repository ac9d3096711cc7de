// Asking once more before a mandate or an authorisation is ended: it cannot be undone, only made
// again, and an agent in the middle of an application would lose the right to finish it.
import type { ComponentChildren } from "preact";
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { BackLink, MANDATES_PATH } from "./parts.tsx";

type Props = {
  title: string;
  body: string;
  button: string;
  /** Where the form posts, without the language prefix. */
  action: string;
  csrfToken: string;
  /** What is being ended, as a summary list. */
  children: ComponentChildren;
};

export function ConfirmPage({ title, body, button, action, csrfToken, children }: Props) {
  const { t, locale } = usePage();
  return (
    <Layout title={title}>
      <BackLink to={MANDATES_PATH} label={t("mandates.confirm.back")} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{title}</h1>
          <dl class="govuk-summary-list">{children}</dl>
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">{t("mandates.confirm.warning")}</span>
              {body}
            </strong>
          </div>
          <form method="post" action={localePath(locale, action)} novalidate>
            <CsrfField token={csrfToken} />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">
                {button}
              </button>
              <a class="govuk-link" href={localePath(locale, MANDATES_PATH)}>
                {t("mandates.confirm.keep")}
              </a>
            </div>
          </form>
        </div>
      </div>
    </Layout>
  );
}
