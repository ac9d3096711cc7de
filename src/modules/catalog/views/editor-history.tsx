// Every published version of a service (who sent it for review, who published it, when) and
// what changed between any two of them, chosen with a GET form.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { ErrorSummary } from "../../../platform/html/components/error-summary.tsx";
import { Select } from "../../../platform/html/components/select.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Change } from "../version-diff.ts";
import { ChangesTable, EDITOR_PATHS, EditorBreadcrumbs, When } from "./editor-parts.tsx";

export type HistoryVersion = { version: number; publishedAt: Date; publishedBy: string; submittedBy: string };

/** The two versions compared, as the address gives them (`?a=2&b=3`), and the comparison. */
export type Comparison = { a: string; b: string; errors: Record<string, string>; changes: Change[] | null };

export type HistoryProps = {
  identifier: string;
  heading: string;
  caption: string;
  versions: HistoryVersion[];
  comparison: Comparison;
  /** The version just published, to say so. */
  published: number | null;
};

function Versions({ versions }: { versions: HistoryVersion[] }) {
  const { t } = usePage();
  return (
    <DataTable
      caption={t("catalog.editor.history.versions")}
      captionVisible
      headers={[
        t("catalog.editor.history.version"),
        t("catalog.editor.history.published_at"),
        t("catalog.editor.history.published_by"),
        t("catalog.editor.history.submitted_by"),
      ]}
    >
      {versions.map((v) => (
        <tr class="govuk-table__row" key={v.version}>
          <td class="govuk-table__cell">{t("catalog.editor.status.version", { version: v.version })}</td>
          <td class="govuk-table__cell">
            <When at={v.publishedAt} />
          </td>
          <td class="govuk-table__cell">{v.publishedBy}</td>
          <td class="govuk-table__cell">{v.submittedBy}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function CompareForm({ identifier, versions, comparison }: Pick<HistoryProps, "identifier" | "versions" | "comparison">) {
  const { t, locale } = usePage();
  const choices = (field: "a" | "b") =>
    versions.map((v) => (
      <option key={v.version} value={String(v.version)} selected={comparison[field] === String(v.version)}>
        {t("catalog.editor.status.version", { version: v.version })}
      </option>
    ));
  return (
    <form method="get" action={localePath(locale, EDITOR_PATHS.history(identifier))} novalidate>
      <h2 class="govuk-heading-m">{t("catalog.editor.history.compare")}</h2>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <Select id="a" label={t("catalog.editor.history.from")} error={comparison.errors.a}>
            {choices("a")}
          </Select>
        </div>
        <div class="govuk-grid-column-one-half">
          <Select id="b" label={t("catalog.editor.history.to")} error={comparison.errors.b}>
            {choices("b")}
          </Select>
        </div>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
        {t("catalog.editor.history.show")}
      </button>
    </form>
  );
}

export function HistoryPage({ identifier, heading, caption, versions, comparison, published }: HistoryProps) {
  const { t, locale } = usePage();
  const hasErrors = Object.keys(comparison.errors).length > 0;
  const { changes } = comparison;
  return (
    <Layout
      title={`${hasErrors ? `${t("form.error_title_prefix")} ` : ""}${t("catalog.editor.history.title", { service: heading })}`}
      beforeMain={<EditorBreadcrumbs />}
    >
      <ErrorSummary errors={comparison.errors} />
      <SuccessBanner text={published === null ? null : t("catalog.editor.notice.published", { version: published })} />
      <span class="govuk-caption-m">{caption}</span>
      <h1 class="govuk-heading-l">{t("catalog.editor.history.heading", { service: heading })}</h1>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={localePath(locale, `/pakalpojumi/${identifier}`)}>
            {t("catalog.editor.history.public_page")}
          </a>
        </li>
        <li>
          <a class="govuk-link" href={localePath(locale, EDITOR_PATHS.edit(identifier))}>
            {t("catalog.editor.history.edit")}
          </a>
        </li>
      </ul>
      {versions.length ? <Versions versions={versions} /> : <p class="govuk-body">{t("catalog.editor.history.none")}</p>}
      {versions.length > 1 ? (
        <>
          <CompareForm identifier={identifier} versions={versions} comparison={comparison} />
          {changes === null ? null : changes.length ? (
            <ChangesTable
              changes={changes}
              caption={t("catalog.editor.history.changes", { a: comparison.a, b: comparison.b })}
              before={t("catalog.editor.diff.version", { version: comparison.a })}
              after={t("catalog.editor.diff.version", { version: comparison.b })}
            />
          ) : (
            <p class="govuk-body">{t("catalog.editor.history.no_changes")}</p>
          )}
        </>
      ) : versions.length === 1 ? (
        <p class="govuk-body">{t("catalog.editor.history.only_one")}</p>
      ) : null}
    </Layout>
  );
}
