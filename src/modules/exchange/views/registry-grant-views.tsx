// Administrators grant consumers access to data services, and revoke it.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { Select } from "../../../platform/html/components/select.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { ConsumerRow, GrantRow, ProviderServiceRow } from "../registry.repository.ts";
import { Checkbox, Checkboxes, DateTime, ExceptionTag, RegistryNav, XRoadId, YesNo } from "./registry-parts.tsx";

/** The grant form's fields, in the order they appear (and their errors are listed). */
export const GRANT_FIELDS = ["consumerId", "serviceId", "purposeLv", "purposeEn", "legalBasis", "logBodies", "exception"] as const;
export type GrantForm = Record<(typeof GRANT_FIELDS)[number], string>;

export type GrantsNotice = "saved" | "revoked" | null;

function ConsumerCell({ grant }: { grant: GrantRow }) {
  return (
    <>
      {grant.consumerName}
      <br />
      <XRoadId id={grant.clientId} />
    </>
  );
}

function ServiceCell({ grant }: { grant: GrantRow }) {
  const { locale } = usePage();
  return (
    <>
      {grant.serviceName[locale]}
      <br />
      <XRoadId id={grant.serviceId} />
    </>
  );
}

function LiveGrants({ grants, csrfToken }: { grants: GrantRow[]; csrfToken: string }) {
  const { t, locale } = usePage();
  if (grants.length === 0) return <p class="govuk-body">{t("exchange.grant.list.none")}</p>;
  return (
    <DataTable
      caption={t("exchange.grant.list.caption")}
      captionVisible
      headers={[
        t("exchange.grant.consumer"),
        t("exchange.grant.service"),
        t("exchange.grant.purpose"),
        t("exchange.grant.legal_basis"),
        t("exchange.grant.exception"),
        t("exchange.grant.granted_at"),
        <span class="govuk-visually-hidden">{t("exchange.grant.action")}</span>,
      ]}
    >
      {grants.map((g) => (
        <tr class="govuk-table__row" key={g.id}>
          <td class="govuk-table__cell">
            <ConsumerCell grant={g} />
          </td>
          <td class="govuk-table__cell">
            <ServiceCell grant={g} />
          </td>
          <td class="govuk-table__cell">
            {g.purpose[locale]}
            {g.logBodies ? (
              <>
                <br />
                <strong class="govuk-tag govuk-tag--grey">{t("exchange.grant.log_bodies_marker")}</strong>
              </>
            ) : null}
          </td>
          <td class="govuk-table__cell">{g.legalBasis}</td>
          <td class="govuk-table__cell">{g.exception ? <ExceptionTag /> : <YesNo value={false} />}</td>
          <td class="govuk-table__cell">
            <DateTime at={g.grantedAt} />
          </td>
          <td class="govuk-table__cell">
            <form method="post" action={localePath(locale, `/darbs/datu-apmaina/atlaujas/${g.id}/atsaukt`)}>
              <CsrfField token={csrfToken} />
              <button type="submit" class="epak-link-button">
                {t("exchange.grant.revoke")}
                <span class="govuk-visually-hidden">
                  {" "}
                  {t("exchange.grant.revoke_label", { consumer: g.consumerName, service: g.serviceName[locale] })}
                </span>
              </button>
            </form>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function RevokedGrants({ grants }: { grants: GrantRow[] }) {
  const { t, locale } = usePage();
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{t("exchange.grant.revoked_list", { count: grants.length })}</span>
      </summary>
      <div class="govuk-details__text">
        {grants.length === 0 ? (
          <p class="govuk-body">{t("exchange.grant.revoked_list.none")}</p>
        ) : (
          <DataTable
            caption={t("exchange.grant.revoked_list.caption")}
            headers={[
              t("exchange.grant.consumer"),
              t("exchange.grant.service"),
              t("exchange.grant.purpose"),
              t("exchange.grant.granted_at"),
              t("exchange.grant.revoked_at"),
            ]}
          >
            {grants.map((g) => (
              <tr class="govuk-table__row" key={g.id}>
                <td class="govuk-table__cell">
                  <ConsumerCell grant={g} />
                </td>
                <td class="govuk-table__cell">
                  <ServiceCell grant={g} />
                </td>
                <td class="govuk-table__cell">
                  {g.purpose[locale]}
                  {g.exception ? (
                    <>
                      <br />
                      <ExceptionTag />
                    </>
                  ) : null}
                </td>
                <td class="govuk-table__cell">
                  <DateTime at={g.grantedAt} />
                </td>
                <td class="govuk-table__cell">{g.revokedAt ? <DateTime at={g.revokedAt} /> : null}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </details>
  );
}

type FormProps = { consumers: ConsumerRow[]; services: ProviderServiceRow[]; input: GrantForm; errors: FieldErrors; csrfToken: string };

function GrantFormFields({ consumers, services, input, errors }: Omit<FormProps, "csrfToken">) {
  const { t, locale } = usePage();
  return (
    <>
      <Select id="consumerId" label={t("exchange.grant.consumer")} error={errors.consumerId}>
        <option value="">{t("exchange.grant.choose")}</option>
        {consumers.map((c) => (
          <option key={c.id} value={c.id} selected={input.consumerId === c.id}>
            {c.name} ({c.clientId})
          </option>
        ))}
      </Select>
      <Select id="serviceId" label={t("exchange.grant.service")} error={errors.serviceId}>
        <option value="">{t("exchange.grant.choose")}</option>
        {services.map((s) => (
          <option key={s.id} value={s.id} selected={input.serviceId === s.id}>
            {s.name[locale]} ({s.serviceId})
          </option>
        ))}
      </Select>
      <TextInput
        id="purposeLv"
        name="purposeLv"
        label={t("exchange.grant.purpose_lv")}
        hint={t("exchange.grant.purpose.hint")}
        value={input.purposeLv}
        error={errors.purposeLv}
      />
      <TextInput
        id="purposeEn"
        name="purposeEn"
        label={t("exchange.grant.purpose_en")}
        value={input.purposeEn}
        error={errors.purposeEn}
        spellcheck={false}
      />
      <TextInput
        id="legalBasis"
        name="legalBasis"
        label={t("exchange.grant.legal_basis")}
        hint={t("exchange.grant.legal_basis.hint")}
        value={input.legalBasis}
        error={errors.legalBasis}
      />
      <Checkboxes legend={t("exchange.grant.options")}>
        <Checkbox
          id="logBodies"
          label={t("exchange.grant.log_bodies")}
          hint={t("exchange.grant.log_bodies.hint")}
          checked={input.logBodies === "yes"}
        />
        <Checkbox
          id="exception"
          label={t("exchange.grant.exception_flag")}
          hint={t("exchange.grant.exception.hint")}
          checked={input.exception === "yes"}
        />
      </Checkboxes>
    </>
  );
}

function GrantAccessForm(props: FormProps) {
  const { t, locale } = usePage();
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h2 class="govuk-heading-m">{t("exchange.grant.add")}</h2>
        {props.consumers.length === 0 ? (
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, "/darbs/datu-apmaina/pateretaji")}>
              {t("exchange.grant.no_consumers")}
            </a>
          </p>
        ) : null}
        <form method="post" action={localePath(locale, "/darbs/datu-apmaina/atlaujas")} novalidate>
          <CsrfField token={props.csrfToken} />
          <GrantFormFields {...props} />
          <button type="submit" class="govuk-button" data-module="govuk-button">
            {t("exchange.grant.add_submit")}
          </button>
        </form>
      </div>
    </div>
  );
}

type GrantsProps = FormProps & { live: GrantRow[]; revoked: GrantRow[]; notice: GrantsNotice };

export function GrantsPage({ live, revoked, notice, ...form }: GrantsProps) {
  const { t } = usePage();
  const hasErrors = Object.keys(form.errors).length > 0;
  return (
    <Layout title={`${hasErrors ? `${t("form.error_title_prefix")} ` : ""}${t("exchange.grant.title")}`}>
      <ErrorSummary errors={form.errors} />
      <SuccessBanner text={notice ? t(`exchange.grant.${notice}`) : null} />
      <span class="govuk-caption-l">{t("exchange.registry.title")}</span>
      <h1 class="govuk-heading-l">{t("exchange.grant.title")}</h1>
      <RegistryNav current="grants" administrator />
      <LiveGrants grants={live} csrfToken={form.csrfToken} />
      <RevokedGrants grants={revoked} />
      <GrantAccessForm {...form} />
    </Layout>
  );
}
