// Administrators register consumer systems; a new consumer's secret is shown once, here only.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { Select } from "../../../platform/html/components/select.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Textarea } from "../../../platform/html/components/textarea.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { UNITS } from "../../identity/index.ts";
import type { ConsumerRow } from "../registry.repository.ts";
import { DateTime, institutionName, RegistryNav, XRoadId } from "./registry-parts.tsx";

/** The consumer form's fields, in the order they appear (and their errors are listed). */
export const CONSUMER_FIELDS = ["clientId", "institution", "name", "publicKey"] as const;
export type ConsumerForm = Record<(typeof CONSUMER_FIELDS)[number], string>;

function Credentials({ consumer }: { consumer: ConsumerRow }) {
  const { t } = usePage();
  const kinds = [
    consumer.secretHash ? t("exchange.consumer.credentials.secret") : null,
    consumer.publicKey ? t("exchange.consumer.credentials.key") : null,
  ].filter(Boolean);
  return <>{kinds.join(", ")}</>;
}

function ConsumerList({ consumers }: { consumers: ConsumerRow[] }) {
  const { t, locale } = usePage();
  if (consumers.length === 0) return <p class="govuk-body">{t("exchange.consumer.list.none")}</p>;
  return (
    <DataTable
      caption={t("exchange.consumer.list.caption")}
      captionVisible
      headers={[
        t("exchange.consumer.client_id"),
        t("exchange.consumer.name"),
        t("exchange.consumer.institution"),
        t("exchange.consumer.credentials"),
        t("exchange.consumer.created_at"),
      ]}
    >
      {consumers.map((c) => (
        <tr class="govuk-table__row" key={c.id}>
          <td class="govuk-table__cell">
            <XRoadId id={c.clientId} />
          </td>
          <td class="govuk-table__cell">
            {c.name}
            {c.disabledAt ? (
              <>
                {" "}
                <strong class="govuk-tag govuk-tag--grey">{t("exchange.consumer.disabled")}</strong>
              </>
            ) : null}
          </td>
          <td class="govuk-table__cell">{institutionName(c.institution, locale)}</td>
          <td class="govuk-table__cell">
            <Credentials consumer={c} />
          </td>
          <td class="govuk-table__cell">
            <DateTime at={c.createdAt} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function ConsumerFormFields({ input, errors }: { input: ConsumerForm; errors: FieldErrors }) {
  const { t, locale } = usePage();
  return (
    <>
      <TextInput
        id="clientId"
        name="clientId"
        label={t("exchange.consumer.client_id")}
        hint={t("exchange.consumer.client_id.hint")}
        value={input.clientId}
        error={errors.clientId}
        autocomplete="off"
        spellcheck={false}
      />
      <Select id="institution" label={t("exchange.consumer.institution")} error={errors.institution}>
        <option value="">{t("exchange.grant.choose")}</option>
        {UNITS.filter((u) => u.kind === "institution").map((u) => (
          <option key={u.code} value={u.code} selected={input.institution === u.code}>
            {u.name[locale]}
          </option>
        ))}
      </Select>
      <TextInput id="name" name="name" label={t("exchange.consumer.name")} value={input.name} error={errors.name} />
      <Textarea
        id="publicKey"
        name="publicKey"
        label={t("exchange.consumer.public_key")}
        hint={t("exchange.consumer.public_key.hint")}
        value={input.publicKey}
        error={errors.publicKey}
        rows={4}
      />
    </>
  );
}

type ConsumersProps = { consumers: ConsumerRow[]; input: ConsumerForm; errors: FieldErrors; csrfToken: string };

export function ConsumersPage({ consumers, input, errors, csrfToken }: ConsumersProps) {
  const { t, locale } = usePage();
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout title={`${hasErrors ? `${t("form.error_title_prefix")} ` : ""}${t("exchange.consumer.title")}`}>
      <ErrorSummary errors={errors} />
      <span class="govuk-caption-l">{t("exchange.registry.title")}</span>
      <h1 class="govuk-heading-l">{t("exchange.consumer.title")}</h1>
      <RegistryNav current="consumers" administrator />
      <ConsumerList consumers={consumers} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-heading-m">{t("exchange.consumer.add")}</h2>
          <form method="post" action={localePath(locale, "/darbs/datu-apmaina/pateretaji")} novalidate>
            <CsrfField token={csrfToken} />
            <ConsumerFormFields input={input} errors={errors} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("exchange.consumer.add_submit")}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

export function ConsumerCreatedPage({ clientId, secret }: { clientId: string; secret: string }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("exchange.consumer.created.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title">{t("exchange.consumer.created.title")}</h1>
            <div class="govuk-panel__body">{t("exchange.consumer.created.lead", { clientId })}</div>
          </div>
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong class="govuk-warning-text__text">{t("exchange.consumer.created.warning")}</strong>
          </div>
          <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{t("exchange.consumer.client_id")}</dt>
              <dd class="govuk-summary-list__value">
                <XRoadId id={clientId} />
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{t("exchange.consumer.created.secret")}</dt>
              <dd class="govuk-summary-list__value">
                <code>{secret}</code>
              </dd>
            </div>
          </dl>
          <ul class="govuk-list">
            <li>
              <a class="govuk-link" href={localePath(locale, "/darbs/datu-apmaina/atlaujas")}>
                {t("exchange.consumer.created.grant")}
              </a>
            </li>
            <li>
              <a class="govuk-link" href={localePath(locale, "/darbs/datu-apmaina/pateretaji")}>
                {t("exchange.consumer.created.back")}
              </a>
            </li>
          </ul>
        </div>
      </div>
    </Layout>
  );
}
