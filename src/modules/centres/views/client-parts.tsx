// Pieces the consultant's visitor screens share: the visitor's card on top and a group of
// checkboxes (the services an authorisation covers).
import { describedBy, FieldError, FieldHint } from "../../../platform/html/components/field-parts.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import type { Visit } from "../clients/visits.repository.ts";
import { CLIENT_PATHS } from "../paths.ts";
import { Crumbs } from "./parts.tsx";

export function ClientCrumbs({ visit }: { visit?: Visit }) {
  const { t } = usePage();
  const trail = [
    { label: t("centres.knowledge.crumb.staff"), path: "/darbs" },
    { label: t("centres.client.title"), path: CLIENT_PATHS.identify },
  ];
  if (visit) trail.push({ label: visit.personName, path: CLIENT_PATHS.visit(visit.id) });
  return <Crumbs trail={trail} />;
}

/** The document number shown with all but its last three characters hidden. */
export function maskedDocument(number: string): string {
  return `${"•".repeat(Math.max(0, number.length - 3))}${number.slice(-3)}`;
}

/** `withName` false where the visitor's name is already the page's heading. */
export function VisitorCard({ visit, withName = true }: { visit: Visit; withName?: boolean }) {
  const { t } = usePage();
  return (
    <p class="govuk-body govuk-!-margin-bottom-6">
      {withName ? (
        <>
          <span class="govuk-caption-m">{t("centres.client.visitor")}</span>
          <strong>{visit.personName}</strong>
          <br />
        </>
      ) : null}
      {t("centres.client.identified_with", {
        document: t(`centres.client.document.${visit.documentKind}`),
        number: maskedDocument(visit.documentNumber),
      })}
    </p>
  );
}

export type CheckboxOption = { value: string; label: string };

export function Checkboxes(props: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  options: CheckboxOption[];
  values: readonly string[];
  error?: string | undefined;
}) {
  const { id, name, legend, hint, options, values, error } = props;
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {options.map((o, i) => {
            const inputId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div class="govuk-checkboxes__item" key={o.value}>
                <input
                  class="govuk-checkboxes__input"
                  id={inputId}
                  name={name}
                  type="checkbox"
                  value={o.value}
                  checked={values.includes(o.value)}
                />
                <label class="govuk-label govuk-checkboxes__label" for={inputId}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
