// The consultant's forms for a visitor: recording the written authorisation the visitor signed
// (its services, its period and the scan of the signed form) and registering a paper application
// (which e-service, and the scan; the data is then typed into the e-service's own form).
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { describedBy, FieldError, FieldHint } from "../../../platform/html/components/field-parts.tsx";
import { Radios } from "../../../platform/html/components/radios.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Visit } from "../clients/visits.repository.ts";
import { CLIENT_PATHS } from "../paths.ts";
import { Checkboxes, type CheckboxOption, ClientCrumbs, VisitorCard } from "./client-parts.tsx";

function FileField({ id, label, hint, error }: { id: string; label: string; hint: string; error: string | undefined }) {
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label class="govuk-label govuk-label--s" for={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <input
        class={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
        id={id}
        name={id}
        type="file"
        accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

function titleWithErrors(t: (key: string) => string, title: string, errors: FieldErrors): string {
  return `${Object.keys(errors).length > 0 ? `${t("form.error_title_prefix")} ` : ""}${title}`;
}

export type AuthorisationValues = { scope: string; services: string[]; validFrom: string; validUntil: string };

export function AuthorisationPage(props: {
  visit: Visit;
  services: CheckboxOption[];
  values: AuthorisationValues;
  errors: FieldErrors;
  csrfToken: string;
}) {
  const { t, locale } = usePage();
  const { values, errors } = props;
  const title = t("centres.client.authorisation_title");
  return (
    <Layout title={titleWithErrors(t, title, errors)} beforeMain={<ClientCrumbs visit={props.visit} />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 class="govuk-heading-l">{title}</h1>
          <VisitorCard visit={props.visit} />
          <p class="govuk-body">{t("centres.client.authorisation_intro")}</p>
          <form method="post" action={localePath(locale, CLIENT_PATHS.authorise(props.visit.id))} enctype="multipart/form-data" novalidate>
            <CsrfField token={props.csrfToken} />
            <Radios
              id="scope"
              name="scope"
              legend={t("centres.client.scope")}
              legendClass="govuk-fieldset__legend--s"
              options={[
                { value: "all", label: t("centres.client.scope_all") },
                { value: "chosen", label: t("centres.client.scope_chosen") },
              ]}
              value={values.scope || null}
              error={errors.scope}
              small
            />
            <Checkboxes
              id="services"
              name="services"
              legend={t("centres.client.scope_services")}
              hint={t("centres.client.scope_services_hint")}
              options={props.services}
              values={values.services}
              error={errors.services}
            />
            <TextInput
              id="validFrom"
              name="validFrom"
              type="date"
              label={t("centres.client.valid_from")}
              hint={t("centres.client.date_hint")}
              value={values.validFrom}
              error={errors.validFrom}
              widthClass="govuk-input--width-10"
            />
            <TextInput
              id="validUntil"
              name="validUntil"
              type="date"
              label={t("centres.client.valid_until")}
              hint={t("centres.client.date_hint")}
              value={values.validUntil}
              error={errors.validUntil}
              widthClass="govuk-input--width-10"
            />
            <FileField id="scan" label={t("centres.client.scan")} hint={t("centres.client.scan_hint")} error={errors.scan} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("centres.client.authorisation_button")}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

export function PaperPage(props: { visit: Visit; services: CheckboxOption[]; service: string; errors: FieldErrors; csrfToken: string }) {
  const { t, locale } = usePage();
  const title = t("centres.client.paper_title");
  return (
    <Layout title={titleWithErrors(t, title, props.errors)} beforeMain={<ClientCrumbs visit={props.visit} />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={props.errors} />
          <h1 class="govuk-heading-l">{title}</h1>
          <VisitorCard visit={props.visit} />
          <p class="govuk-body">{t("centres.client.paper_intro")}</p>
          <form method="post" action={localePath(locale, CLIENT_PATHS.paper(props.visit.id))} enctype="multipart/form-data" novalidate>
            <CsrfField token={props.csrfToken} />
            <Radios
              id="service"
              name="service"
              legend={t("centres.client.paper_service")}
              legendClass="govuk-fieldset__legend--s"
              options={props.services}
              value={props.service || null}
              error={props.errors.service}
              small
            />
            <FileField id="scan" label={t("centres.client.paper_scan")} hint={t("centres.client.scan_hint")} error={props.errors.scan} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("centres.client.paper_button")}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
