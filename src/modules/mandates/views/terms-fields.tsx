// The terms part of a mandate or an authorisation form: all e-services or chosen ones, and the
// first and last day. The checkboxes are always shown (no script needed to reveal them); the
// server ignores them when "all" is chosen.
import type { FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { describedBy, FieldError, FieldHint } from "../../../platform/html/components/field-parts.tsx";
import { Radios } from "../../../platform/html/components/radios.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { usePage } from "../../../platform/html/page-context.ts";

/** The terms as typed, for showing the form again. */
export type TermsValues = { scope: string; services: string[]; validFrom: string; validUntil: string };

export type ServiceOption = { identifier: string; title: string };

function ServiceCheckboxes({ options, chosen, error }: { options: ServiceOption[]; chosen: string[]; error: string | undefined }) {
  const { t } = usePage();
  const id = "services";
  const hint = t("mandates.grant.services_hint");
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t("mandates.grant.services_legend")}</legend>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {options.map((o, i) => {
            const inputId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div class="govuk-checkboxes__item" key={o.identifier}>
                <input
                  class="govuk-checkboxes__input"
                  id={inputId}
                  name="services"
                  type="checkbox"
                  value={o.identifier}
                  checked={chosen.includes(o.identifier)}
                />
                <label class="govuk-label govuk-checkboxes__label" for={inputId}>
                  {o.title}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function TermsFields({ values, errors, services }: { values: TermsValues; errors: FieldErrors; services: ServiceOption[] }) {
  const { t } = usePage();
  return (
    <>
      <Radios
        id="scope"
        name="scope"
        legend={t("mandates.grant.scope_legend")}
        value={values.scope}
        error={errors.scope}
        options={[
          { value: "all", label: t("mandates.grant.scope_all"), hint: t("mandates.grant.scope_all_hint") },
          { value: "chosen", label: t("mandates.grant.scope_chosen") },
        ]}
      />
      <ServiceCheckboxes options={services} chosen={values.services} error={errors.services} />
      <TextInput
        id="validFrom"
        name="validFrom"
        type="date"
        label={t("mandates.grant.valid_from")}
        hint={t("mandates.grant.dates_hint")}
        value={values.validFrom}
        error={errors.validFrom}
        widthClass="govuk-input--width-10"
      />
      <TextInput
        id="validUntil"
        name="validUntil"
        type="date"
        label={t("mandates.grant.valid_until")}
        value={values.validUntil}
        error={errors.validUntil}
        widthClass="govuk-input--width-10"
      />
    </>
  );
}
