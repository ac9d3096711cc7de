// "Who used my data": the filter form (a GET form, so it works without script and can be
// bookmarked) and the list of uses.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { Select } from "../../../platform/html/components/select.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { unitName } from "../../identity/index.ts";
import type { DataUse } from "../queries/data-usage.ts";

export type UsageQuery = { institution: string; from: string; to: string; page: number };

function pageHref(locale: "lv" | "en", query: UsageQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.institution) params.set("iestade", query.institution);
  if (query.from) params.set("no", query.from);
  if (query.to) params.set("lidz", query.to);
  params.set("lapa", String(page));
  return `${localePath(locale, "/konts/datu-izmantosana")}?${params}`;
}

function UseRow({ use }: { use: DataUse }) {
  const { t, locale } = usePage();
  const institution = use.institution ? unitName({ unitKind: "institution", unitCode: use.institution }, locale) : t("exchange.usage.epak");
  return (
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{formatDateTime(locale, use.at)}</td>
      <td class="govuk-table__cell">
        {institution}
        {use.system ? (
          <span class="govuk-!-display-block govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">{use.system}</span>
        ) : null}
      </td>
      <td class="govuk-table__cell">
        {use.what ? use.what[locale] : t(`exchange.usage.event.${use.event}`)}
        {use.provider ? (
          <span class="govuk-!-display-block govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">
            {t("exchange.usage.from_register", { institution: unitName({ unitKind: "institution", unitCode: use.provider }, locale) })}
          </span>
        ) : null}
      </td>
      <td class="govuk-table__cell">
        {use.purpose ? use.purpose[locale] : t("exchange.usage.purpose_staff")}
        {use.byThemselves ? (
          <span class="govuk-!-display-block govuk-!-margin-top-1">
            <strong class="govuk-tag govuk-tag--grey">{t("exchange.usage.by_you")}</strong>
          </span>
        ) : null}
      </td>
    </tr>
  );
}

export function DataUsagePage({
  uses,
  total,
  pageSize,
  query,
  errors,
  institutions,
}: {
  uses: DataUse[];
  total: number;
  pageSize: number;
  query: UsageQuery;
  errors: FieldErrors;
  institutions: string[];
}) {
  const { t, locale } = usePage();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Layout title={`${Object.keys(errors).length ? `${t("form.error_title_prefix")} ` : ""}${t("exchange.usage.title")}`}>
      <a href={localePath(locale, "/konts")} class="govuk-back-link">
        {t("exchange.usage.back")}
      </a>
      <ErrorSummary errors={errors} />
      <h1 class="govuk-heading-l">{t("exchange.usage.title")}</h1>
      <p class="govuk-body">{t("exchange.usage.intro")}</p>
      <form method="get" action={localePath(locale, "/konts/datu-izmantosana")}>
        <Select id="iestade" label={t("exchange.usage.institution")}>
          <option value="">{t("exchange.usage.all_institutions")}</option>
          {institutions.map((code) => (
            <option key={code} value={code} selected={code === query.institution}>
              {unitName({ unitKind: "institution", unitCode: code }, locale)}
            </option>
          ))}
        </Select>
        <TextInput
          id="no"
          name="no"
          type="date"
          label={t("exchange.usage.from")}
          value={query.from}
          widthClass="govuk-input--width-10"
          error={errors.no ? t(errors.no) : undefined}
        />
        <TextInput
          id="lidz"
          name="lidz"
          type="date"
          label={t("exchange.usage.to")}
          value={query.to}
          widthClass="govuk-input--width-10"
          error={errors.lidz ? t(errors.lidz) : undefined}
        />
        <button type="submit" class="govuk-button govuk-button--secondary">
          {t("exchange.usage.filter")}
        </button>
      </form>
      {uses.length === 0 ? (
        <p class="govuk-body">{t("exchange.usage.none")}</p>
      ) : (
        <>
          <p class="govuk-body">{t("exchange.usage.count", { count: total })}</p>
          <DataTable
            caption={t("exchange.usage.caption")}
            headers={[t("exchange.usage.when"), t("exchange.usage.who"), t("exchange.usage.what"), t("exchange.usage.why")]}
          >
            {uses.map((use, i) => (
              <UseRow key={i} use={use} />
            ))}
          </DataTable>
        </>
      )}
      {pages > 1 ? (
        <nav class="govuk-pagination" aria-label={t("exchange.usage.pages")}>
          {query.page > 1 ? (
            <div class="govuk-pagination__prev">
              <a class="govuk-link govuk-pagination__link" href={pageHref(locale, query, query.page - 1)} rel="prev">
                <span class="govuk-pagination__link-title">{t("exchange.usage.newer")}</span>
              </a>
            </div>
          ) : null}
          {query.page < pages ? (
            <div class="govuk-pagination__next">
              <a class="govuk-link govuk-pagination__link" href={pageHref(locale, query, query.page + 1)} rel="next">
                <span class="govuk-pagination__link-title">{t("exchange.usage.older")}</span>
              </a>
            </div>
          ) : null}
        </nav>
      ) : null}
      <p class="govuk-body-s">{t("exchange.usage.exceptions_note")}</p>
    </Layout>
  );
}
