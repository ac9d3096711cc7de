// "My data in state registers": one section per register, each saying where its data came from.
import type { ComponentChildren } from "preact";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDate } from "../../../platform/i18n/format.ts";
import { formatPersonalCode, type PersonalCode } from "../../../platform/identifiers/personal-code.ts";
import type { MyRegisterData, Section } from "../informative/my-register-data.ts";
import type { Relative } from "../informative/register-answers.ts";
import { formatEuro, Row, Source, Unavailable } from "./parts.tsx";

function RegisterSection<T>({
  id,
  title,
  source,
  data,
  empty,
  children,
}: {
  id: string;
  title: string;
  source: string;
  data: Section<T>;
  empty: string;
  children: (value: T) => ComponentChildren;
}) {
  return (
    <section aria-labelledby={id} class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-m" id={id}>
        {title}
      </h2>
      {data === "unavailable" ? <Unavailable /> : data === null ? <p class="govuk-body">{empty}</p> : children(data)}
      <Source institution={source} />
    </section>
  );
}

function period(locale: "lv" | "en", from: string, to: string | null, ongoing: string): string {
  return `${formatDate(locale, from)} – ${to ? formatDate(locale, to) : ongoing}`;
}

function relativeText(locale: "lv" | "en", r: Relative): string {
  return `${r.givenName} ${r.familyName} (${formatDate(locale, r.birthDate)})`;
}

export function MyRegisterDataPage({ data }: { data: MyRegisterData }) {
  const { t, locale } = usePage();
  const ongoing = t("eservices.ongoing");
  const none = (items: unknown[] | undefined, text: string) => (items && items.length > 0 ? null : <p class="govuk-body">{text}</p>);
  return (
    <Layout title={t("eservices.mydata.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{t("eservices.informative")}</span>
          <h1 class="govuk-heading-l">{t("eservices.mydata.title")}</h1>
          <p class="govuk-body">{t("eservices.mydata.intro")}</p>

          <RegisterSection
            id="population"
            title={t("eservices.mydata.population")}
            source={t("eservices.source.pmlp")}
            data={data.person}
            empty={t("eservices.mydata.no_entry")}
          >
            {(p) => (
              <dl class="govuk-summary-list">
                <Row label={t("eservices.mydata.name")}>{`${p.givenName} ${p.familyName}`}</Row>
                <Row label={t("eservices.mydata.personal_code")}>{formatPersonalCode(p.personalCode as PersonalCode)}</Row>
                <Row label={t("eservices.mydata.birth_date")}>{formatDate(locale, p.birthDate)}</Row>
                <Row label={t("eservices.mydata.status")}>{t(`eservices.mydata.status.${p.status}`)}</Row>
                <Row label={t("eservices.mydata.address")}>
                  {p.declaredAddress ? p.declaredAddress.text : t("eservices.mydata.no_address")}
                  {p.declaredAddress?.declaredOn ? (
                    <span class="govuk-!-display-block govuk-hint govuk-!-margin-bottom-0">
                      {t("eservices.mydata.declared_on", { date: formatDate(locale, p.declaredAddress.declaredOn) })}
                    </span>
                  ) : null}
                </Row>
              </dl>
            )}
          </RegisterSection>

          <RegisterSection
            id="family"
            title={t("eservices.mydata.family")}
            source={t("eservices.source.pmlp")}
            data={data.relations}
            empty={t("eservices.mydata.no_entry")}
          >
            {(r) => (
              <dl class="govuk-summary-list">
                <Row label={t("eservices.mydata.spouse")}>{r.spouse ? relativeText(locale, r.spouse) : t("eservices.mydata.none")}</Row>
                <Row label={t("eservices.mydata.parents")}>
                  {r.parents.length
                    ? r.parents.map((p) => (
                        <span key={p.personalCode} class="govuk-!-display-block">
                          {relativeText(locale, p)}
                        </span>
                      ))
                    : t("eservices.mydata.none")}
                </Row>
                <Row label={t("eservices.mydata.children")}>
                  {r.children.length
                    ? r.children.map((c) => (
                        <span key={c.personalCode} class="govuk-!-display-block">
                          {relativeText(locale, c)}
                        </span>
                      ))
                    : t("eservices.mydata.none")}
                </Row>
              </dl>
            )}
          </RegisterSection>

          <RegisterSection
            id="property"
            title={t("eservices.mydata.properties")}
            source={t("eservices.source.vzd")}
            data={data.properties}
            empty={t("eservices.mydata.no_properties")}
          >
            {(a) =>
              none(a.properties, t("eservices.mydata.no_properties")) ?? (
                <DataTable
                  caption={t("eservices.mydata.properties")}
                  headers={[
                    t("eservices.property.address"),
                    t("eservices.property.cadastre_number"),
                    t("eservices.property.kind"),
                    t("eservices.property.share"),
                  ]}
                >
                  {a.properties.map((p) => (
                    <tr key={p.cadastreNumber} class="govuk-table__row">
                      <td class="govuk-table__cell">{p.address.text}</td>
                      <td class="govuk-table__cell">{p.cadastreNumber}</td>
                      <td class="govuk-table__cell">{t(`eservices.property.kind.${p.kind}`)}</td>
                      <td class="govuk-table__cell">{p.share}</td>
                    </tr>
                  ))}
                </DataTable>
              )
            }
          </RegisterSection>

          <RegisterSection
            id="companies"
            title={t("eservices.mydata.positions")}
            source={t("eservices.source.ur")}
            data={data.positions}
            empty={t("eservices.mydata.no_positions")}
          >
            {(a) =>
              none(a.positions, t("eservices.mydata.no_positions")) ?? (
                <DataTable
                  caption={t("eservices.mydata.positions")}
                  headers={[
                    t("eservices.mydata.company"),
                    t("eservices.mydata.position"),
                    t("eservices.mydata.representation"),
                    t("eservices.mydata.since"),
                  ]}
                >
                  {a.positions.map((p) => (
                    <tr key={p.registrationNumber} class="govuk-table__row">
                      <td class="govuk-table__cell">
                        {p.name} ({p.registrationNumber})
                        {p.status !== "active" ? ` — ${t(`eservices.mydata.company_status.${p.status}`)}` : ""}
                      </td>
                      <td class="govuk-table__cell">{t(`eservices.mydata.position.${p.position}`)}</td>
                      <td class="govuk-table__cell">{t(`eservices.mydata.representation.${p.representation}`)}</td>
                      <td class="govuk-table__cell">{formatDate(locale, p.since)}</td>
                    </tr>
                  ))}
                </DataTable>
              )
            }
          </RegisterSection>

          <RegisterSection
            id="insurance"
            title={t("eservices.mydata.insurance")}
            source={t("eservices.source.vsaa")}
            data={data.periods}
            empty={t("eservices.mydata.no_insurance")}
          >
            {(a) =>
              none(a.periods, t("eservices.mydata.no_insurance")) ?? (
                <DataTable
                  caption={t("eservices.mydata.insurance")}
                  headers={[t("eservices.mydata.period"), t("eservices.mydata.insurance_kind"), t("eservices.mydata.employer")]}
                >
                  {a.periods.map((p, i) => (
                    <tr key={i} class="govuk-table__row">
                      <td class="govuk-table__cell">{period(locale, p.from, p.to, ongoing)}</td>
                      <td class="govuk-table__cell">{t(`eservices.mydata.insurance_kind.${p.kind}`)}</td>
                      <td class="govuk-table__cell">{p.employer ? p.employer.name : "—"}</td>
                    </tr>
                  ))}
                </DataTable>
              )
            }
          </RegisterSection>

          <RegisterSection
            id="benefits"
            title={t("eservices.mydata.benefits")}
            source={t("eservices.source.vsaa")}
            data={data.benefits}
            empty={t("eservices.mydata.no_benefits")}
          >
            {(a) =>
              none(a.benefits, t("eservices.mydata.no_benefits")) ?? (
                <DataTable
                  caption={t("eservices.mydata.benefits")}
                  headers={[t("eservices.mydata.benefit"), t("eservices.mydata.monthly"), t("eservices.mydata.period")]}
                >
                  {a.benefits.map((b, i) => (
                    <tr key={i} class="govuk-table__row">
                      <td class="govuk-table__cell">{t(`eservices.mydata.benefit.${b.kind}`)}</td>
                      <td class="govuk-table__cell">{formatEuro(locale, b.monthlyAmountCents)}</td>
                      <td class="govuk-table__cell">{period(locale, b.from, b.to, ongoing)}</td>
                    </tr>
                  ))}
                </DataTable>
              )
            }
          </RegisterSection>

          <RegisterSection
            id="vehicles"
            title={t("eservices.mydata.vehicles")}
            source={t("eservices.source.csdd")}
            data={data.vehicles}
            empty={t("eservices.mydata.no_vehicles")}
          >
            {(a) =>
              none(a.vehicles, t("eservices.mydata.no_vehicles")) ?? (
                <DataTable
                  caption={t("eservices.mydata.vehicles")}
                  headers={[
                    t("eservices.mydata.plate"),
                    t("eservices.mydata.vehicle"),
                    t("eservices.mydata.year"),
                    t("eservices.mydata.inspection"),
                  ]}
                >
                  {a.vehicles.map((v) => (
                    <tr key={v.plate} class="govuk-table__row">
                      <td class="govuk-table__cell">{v.plate}</td>
                      <td class="govuk-table__cell">
                        {`${v.make} ${v.model}`}
                        {v.status === "deregistered" ? ` — ${t("eservices.mydata.deregistered")}` : ""}
                      </td>
                      <td class="govuk-table__cell">{v.year}</td>
                      <td class="govuk-table__cell">{v.inspectionValidUntil ? formatDate(locale, v.inspectionValidUntil) : "—"}</td>
                    </tr>
                  ))}
                </DataTable>
              )
            }
          </RegisterSection>
          <p class="govuk-body-s">{t("eservices.mydata.logged")}</p>
        </div>
      </div>
    </Layout>
  );
}
