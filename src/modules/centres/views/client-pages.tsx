// The consultant's screens: identifying a visitor, and the visitor's page — their written
// authorisations at this centre, the e-services the consultant may fill for them (or register
// from paper), and the applications started for them here.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { Radios } from "../../../platform/html/components/radios.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDate, formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { DOCUMENT_KINDS, type Visit } from "../clients/visits.repository.ts";
import { CLIENT_PATHS } from "../paths.ts";
import { ClientCrumbs, VisitorCard } from "./client-parts.tsx";

export type IdentifyValues = { personalCode: string; documentKind: string; documentNumber: string; documentChecked: boolean };

/** The form's fields in the order they stand, which the error summary follows. */
const IDENTIFY_FIELDS = ["personalCode", "documentKind", "documentNumber", "documentChecked"];

function inFieldOrder(errors: FieldErrors): FieldErrors {
  const rank = (field: string) => {
    const at = IDENTIFY_FIELDS.indexOf(field);
    return at === -1 ? IDENTIFY_FIELDS.length : at;
  };
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

export function IdentifyPage(props: {
  centreName: string;
  values: IdentifyValues;
  errors: FieldErrors;
  recent: Visit[];
  csrfToken: string;
}) {
  const { t, locale } = usePage();
  const { values, errors } = props;
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout
      title={`${hasErrors ? `${t("form.error_title_prefix")} ` : ""}${t("centres.client.identify_title")}`}
      beforeMain={<ClientCrumbs />}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={inFieldOrder(errors)} />
          <span class="govuk-caption-l">{props.centreName}</span>
          <h1 class="govuk-heading-l">{t("centres.client.identify_title")}</h1>
          <p class="govuk-body">{t("centres.client.identify_intro")}</p>
          <form method="post" action={localePath(locale, CLIENT_PATHS.identify)} novalidate>
            <CsrfField token={props.csrfToken} />
            <TextInput
              id="personalCode"
              name="personalCode"
              label={t("centres.client.personal_code")}
              hint={t("centres.client.personal_code_hint")}
              value={values.personalCode}
              error={errors.personalCode}
              autocomplete="off"
              widthClass="govuk-input--width-10"
              spellcheck={false}
            />
            <Radios
              id="documentKind"
              name="documentKind"
              legend={t("centres.client.document_kind")}
              legendClass="govuk-fieldset__legend--s"
              options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`centres.client.document.${kind}`) }))}
              value={values.documentKind || null}
              error={errors.documentKind}
              small
            />
            <TextInput
              id="documentNumber"
              name="documentNumber"
              label={t("centres.client.document_number")}
              hint={t("centres.client.document_number_hint")}
              value={values.documentNumber}
              error={errors.documentNumber}
              autocomplete="off"
              widthClass="govuk-input--width-10"
              spellcheck={false}
            />
            <div class={`govuk-form-group${errors.documentChecked ? " govuk-form-group--error" : ""}`}>
              {errors.documentChecked ? (
                <p id="documentChecked-error" class="govuk-error-message">
                  <span class="govuk-visually-hidden">{t("form.error_prefix")}</span> {t(errors.documentChecked)}
                </p>
              ) : null}
              <div class="govuk-checkboxes govuk-checkboxes--small">
                <div class="govuk-checkboxes__item">
                  <input
                    class="govuk-checkboxes__input"
                    id="documentChecked"
                    name="documentChecked"
                    type="checkbox"
                    value="yes"
                    checked={values.documentChecked}
                    aria-describedby={errors.documentChecked ? "documentChecked-error" : undefined}
                  />
                  <label class="govuk-label govuk-checkboxes__label" for="documentChecked">
                    {t("centres.client.document_checked")}
                  </label>
                </div>
              </div>
            </div>
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("centres.client.identify_button")}
            </button>
          </form>
          {props.recent.length > 0 ? (
            <>
              <h2 class="govuk-heading-m">{t("centres.client.recent")}</h2>
              <ul class="govuk-list">
                {props.recent.map((v) => (
                  <li key={v.id}>
                    <a class="govuk-link" href={localePath(locale, CLIENT_PATHS.visit(v.id))}>
                      {v.personName}
                    </a>{" "}
                    <span class="govuk-hint govuk-!-display-inline">{formatDateTime(locale, v.startedAt)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
    </Layout>
  );
}

export type AuthorisationRow = {
  id: string;
  number: string;
  scope: string;
  validFrom: string;
  validUntil: string;
  standing: "in_force" | "not_yet" | "expired" | "revoked";
  consultantName: string;
};

export type ServiceRow = { service: string; title: string; authorised: boolean };

export type ApplicationRow = {
  id: string;
  title: string;
  channel: "assisted" | "paper";
  number: string | null;
  status: "draft" | "submitted";
  /** Only the consultant who started it continues it or prints its receipt. */
  mine: boolean;
  updatedAt: Date;
};

const STANDING_TAG = { in_force: "govuk-tag--green", not_yet: "govuk-tag--blue", expired: "govuk-tag--grey", revoked: "govuk-tag--red" };

function Authorisations({ visit, rows }: { visit: Visit; rows: AuthorisationRow[] }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="authorisations">
      <h2 class="govuk-heading-m" id="authorisations">
        {t("centres.client.authorisations")}
      </h2>
      {rows.length === 0 ? <p class="govuk-body">{t("centres.client.no_authorisations")}</p> : null}
      {rows.length > 0 ? (
        <DataTable
          caption={t("centres.client.authorisations")}
          headers={[
            t("centres.client.col.number"),
            t("centres.client.col.scope"),
            t("centres.client.col.period"),
            t("centres.client.col.status"),
          ]}
        >
          {rows.map((a) => (
            <tr class="govuk-table__row" key={a.id}>
              <td class="govuk-table__cell">
                {a.number}
                <br />
                <a class="govuk-link" href={localePath(locale, CLIENT_PATHS.scan(visit.id, a.id))}>
                  {t("centres.client.scan_link")}
                  <span class="govuk-visually-hidden"> {a.number}</span>
                </a>
              </td>
              <td class="govuk-table__cell">{a.scope}</td>
              <td class="govuk-table__cell">
                {formatDate(locale, a.validFrom)} – {formatDate(locale, a.validUntil)}
              </td>
              <td class="govuk-table__cell">
                <strong class={`govuk-tag ${STANDING_TAG[a.standing]}`}>{t(`centres.client.standing.${a.standing}`)}</strong>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <a class="govuk-button govuk-button--secondary" href={localePath(locale, CLIENT_PATHS.authorise(visit.id))}>
        {t("centres.client.record_authorisation")}
      </a>
    </section>
  );
}

function Services({ visit, rows, csrfToken }: { visit: Visit; rows: ServiceRow[]; csrfToken: string }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="eservices">
      <h2 class="govuk-heading-m" id="eservices">
        {t("centres.client.eservices")}
      </h2>
      <p class="govuk-body">{t("centres.client.eservices_intro")}</p>
      <ul class="govuk-list">
        {rows.map((s) => (
          <li key={s.service} class="govuk-!-margin-bottom-4">
            <h3 class="govuk-heading-s govuk-!-margin-bottom-2">{s.title}</h3>
            {/* The words stand on their own line: inside the button group they ran into the link. */}
            {s.authorised ? null : <p class="govuk-hint govuk-!-margin-bottom-2">{t("centres.client.not_authorised")}</p>}
            <div class="govuk-button-group">
              {s.authorised ? (
                <form method="post" action={localePath(locale, CLIENT_PATHS.start(visit.id))}>
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="service" value={s.service} />
                  <button type="submit" class="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">
                    {t("centres.client.fill_for")}
                    <span class="govuk-visually-hidden"> – {s.title}</span>
                  </button>
                </form>
              ) : null}
              <a
                class="govuk-link"
                href={`${localePath(locale, CLIENT_PATHS.paper(visit.id))}?pakalpojums=${encodeURIComponent(s.service)}`}
              >
                {t("centres.client.register_paper")}
                <span class="govuk-visually-hidden"> – {s.title}</span>
              </a>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Applications({ rows }: { rows: ApplicationRow[] }) {
  const { t, locale } = usePage();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="applications">
      <h2 class="govuk-heading-m" id="applications">
        {t("centres.client.applications")}
      </h2>
      <DataTable
        caption={t("centres.client.applications")}
        headers={[t("centres.client.col.service"), t("centres.client.col.number"), t("centres.client.col.action")]}
      >
        {rows.map((a) => (
          <tr class="govuk-table__row" key={a.id}>
            <td class="govuk-table__cell">
              {a.title}
              <div class="govuk-hint govuk-!-margin-bottom-0">{t(`centres.client.channel.${a.channel}`)}</div>
            </td>
            <td class="govuk-table__cell">{a.number ?? <strong class="govuk-tag govuk-tag--grey">{t("centres.client.draft")}</strong>}</td>
            <td class="govuk-table__cell">
              {!a.mine ? null : a.status === "submitted" ? (
                <a class="govuk-link" href={localePath(locale, `/pieteikumi/${a.id}/apliecinajums.pdf`)}>
                  {t("centres.client.print_receipt")}
                  <span class="govuk-visually-hidden"> {a.number}</span>
                </a>
              ) : (
                <a class="govuk-link" href={localePath(locale, `/pieteikumi/${a.id}`)}>
                  {t("centres.client.continue")}
                  <span class="govuk-visually-hidden"> {a.title}</span>
                </a>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

export function VisitPage(props: {
  visit: Visit;
  centreName: string;
  authorisations: AuthorisationRow[];
  services: ServiceRow[];
  applications: ApplicationRow[];
  notice: string | null;
  refusal: string | null;
  csrfToken: string;
}) {
  const { t } = usePage();
  return (
    <Layout title={`${props.refusal ? `${t("form.error_title_prefix")} ` : ""}${props.visit.personName}`} beforeMain={<ClientCrumbs />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {props.refusal ? (
            <div class="govuk-error-summary" data-module="govuk-error-summary">
              <div role="alert">
                <h2 class="govuk-error-summary__title">{t("centres.client.refused_title")}</h2>
                <div class="govuk-error-summary__body">
                  <p class="govuk-body">{props.refusal}</p>
                </div>
              </div>
            </div>
          ) : null}
          <SuccessBanner text={props.notice} />
          <span class="govuk-caption-l">{props.centreName}</span>
          <h1 class="govuk-heading-l">{props.visit.personName}</h1>
          <VisitorCard visit={props.visit} withName={false} />
          <Authorisations visit={props.visit} rows={props.authorisations} />
          <Services visit={props.visit} rows={props.services} csrfToken={props.csrfToken} />
          <Applications rows={props.applications} />
        </div>
      </div>
    </Layout>
  );
}
