// "Uzdot jautājumu": the form, and the confirmation with the question's reference number.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { describedBy, FieldError, FieldHint } from "../../../platform/html/components/field-parts.tsx";
import { Select } from "../../../platform/html/components/select.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Textarea } from "../../../platform/html/components/textarea.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { type AskFields, QUESTION_MAX, SUBJECT_MAX } from "../question-input.ts";
import { errorTitle } from "./parts.tsx";

export const ASK_PATH = "/uzdot-jautajumu";
export const MINE_PATH = "/uzdot-jautajumu/mani";

export type InstitutionOption = { code: string; name: string };

type AskProps = {
  fields: AskFields;
  errors: FieldErrors;
  institutions: InstitutionOption[];
  /** The person's confirmed email address, where the notice would go; null when they have none. */
  email: string | null;
  /** The person acts for a company or as staff just now, yet asks in their own name. */
  actingForOthers: boolean;
  csrfToken: string;
};

function EmailNotice({ checked, email, error }: { checked: boolean; email: string | null; error: string | undefined }) {
  const { t, locale } = usePage();
  const id = "emailNotice";
  const hint = email ? t("questions.ask.email_hint", { email }) : t("questions.ask.email_none");
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t("questions.ask.email_legend")}</legend>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div class="govuk-checkboxes" data-module="govuk-checkboxes">
          <div class="govuk-checkboxes__item">
            <input class="govuk-checkboxes__input" id={id} name={id} type="checkbox" value="yes" checked={checked} />
            <label class="govuk-label govuk-checkboxes__label" for={id}>
              {t("questions.ask.email_label")}
            </label>
          </div>
        </div>
      </fieldset>
      {email ? null : (
        <p class="govuk-body">
          <a class="govuk-link" href={localePath(locale, "/konts/kontakti/e-pasts")}>
            {t("questions.ask.email_add")}
          </a>
        </p>
      )}
    </div>
  );
}

export function AskPage({ fields, errors, institutions, email, actingForOthers, csrfToken }: AskProps) {
  const { t, locale } = usePage();
  const title = t("questions.ask.title");
  return (
    <Layout title={errorTitle(t, title, Object.keys(errors).length > 0)}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 class="govuk-heading-l">{title}</h1>
          <p class="govuk-body">{t("questions.ask.lead")}</p>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, MINE_PATH)}>
              {t("questions.mine.link")}
            </a>
          </p>
          {actingForOthers ? <div class="govuk-inset-text">{t("questions.ask.own_name")}</div> : null}
          <form method="post" action={localePath(locale, ASK_PATH)} novalidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="submission" value={fields.submission} />
            <Select
              id="institution"
              label={t("questions.ask.institution")}
              hint={t("questions.ask.institution_hint")}
              error={errors.institution}
            >
              <option value="" selected={fields.institution === ""}>
                {t("questions.ask.institution_choose")}
              </option>
              {institutions.map((i) => (
                <option key={i.code} value={i.code} selected={fields.institution === i.code}>
                  {i.name}
                </option>
              ))}
            </Select>
            <TextInput
              id="subject"
              name="subject"
              label={t("questions.ask.subject")}
              hint={t("questions.ask.subject_hint", { max: SUBJECT_MAX })}
              value={fields.subject}
              error={errors.subject}
            />
            <Textarea
              id="question"
              name="question"
              label={t("questions.ask.question")}
              hint={t("questions.ask.question_hint", { max: QUESTION_MAX })}
              value={fields.question}
              error={errors.question}
              rows={10}
            />
            <EmailNotice checked={fields.emailNotice} email={email} error={errors.emailNotice} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("questions.ask.submit")}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

export function AskedPage({ number, institutionName, id }: { number: string; institutionName: string; id: string }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("questions.asked.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title">{t("questions.asked.title")}</h1>
            <div class="govuk-panel__body">
              {t("questions.asked.number")}
              <br />
              <strong>{number}</strong>
            </div>
          </div>
          <p class="govuk-body">{t("questions.asked.sent_to", { institution: institutionName })}</p>
          <h2 class="govuk-heading-m">{t("questions.asked.next")}</h2>
          <p class="govuk-body">{t("questions.asked.next_body")}</p>
          <ul class="govuk-list">
            <li>
              <a class="govuk-link" href={localePath(locale, `${MINE_PATH}/${id}`)}>
                {t("questions.asked.see_question")}
              </a>
            </li>
            <li>
              <a class="govuk-link" href={localePath(locale, MINE_PATH)}>
                {t("questions.mine.link")}
              </a>
            </li>
            <li>
              <a class="govuk-link" href={localePath(locale, ASK_PATH)}>
                {t("questions.asked.ask_another")}
              </a>
            </li>
          </ul>
        </div>
      </div>
    </Layout>
  );
}
