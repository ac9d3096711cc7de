// /datu-apmaina: for the developers of consumer systems, how to call the bus and which data
// services it offers, each with its OpenAPI document.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { type Locale, localePath } from "../../../platform/i18n/locale.ts";
import type { ProviderServiceRow } from "../registry.repository.ts";
import { institutionName, XRoadId, YesNo } from "./registry-parts.tsx";

const ADDRESS_FORM = "/r1/{instance}/{class}/{member}/{subsystem}/{service}/{path}";

const HEADERS = [
  { name: "X-Road-Client", required: true, key: "client" },
  { name: "X-Road-Id", required: false, key: "id" },
  { name: "X-Road-UserId", required: false, key: "user_id" },
  { name: "X-Road-Issue", required: false, key: "issue" },
  { name: "X-Road-Represented-Party", required: false, key: "represented_party" },
  { name: "Authorization", required: true, key: "authorization" },
] as const;

const ERRORS = [
  ["invalid_service_address", 400],
  ["invalid_client", 400],
  ["invalid_credentials", 401],
  ["no_grant", 403],
  ["unknown_service", 404],
  ["log_unavailable", 500],
  ["provider_unavailable", 503],
  ["provider_timeout", 504],
] as const;

function HowToCall() {
  const { t } = usePage();
  return (
    <>
      <h2 class="govuk-heading-m">{t("exchange.public.how.title")}</h2>
      <p class="govuk-body">{t("exchange.public.how.address")}</p>
      <p class="govuk-body">
        <XRoadId id={ADDRESS_FORM} />
      </p>
      <p class="govuk-body">{t("exchange.public.how.address_parts")}</p>
      <h3 class="govuk-heading-s">{t("exchange.public.headers.title")}</h3>
      <DataTable
        caption={t("exchange.public.headers.caption")}
        headers={[t("exchange.public.headers.header"), t("exchange.public.headers.required"), t("exchange.public.headers.meaning")]}
      >
        {HEADERS.map((h) => (
          <tr class="govuk-table__row" key={h.name}>
            <td class="govuk-table__cell">
              <code>{h.name}</code>
            </td>
            <td class="govuk-table__cell">
              <YesNo value={h.required} />
            </td>
            <td class="govuk-table__cell">{t(`exchange.public.headers.${h.key}`)}</td>
          </tr>
        ))}
      </DataTable>
      <h3 class="govuk-heading-s">{t("exchange.public.auth.title")}</h3>
      <p class="govuk-body">{t("exchange.public.auth.intro")}</p>
      <ul class="govuk-list govuk-list--bullet">
        <li>
          <code>{"Authorization: Bearer <secret>"}</code> – {t("exchange.public.auth.secret")}
        </li>
        <li>
          <code>{"Authorization: Bearer <token>"}</code> – {t("exchange.public.auth.token")}
        </li>
      </ul>
    </>
  );
}

function ErrorCodes() {
  const { t } = usePage();
  return (
    <>
      <h2 class="govuk-heading-m">{t("exchange.public.errors.title")}</h2>
      <p class="govuk-body">{t("exchange.public.errors.intro")}</p>
      <DataTable
        caption={t("exchange.public.errors.caption")}
        headers={[t("exchange.public.errors.code"), t("exchange.public.errors.status"), t("exchange.public.errors.meaning")]}
      >
        {ERRORS.map(([code, status]) => (
          <tr class="govuk-table__row" key={code}>
            <td class="govuk-table__cell">
              <code>{code}</code>
            </td>
            <td class="govuk-table__cell">{status}</td>
            <td class="govuk-table__cell">{t(`exchange.public.errors.${code}`)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

function ServiceCard({ service }: { service: ProviderServiceRow }) {
  const { t, locale } = usePage();
  return (
    <div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper">
        <h4 class="govuk-summary-card__title">{service.name[locale]}</h4>
      </div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t("exchange.registry.service_id")}</dt>
            <dd class="govuk-summary-list__value">
              <XRoadId id={service.serviceId} />
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t("exchange.registry.description")}</dt>
            <dd class="govuk-summary-list__value">{service.description[locale]}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t("exchange.registry.data_categories")}</dt>
            <dd class="govuk-summary-list__value">{service.dataCategories.join(", ")}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t("exchange.registry.personal_data")}</dt>
            <dd class="govuk-summary-list__value">
              <YesNo value={service.personalData} />
            </dd>
          </div>
        </dl>
        <p class="govuk-body govuk-!-margin-top-4 govuk-!-margin-bottom-0">
          <a class="govuk-link" href={localePath(locale, `/datu-apmaina/openapi/${service.id}.json`)} type="application/json">
            {t("exchange.public.services.openapi")}
            <span class="govuk-visually-hidden"> {t("exchange.public.services.openapi_of", { service: service.name[locale] })}</span>
          </a>
        </p>
      </div>
    </div>
  );
}

/** Services by institution, institutions by name; within one, in the order the list comes. */
function byInstitution(services: ProviderServiceRow[], locale: Locale): [string, ProviderServiceRow[]][] {
  const groups = new Map<string, ProviderServiceRow[]>();
  for (const s of services)
    groups.set(institutionName(s.institution, locale), [...(groups.get(institutionName(s.institution, locale)) ?? []), s]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b, locale));
}

export function PublicRegistryPage({ services }: { services: ProviderServiceRow[] }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("exchange.public.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{t("exchange.public.title")}</h1>
          <p class="govuk-body-l">{t("exchange.public.intro")}</p>
          <p class="govuk-body">{t("exchange.public.intro_log")}</p>
          <HowToCall />
          <ErrorCodes />
          <h2 class="govuk-heading-m">{t("exchange.public.services.title")}</h2>
          {services.length === 0 ? <p class="govuk-body">{t("exchange.public.services.none")}</p> : null}
          {byInstitution(services, locale).map(([institution, list], i) => (
            <section key={institution} aria-labelledby={`institution-${i}`}>
              <h3 class="govuk-heading-s" id={`institution-${i}`}>
                {institution}
              </h3>
              {list.map((s) => (
                <ServiceCard key={s.id} service={s} />
              ))}
            </section>
          ))}
        </div>
      </div>
    </Layout>
  );
}
