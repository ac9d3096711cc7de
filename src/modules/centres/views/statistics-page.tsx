// Applications taken at client service centres in a period, by centre, e-service and channel:
// the counts the statistics of channels are built from, for analysts and administrators.
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { TableWrap } from "../../../platform/html/components/table-wrap.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { CLIENT_PATHS } from "../paths.ts";
import { Crumbs } from "./parts.tsx";

export type StatisticsRow = { centre: string; service: string; assisted: number; paper: number };

export function StatisticsPage(props: { from: string; until: string; rows: StatisticsRow[]; errors: FieldErrors }) {
  const { t, locale } = usePage();
  const title = t("centres.statistics.title");
  const total = (key: "assisted" | "paper") => props.rows.reduce((sum, r) => sum + r[key], 0);
  const trail = [{ label: t("centres.knowledge.crumb.staff"), path: "/darbs" }];
  return (
    <Layout
      title={`${Object.keys(props.errors).length > 0 ? `${t("form.error_title_prefix")} ` : ""}${title}`}
      beforeMain={<Crumbs trail={trail} />}
    >
      <ErrorSummary errors={props.errors} />
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t("centres.statistics.intro")}</p>
      <form method="get" action={localePath(locale, CLIENT_PATHS.statistics)} novalidate class="epak-filter-row">
        <TextInput
          id="no"
          name="no"
          type="date"
          label={t("centres.statistics.from")}
          value={props.from}
          error={props.errors.no}
          widthClass="govuk-input--width-10"
        />
        <TextInput
          id="lidz"
          name="lidz"
          type="date"
          label={t("centres.statistics.until")}
          value={props.until}
          error={props.errors.lidz}
          widthClass="govuk-input--width-10"
        />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          {t("centres.statistics.show")}
        </button>
      </form>
      {props.rows.length === 0 ? (
        <p class="govuk-body">{t("centres.statistics.none")}</p>
      ) : (
        <TableWrap label={title}>
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">
              {t("centres.statistics.caption", { from: props.from, until: props.until })}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {t("centres.statistics.centre")}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t("centres.statistics.service")}
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {t("centres.statistics.assisted")}
                </th>
                <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                  {t("centres.statistics.paper")}
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {props.rows.map((r) => (
                <tr class="govuk-table__row" key={`${r.centre}|${r.service}`}>
                  <td class="govuk-table__cell">{r.centre}</td>
                  <td class="govuk-table__cell">{r.service}</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{r.assisted}</td>
                  <td class="govuk-table__cell govuk-table__cell--numeric">{r.paper}</td>
                </tr>
              ))}
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header" colSpan={2}>
                  {t("centres.statistics.total")}
                </th>
                <td class="govuk-table__cell govuk-table__cell--numeric">{total("assisted")}</td>
                <td class="govuk-table__cell govuk-table__cell--numeric">{total("paper")}</td>
              </tr>
            </tbody>
          </table>
        </TableWrap>
      )}
    </Layout>
  );
}
