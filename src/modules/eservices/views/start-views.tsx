// The start page of an e-service: what it is for, what the person needs, for whom they apply,
// and the drafts they already have for it.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { EServiceDefinition } from "../definition/model.ts";
import { AnswerErrorSummary, applicationPath } from "./form-parts.tsx";
import { formatEuro } from "./parts.tsx";

/** `name` is whom the application is about; `label` how the choice reads ("Par sevi (…)"). */
export type SubjectOption = { value: string; label: string; name: string; hint?: string };
export type DraftEntry = { id: string; subjectName: string; updatedAt: Date; expiresAt: Date | null };
export type Refusal = "company_only" | "not_for_company" | "staff" | "not_mandated";

export type StartPageProps = {
  service: string;
  definition: EServiceDefinition;
  institutionName: string;
  loginHref: string | null;
  subjects: SubjectOption[];
  refusal: Refusal | null;
  drafts: DraftEntry[];
  csrfToken: string | null;
  error: string | null;
};

function Facts({ definition, institutionName }: { definition: EServiceDefinition; institutionName: string }) {
  const { t, locale } = usePage();
  return (
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{t("eservices.start.institution")}</dt>
        <dd class="govuk-summary-list__value">{institutionName}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{t("eservices.start.fee")}</dt>
        <dd class="govuk-summary-list__value">
          {definition.fee ? formatEuro(locale, definition.fee.amountCents) : t("eservices.start.free")}
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">{t("eservices.start.login")}</dt>
        <dd class="govuk-summary-list__value">{t(`eservices.start.level.${definition.assurance}`)}</dd>
      </div>
      {definition.prefill.length > 0 ? (
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("eservices.start.prefill")}</dt>
          <dd class="govuk-summary-list__value">{definition.prefill.map((source) => t(`eservices.prefill.${source}`)).join(", ")}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function StartForm(props: StartPageProps) {
  const { t, locale } = usePage();
  if (props.refusal) {
    return (
      <div class="govuk-inset-text">
        <p class="govuk-body">{t(`eservices.start.refusal.${props.refusal}`)}</p>
        <a class="govuk-link" href={localePath(locale, "/konts/loma")}>
          {t("eservices.start.switch_role")}
        </a>
      </div>
    );
  }
  const only = props.subjects.length === 1 ? props.subjects[0] : null;
  return (
    <form method="post" action={localePath(locale, `/e-pakalpojumi/${props.service}/sakt`)} novalidate>
      {props.csrfToken ? <CsrfField token={props.csrfToken} /> : null}
      {only ? (
        <>
          <p class="govuk-body">{t("eservices.start.for_one", { name: only.name })}</p>
          <input type="hidden" name="for" value={only.value} />
        </>
      ) : (
        <div class={`govuk-form-group${props.error ? " govuk-form-group--error" : ""}`}>
          <fieldset class="govuk-fieldset" aria-describedby={props.error ? "for-error" : undefined}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t("eservices.start.for_whom")}</legend>
            {props.error ? (
              <p id="for-error" class="govuk-error-message">
                <span class="govuk-visually-hidden">{t("form.error_prefix")}</span> {t(props.error)}
              </p>
            ) : null}
            <div class="govuk-radios" data-module="govuk-radios">
              {props.subjects.map((s, i) => (
                <div class="govuk-radios__item" key={s.value}>
                  <input class="govuk-radios__input" id={i === 0 ? "for" : `for-${i + 1}`} name="for" type="radio" value={s.value} />
                  <label class="govuk-label govuk-radios__label" for={i === 0 ? "for" : `for-${i + 1}`}>
                    {s.label}
                  </label>
                  {s.hint ? <div class="govuk-hint govuk-radios__hint">{s.hint}</div> : null}
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      <button type="submit" class="govuk-button govuk-button--start" data-module="govuk-button">
        {t("eservices.start.start")}
        <svg
          class="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
    </form>
  );
}

export function StartPage(props: StartPageProps) {
  const { t, locale } = usePage();
  const { definition } = props;
  const title = definition.title[locale];
  return (
    <Layout title={props.error ? t("eservices.form.error_title", { title }) : title}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {props.error ? <AnswerErrorSummary errors={{ for: t(props.error) }} /> : null}
          <span class="govuk-caption-l">{t("eservices.start.caption")}</span>
          <h1 class="govuk-heading-l">{definition.title[locale]}</h1>
          <p class="govuk-body-l">{definition.summary[locale]}</p>
          <Facts definition={definition} institutionName={props.institutionName} />
          {props.drafts.length > 0 ? (
            <div class="govuk-inset-text">
              <h2 class="govuk-heading-s">{t("eservices.start.drafts")}</h2>
              <ul class="govuk-list">
                {props.drafts.map((d) => (
                  <li key={d.id}>
                    <a class="govuk-link" href={localePath(locale, applicationPath(d.id))}>
                      {t("eservices.start.continue_draft", { name: d.subjectName, at: formatDateTime(locale, d.updatedAt) })}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {props.loginHref ? (
            <>
              <p class="govuk-body">{t("eservices.start.login_first")}</p>
              <a class="govuk-button govuk-button--start" href={props.loginHref}>
                {t("eservices.start.login_and_start")}
              </a>
            </>
          ) : (
            <StartForm {...props} />
          )}
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, `/pakalpojumi/${props.service}`)}>
              {t("eservices.start.about_service")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
