// The pages around the questions: the task list of a long form, "check your answers" with the
// declaration, the confirmation with the application number, and "saved for later".
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Section } from "../definition/model.ts";
import type { SummarySection } from "../runtime/answer-summary.ts";
import { AnswerErrorSummary, applicationPath, BackLink, pageTitle } from "./form-parts.tsx";
import { FeeSection, type FeeView, type PaidView } from "./payment-views.tsx";

export type TaskStatus = "completed" | "in_progress" | "not_started" | "cannot_start";
export type Task = { section: Section; href: string; status: TaskStatus };

export function TaskListPage(props: { serviceTitle: string; tasks: Task[]; checkHref: string | null; applicationId: string }) {
  const { t, locale } = usePage();
  const done = props.tasks.filter((task) => task.status === "completed").length;
  return (
    <Layout title={props.serviceTitle}>
      <BackLink href="/mani-pieteikumi" />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{props.serviceTitle}</h1>
          <p class="govuk-body">{t("eservices.tasks.progress", { done, total: props.tasks.length })}</p>
          <ul class="govuk-task-list">
            {props.tasks.map((task) => (
              <li class="govuk-task-list__item govuk-task-list__item--with-link" key={task.section.id}>
                <div class="govuk-task-list__name-and-hint">
                  {task.status === "cannot_start" ? (
                    <span>{task.section.title[locale]}</span>
                  ) : (
                    <a
                      class="govuk-link govuk-task-list__link"
                      href={localePath(locale, task.href)}
                      aria-describedby={`task-${task.section.id}-status`}
                    >
                      {task.section.title[locale]}
                    </a>
                  )}
                </div>
                <div class="govuk-task-list__status" id={`task-${task.section.id}-status`}>
                  {task.status === "completed" ? (
                    t("eservices.tasks.completed")
                  ) : (
                    <strong
                      class={`govuk-tag${task.status === "in_progress" ? " govuk-tag--light-blue" : task.status === "not_started" ? " govuk-tag--blue" : " govuk-tag--grey"}`}
                    >
                      {t(`eservices.tasks.${task.status}`)}
                    </strong>
                  )}
                </div>
              </li>
            ))}
            <li class="govuk-task-list__item govuk-task-list__item--with-link">
              <div class="govuk-task-list__name-and-hint">
                {props.checkHref ? (
                  <a class="govuk-link govuk-task-list__link" href={localePath(locale, props.checkHref)}>
                    {t("eservices.check.title")}
                  </a>
                ) : (
                  <span>{t("eservices.check.title")}</span>
                )}
              </div>
              <div class="govuk-task-list__status">
                <strong class="govuk-tag govuk-tag--grey">
                  {t(props.checkHref ? "eservices.tasks.not_started" : "eservices.tasks.cannot_start")}
                </strong>
              </div>
            </li>
          </ul>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, "/mani-pieteikumi")}>
              {t("eservices.tasks.later")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}

export type CheckPageProps = {
  applicationId: string;
  serviceTitle: string;
  sections: SummarySection[];
  declaration: string;
  fee: FeeView | null;
  /** Back from the bank with the fee paid: say so on top. */
  justPaid: boolean;
  applicantName: string;
  csrfToken: string;
  errors: Record<string, string>;
  backHref: string;
  /** Why it cannot be submitted by whoever is filling it (a mandate or an authorisation no longer in force). */
  refusal?: string | null;
  /** At a centre: where, by whom, under which authorisation, as one sentence. */
  assistedNote?: string | null;
};

function RefusalSummary({ text }: { text: string | null | undefined }) {
  const { t } = usePage();
  if (!text) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{t("eservices.check.refused_title")}</h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body">{text}</p>
        </div>
      </div>
    </div>
  );
}

export function CheckAnswersPage(props: CheckPageProps) {
  const { t, locale } = usePage();
  const change = (page: string, question: string) =>
    localePath(locale, applicationPath(props.applicationId, `/lapa/${page}?atpakal=parbaude#${question}`));
  return (
    <Layout title={pageTitle(t, t("eservices.check.title"), Object.keys(props.errors).length > 0 || Boolean(props.refusal))}>
      <BackLink href={props.backHref} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <RefusalSummary text={props.refusal} />
          <AnswerErrorSummary errors={props.errors} />
          <SuccessBanner text={props.justPaid ? t("eservices.fee.just_paid") : null} />
          <span class="govuk-caption-l">{props.serviceTitle}</span>
          <h1 class="govuk-heading-l">{t("eservices.check.title")}</h1>
          <p class="govuk-body">{t("eservices.check.applicant", { name: props.applicantName })}</p>
          {props.assistedNote ? <p class="govuk-inset-text">{props.assistedNote}</p> : null}
          {props.sections.map((section) => (
            <section key={section.page.id} aria-labelledby={`check-${section.page.id}`}>
              <h2 class="govuk-heading-m" id={`check-${section.page.id}`}>
                {section.title}
              </h2>
              <dl class="govuk-summary-list govuk-!-margin-bottom-9">
                {section.rows.map((row) => (
                  <div class="govuk-summary-list__row" key={row.question}>
                    <dt class="govuk-summary-list__key">{row.label}</dt>
                    <dd class="govuk-summary-list__value epak-pre-line">{row.value}</dd>
                    <dd class="govuk-summary-list__actions">
                      <a class="govuk-link" href={change(section.page.id, row.question)}>
                        {t("eservices.check.change")}
                        <span class="govuk-visually-hidden"> {row.label}</span>
                      </a>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          {props.fee ? <FeeSection fee={props.fee} /> : null}
          {props.fee?.payHref ? null : <Declaration {...props} />}
        </div>
      </div>
    </Layout>
  );
}

/** The declaration and the submit button; not shown while a fee is still to be paid first. */
function Declaration(props: CheckPageProps) {
  const { t, locale } = usePage();
  return (
    <>
      <h2 class="govuk-heading-m">{t("eservices.check.declaration_heading")}</h2>
      <form method="post" action={localePath(locale, applicationPath(props.applicationId, "/iesniegt"))} novalidate>
        <CsrfField token={props.csrfToken} />
        <div class={`govuk-form-group${props.errors.declaration ? " govuk-form-group--error" : ""}`}>
          <fieldset class="govuk-fieldset" aria-describedby={props.errors.declaration ? "declaration-error" : undefined}>
            <legend class="govuk-fieldset__legend govuk-visually-hidden">{t("eservices.check.declaration_heading")}</legend>
            {props.errors.declaration ? (
              <p id="declaration-error" class="govuk-error-message">
                <span class="govuk-visually-hidden">{t("form.error_prefix")}</span> {props.errors.declaration}
              </p>
            ) : null}
            <div class="govuk-checkboxes" data-module="govuk-checkboxes">
              <div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" id="declaration" name="declaration" type="checkbox" value="yes" />
                <label class="govuk-label govuk-checkboxes__label" for="declaration">
                  {props.declaration}
                </label>
              </div>
            </div>
          </fieldset>
        </div>
        <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">
          {t("eservices.check.submit")}
        </button>
      </form>
    </>
  );
}

export function ConfirmationPage(props: {
  applicationId: string;
  serviceTitle: string;
  number: string;
  institutionName: string;
  submittedAt: Date;
  email: string | null;
  /** The fee paid online before submitting. */
  paid: PaidView | null;
}) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("eservices.confirmation.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title">{t("eservices.confirmation.title")}</h1>
            <div class="govuk-panel__body">
              {t("eservices.confirmation.number")}
              <br />
              <strong>{props.number}</strong>
            </div>
          </div>
          <p class="govuk-body">
            {t("eservices.confirmation.sent", {
              service: props.serviceTitle,
              institution: props.institutionName,
              at: formatDateTime(locale, props.submittedAt),
            })}
          </p>
          {props.paid ? (
            <p class="govuk-body">{t("eservices.confirmation.paid", { amount: props.paid.amount, reference: props.paid.reference })}</p>
          ) : null}
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, applicationPath(props.applicationId, "/apliecinajums.pdf"))} download>
              {t("eservices.confirmation.receipt")}
            </a>
          </p>
          <p class="govuk-body">
            {props.email ? t("eservices.confirmation.email", { email: props.email }) : t("eservices.confirmation.no_email")}
          </p>
          <h2 class="govuk-heading-m">{t("eservices.confirmation.next_heading")}</h2>
          <p class="govuk-body">{t("eservices.confirmation.next", { institution: props.institutionName })}</p>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, "/mani-pieteikumi")}>
              {t("eservices.confirmation.my_applications")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}

export function SavedPage(props: { applicationId: string; serviceTitle: string; expiresAt: Date; continueHref: string }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("eservices.saved.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{props.serviceTitle}</span>
          <h1 class="govuk-heading-l">{t("eservices.saved.title")}</h1>
          <p class="govuk-body">{t("eservices.saved.until", { date: formatDateTime(locale, props.expiresAt) })}</p>
          <p class="govuk-body">{t("eservices.saved.where")}</p>
          <div class="govuk-button-group">
            <a class="govuk-button" href={localePath(locale, props.continueHref)}>
              {t("eservices.saved.continue")}
            </a>
            <a class="govuk-link" href={localePath(locale, "/mani-pieteikumi")}>
              {t("eservices.saved.my_applications")}
            </a>
          </div>
        </div>
      </div>
    </Layout>
  );
}
