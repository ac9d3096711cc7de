// The institution's services as its editors see them: what is published, what is being written,
// what waits for a second editor to review; a filter by state and the way to a new service.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { Select } from "../../../platform/html/components/select.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { InstitutionDocument, Text } from "../model.ts";
import { EDITOR_PATHS, EditorBreadcrumbs, When } from "./editor-parts.tsx";

export const STATE_FILTERS = ["visi", "publicets", "melnraksts", "parbaude"] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];
/** The filter's field in the address: `?stavoklis=parbaude`. */
export const STATE_FIELD = "stavoklis";

export type ListEntry = {
  identifier: string;
  title: Text;
  publishedVersion: number | null;
  draftState: "editing" | "in_review" | null;
  /** The name of who sent the draft for review. */
  submittedBy: string | null;
  draftSavedAt: Date | null;
};

function StateTags({ entry }: { entry: ListEntry }) {
  const { t } = usePage();
  return (
    <>
      {entry.publishedVersion !== null ? (
        <strong class="govuk-tag govuk-tag--green">{t("catalog.editor.state.published", { version: entry.publishedVersion })}</strong>
      ) : null}{" "}
      {entry.draftState === "editing" ? <strong class="govuk-tag govuk-tag--yellow">{t("catalog.editor.state.draft")}</strong> : null}
      {entry.draftState === "in_review" ? (
        <strong class="govuk-tag govuk-tag--blue">{t("catalog.editor.state.in_review", { name: entry.submittedBy ?? "—" })}</strong>
      ) : null}
    </>
  );
}

function Waiting({ entries }: { entries: ListEntry[] }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="waiting" class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-m" id="waiting">
        {t("catalog.editor.list.waiting")}
      </h2>
      {entries.length === 0 ? (
        <p class="govuk-body">{t("catalog.editor.list.waiting_none")}</p>
      ) : (
        <ul class="govuk-list">
          {entries.map((e) => (
            <li key={e.identifier}>
              <a class="govuk-link" href={localePath(locale, EDITOR_PATHS.review(e.identifier))}>
                {e.title[locale]}
              </a>
              <br />
              <span class="govuk-hint">
                {t("catalog.editor.status.submitted_by", { name: e.submittedBy ?? "—" })}
                {e.draftSavedAt ? (
                  <>
                    {", "}
                    <When at={e.draftSavedAt} />
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ServiceListPage({
  institution,
  entries,
  waiting,
  filter,
}: {
  institution: InstitutionDocument;
  entries: ListEntry[];
  waiting: ListEntry[];
  filter: StateFilter;
}) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("catalog.editor.list.title")} beforeMain={<EditorBreadcrumbs />}>
      <span class="govuk-caption-m">{institution.name[locale]}</span>
      <h1 class="govuk-heading-l">{t("catalog.editor.list.title")}</h1>
      <a href={localePath(locale, EDITOR_PATHS.create)} class="govuk-button" data-module="govuk-button">
        {t("catalog.editor.list.new")}
      </a>
      <Waiting entries={waiting} />
      <section aria-labelledby="services">
        <h2 class="govuk-heading-m" id="services">
          {t("catalog.editor.list.services")}
        </h2>
        <form method="get" action={localePath(locale, EDITOR_PATHS.list)} novalidate>
          <Select id={STATE_FIELD} label={t("catalog.editor.list.filter")}>
            {STATE_FILTERS.map((f) => (
              <option key={f} value={f} selected={f === filter}>
                {t(`catalog.editor.filter.${f}`)}
              </option>
            ))}
          </Select>
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
            {t("catalog.editor.list.show")}
          </button>
        </form>
        {entries.length === 0 ? (
          <p class="govuk-body">{t("catalog.editor.list.none")}</p>
        ) : (
          <DataTable
            caption={t("catalog.editor.list.caption", { count: entries.length })}
            headers={[t("catalog.editor.list.service"), t("catalog.editor.list.state")]}
          >
            {entries.map((e) => (
              <tr class="govuk-table__row" key={e.identifier}>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={localePath(locale, EDITOR_PATHS.edit(e.identifier))}>
                    {e.title[locale]}
                  </a>
                </td>
                <td class="govuk-table__cell">
                  <StateTags entry={e} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </Layout>
  );
}
