// The staff catalogue of data services, and one service with its OpenAPI document and grants.
import type { ComponentChildren } from "preact";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { TableWrap } from "../../../platform/html/components/table-wrap.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { GrantRow, ProviderServiceRow } from "../registry.repository.ts";
import { DateTime, ExceptionTag, institutionName, RegistryNav, XRoadId, YesNo } from "./registry-parts.tsx";

export type CatalogueEntry = ProviderServiceRow & { liveGrants: number };

export function CataloguePage({ services, administrator }: { services: CatalogueEntry[]; administrator: boolean }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("exchange.registry.title")}>
      <h1 class="govuk-heading-l">{t("exchange.registry.title")}</h1>
      <RegistryNav current="services" administrator={administrator} />
      {services.length === 0 ? (
        <p class="govuk-body">{t("exchange.registry.services.none")}</p>
      ) : (
        <DataTable
          caption={t("exchange.registry.services.caption")}
          captionVisible
          headers={[
            t("exchange.registry.institution"),
            t("exchange.registry.service_id"),
            t("exchange.registry.name"),
            t("exchange.registry.personal_data"),
            t("exchange.registry.status"),
            t("exchange.registry.live_grants"),
          ]}
        >
          {services.map((s) => (
            <tr class="govuk-table__row" key={s.id}>
              <td class="govuk-table__cell">{institutionName(s.institution, locale)}</td>
              <td class="govuk-table__cell">
                <XRoadId id={s.serviceId} />
              </td>
              <td class="govuk-table__cell">
                <a class="govuk-link" href={localePath(locale, `/darbs/datu-apmaina/pakalpojumi/${s.id}`)}>
                  {s.name[locale]}
                </a>
              </td>
              <td class="govuk-table__cell">
                <YesNo value={s.personalData} />
              </td>
              <td class="govuk-table__cell">{t(`exchange.registry.status.${s.status}`)}</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">{s.liveGrants}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function ServiceDetails({ service }: { service: ProviderServiceRow }) {
  const { t, locale } = usePage();
  return (
    <dl class="govuk-summary-list">
      <Row label={t("exchange.registry.service_id")}>
        <XRoadId id={service.serviceId} />
      </Row>
      <Row label={t("exchange.registry.institution")}>{institutionName(service.institution, locale)}</Row>
      <Row label={t("exchange.registry.subsystem")}>
        <code>{service.subsystem}</code>
      </Row>
      <Row label={t("exchange.registry.service_code")}>
        <code>{service.serviceCode}</code>
      </Row>
      <Row label={t("exchange.registry.name_lv")}>
        <span lang="lv">{service.name.lv}</span>
      </Row>
      <Row label={t("exchange.registry.name_en")}>
        <span lang="en">{service.name.en}</span>
      </Row>
      <Row label={t("exchange.registry.description_lv")}>
        <span lang="lv">{service.description.lv}</span>
      </Row>
      <Row label={t("exchange.registry.description_en")}>
        <span lang="en">{service.description.en}</span>
      </Row>
      <Row label={t("exchange.registry.base_url")}>
        <code>{service.baseUrl}</code>
      </Row>
      <Row label={t("exchange.registry.data_categories")}>{service.dataCategories.join(", ")}</Row>
      <Row label={t("exchange.registry.personal_data")}>
        <YesNo value={service.personalData} />
      </Row>
      <Row label={t("exchange.registry.timeout")}>{t("exchange.registry.timeout_ms", { ms: service.timeoutMs })}</Row>
      <Row label={t("exchange.registry.status")}>{t(`exchange.registry.status.${service.status}`)}</Row>
    </dl>
  );
}

function ServiceGrants({ grants }: { grants: GrantRow[] }) {
  const { t, locale } = usePage();
  if (grants.length === 0) return <p class="govuk-body">{t("exchange.registry.service.grants.none")}</p>;
  return (
    <DataTable
      caption={t("exchange.registry.service.grants.caption")}
      captionVisible
      headers={[
        t("exchange.grant.consumer"),
        t("exchange.grant.purpose"),
        t("exchange.grant.legal_basis"),
        t("exchange.grant.exception"),
        t("exchange.grant.granted_at"),
      ]}
    >
      {grants.map((g) => (
        <tr class="govuk-table__row" key={g.id}>
          <td class="govuk-table__cell">
            {g.consumerName}
            <br />
            <XRoadId id={g.clientId} />
          </td>
          <td class="govuk-table__cell">{g.purpose[locale]}</td>
          <td class="govuk-table__cell">{g.legalBasis}</td>
          <td class="govuk-table__cell">{g.exception ? <ExceptionTag /> : <YesNo value={false} />}</td>
          <td class="govuk-table__cell">
            <DateTime at={g.grantedAt} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

type ServicePageProps = {
  service: ProviderServiceRow & { openapi: Record<string, unknown> };
  grants: GrantRow[];
  administrator: boolean;
};

export function ServicePage({ service, grants, administrator }: ServicePageProps) {
  const { t, locale } = usePage();
  return (
    <Layout title={service.name[locale]}>
      <a class="govuk-back-link" href={localePath(locale, "/darbs/datu-apmaina")}>
        {t("exchange.registry.back")}
      </a>
      <span class="govuk-caption-l">{t("exchange.registry.title")}</span>
      <h1 class="govuk-heading-l">{service.name[locale]}</h1>
      <RegistryNav current={null} administrator={administrator} />
      <ServiceDetails service={service} />
      <h2 class="govuk-heading-m">{t("exchange.registry.openapi.title")}</h2>
      <TableWrap label={t("exchange.registry.openapi.region")}>
        <pre>{JSON.stringify(service.openapi, null, 2)}</pre>
      </TableWrap>
      <h2 class="govuk-heading-m">{t("exchange.registry.live_grants")}</h2>
      <ServiceGrants grants={grants} />
    </Layout>
  );
}
