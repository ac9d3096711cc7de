// "Persons declared at my property": each property the owner has, and who is declared there.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDate } from "../../../platform/i18n/format.ts";
import { maskPersonalCode, type PersonalCode } from "../../../platform/identifiers/personal-code.ts";
import type { PropertyResidents } from "../informative/declared-at-property.ts";
import { Row, Source, Unavailable } from "./parts.tsx";

function PropertySection({ item, index }: { item: PropertyResidents; index: number }) {
  const { t, locale } = usePage();
  const { property, residents } = item;
  const headingId = `property-${index}`;
  return (
    <section aria-labelledby={headingId} class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-m" id={headingId}>
        {property.address.text}
      </h2>
      <dl class="govuk-summary-list">
        <Row label={t("eservices.property.cadastre_number")}>{property.cadastreNumber}</Row>
        <Row label={t("eservices.property.kind")}>{t(`eservices.property.kind.${property.kind}`)}</Row>
        <Row label={t("eservices.property.share")}>{property.share}</Row>
      </dl>
      {residents.length === 0 ? (
        <p class="govuk-body">{t("eservices.declared.nobody")}</p>
      ) : (
        <DataTable
          caption={t("eservices.declared.caption", { address: property.address.text })}
          headers={[t("eservices.declared.name"), t("eservices.declared.code"), t("eservices.declared.since")]}
        >
          {residents.map((r) => (
            <tr key={r.personalCode} class="govuk-table__row">
              <td class="govuk-table__cell">{`${r.givenName} ${r.familyName}`}</td>
              <td class="govuk-table__cell">{maskPersonalCode(r.personalCode as PersonalCode)}</td>
              <td class="govuk-table__cell">{formatDate(locale, r.declaredOn)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

export function DeclaredAtPropertyPage({ properties, ownerLabel }: { properties: PropertyResidents[] | null; ownerLabel: string | null }) {
  const { t } = usePage();
  return (
    <Layout title={t("eservices.declared.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{t("eservices.informative")}</span>
          <h1 class="govuk-heading-l">{t("eservices.declared.title")}</h1>
          <p class="govuk-body">
            {ownerLabel ? t("eservices.declared.intro_company", { company: ownerLabel }) : t("eservices.declared.intro")}
          </p>
          {properties === null ? (
            <Unavailable />
          ) : properties.length === 0 ? (
            <p class="govuk-body">{t("eservices.declared.no_properties")}</p>
          ) : (
            properties.map((item, i) => <PropertySection key={item.property.cadastreNumber} item={item} index={i} />)
          )}
          {properties !== null ? <Source institution={t("eservices.source.vzd_pmlp")} /> : null}
          <p class="govuk-body-s">{t("eservices.declared.logged")}</p>
        </div>
      </div>
    </Layout>
  );
}
