// "Pilnvarot citu personu": whom (personal code and family name, checked against the population
// register), for which e-services and for how long.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { GrantValues } from "../grant-input.ts";
import { BackLink, errorTitle, GRANT_PATH, MANDATES_PATH } from "./parts.tsx";
import { type ServiceOption, TermsFields } from "./terms-fields.tsx";

type Props = { values: GrantValues; errors: FieldErrors; services: ServiceOption[]; csrfToken: string };

export function GrantPage({ values, errors, services, csrfToken }: Props) {
  const { t, locale } = usePage();
  const title = t("mandates.grant.title");
  return (
    <Layout title={errorTitle(t, title, Object.keys(errors).length > 0)}>
      <BackLink to={MANDATES_PATH} label={t("mandates.confirm.back")} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 class="govuk-heading-l">{title}</h1>
          <p class="govuk-body">{t("mandates.grant.lead")}</p>
          <form method="post" action={localePath(locale, GRANT_PATH)} novalidate>
            <CsrfField token={csrfToken} />
            <fieldset class="govuk-fieldset" aria-describedby="agent-hint">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t("mandates.grant.agent_legend")}</legend>
              <div id="agent-hint" class="govuk-hint">
                {t("mandates.grant.agent_hint")}
              </div>
              <TextInput
                id="agentCode"
                name="agentCode"
                label={t("mandates.grant.agent_code")}
                hint={t("mandates.grant.agent_code_hint")}
                value={values.agentCode}
                error={errors.agentCode}
                inputMode="numeric"
                autocomplete="off"
                spellcheck={false}
                widthClass="govuk-input--width-20"
              />
              <TextInput
                id="agentFamilyName"
                name="agentFamilyName"
                label={t("mandates.grant.agent_family_name")}
                value={values.agentFamilyName}
                error={errors.agentFamilyName}
                autocomplete="off"
                spellcheck={false}
                widthClass="govuk-!-width-two-thirds"
              />
            </fieldset>
            <TermsFields values={values} errors={errors} services={services} />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button">
                {t("mandates.grant.submit")}
              </button>
              <a class="govuk-link" href={localePath(locale, MANDATES_PATH)}>
                {t("mandates.grant.cancel")}
              </a>
            </div>
          </form>
        </div>
      </div>
    </Layout>
  );
}
