// An institution's queue of cases, with filters that work as a plain GET form.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { unitName } from "../../identity/index.ts";
import type { CaseRow, QueueFilter } from "../cases.repository.ts";
import { Deadline, StatusTag } from "./case-parts.tsx";

function FilterSelect({ id, label, value, options }: { id: string; label: string; value: string; options: [string, string][] }) {
  return (
    <div class="govuk-form-group epak-filter">
      <label class="govuk-label" for={id}>
        {label}
      </label>
      <select class="govuk-select" id={id} name={id}>
        {options.map(([v, text]) => (
          <option value={v} selected={v === value} key={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function QueuePage({
  institution,
  filter,
  cases,
  names,
  today,
  services,
}: {
  institution: string;
  filter: QueueFilter;
  cases: CaseRow[];
  names: Map<string, string>;
  today: string;
  services: { service: string; title: { lv: string; en: string } }[];
}) {
  const { t, locale } = usePage();
  const title = t("cases.queue.title");
  return (
    <Layout title={title}>
      <span class="govuk-caption-l">{unitName({ unitKind: "institution", unitCode: institution }, locale)}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <form method="get" action={localePath(locale, "/darbs/lietas")} class="epak-filters">
        <FilterSelect
          id="statuss"
          label={t("cases.queue.filter.status")}
          value={filter.status}
          options={(["active", "waiting", "decided", "all"] as const).map((v) => [v, t(`cases.queue.status.${v}`)])}
        />
        <FilterSelect
          id="pakalpojums"
          label={t("cases.queue.filter.service")}
          value={filter.service ?? ""}
          options={[["", t("cases.queue.any")], ...services.map((s): [string, string] => [s.service, s.title[locale]])]}
        />
        <FilterSelect
          id="termins"
          label={t("cases.queue.filter.deadline")}
          value={filter.deadline}
          options={(["all", "overdue", "week"] as const).map((v) => [v, t(`cases.queue.deadline.${v}`)])}
        />
        <FilterSelect
          id="atbildigais"
          label={t("cases.queue.filter.assignee")}
          value={filter.assignee}
          options={(["all", "me", "none"] as const).map((v) => [v, t(`cases.queue.assignee.${v}`)])}
        />
        <button type="submit" class="govuk-button govuk-button--secondary">
          {t("cases.queue.apply")}
        </button>
      </form>
      {cases.length === 0 ? (
        <p class="govuk-body">{t("cases.queue.empty")}</p>
      ) : (
        <DataTable
          caption={title}
          headers={[
            t("cases.queue.number"),
            t("cases.queue.service"),
            t("cases.queue.status"),
            t("cases.queue.deadline"),
            t("cases.queue.assignee"),
          ]}
        >
          {cases.map((c) => (
            <tr class="govuk-table__row" key={c.id}>
              <td class="govuk-table__cell">
                <a class="govuk-link" href={localePath(locale, `/darbs/lietas/${c.id}`)}>
                  {c.number}
                </a>
              </td>
              <td class="govuk-table__cell">{c.service_title[locale]}</td>
              <td class="govuk-table__cell">
                <StatusTag c={c} />
                {c.institution !== institution ? (
                  <span class="govuk-body-s govuk-!-display-block">{t("cases.queue.asked_of_us")}</span>
                ) : null}
              </td>
              <td class="govuk-table__cell">
                <Deadline c={c} today={today} />
              </td>
              <td class="govuk-table__cell">{c.assignee ? (names.get(c.assignee) ?? "–") : t("cases.queue.unassigned")}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}
