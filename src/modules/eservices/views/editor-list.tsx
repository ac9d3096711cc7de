// The institution's e-services as its editors see them: each one's catalogue service, latest
// published version, maturity level and whether a draft is being written; and the way to a new
// e-service for a catalogue service that has none.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { FieldError } from "../../../platform/html/components/field-parts.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { DEFINITION_PATHS } from "../editor/paths.ts";
import { EditorBreadcrumbs, ProblemSummary, When } from "./editor-parts.tsx";

export type DefinitionListEntry = {
  service: string;
  title: string;
  catalogueTitle: string;
  publishedVersion: number | null;
  publishedAt: Date | null;
  maturity: number | null;
  hasDraft: boolean;
};

export type DefinitionListProps = {
  institution: string;
  entries: DefinitionListEntry[];
  /** Catalogue services of the institution without an e-service. */
  candidates: { service: string; title: string }[];
  chosen: string;
  /** A message key, next to the choice of catalogue service. */
  error: string | null;
  removed: boolean;
  csrfToken: string;
};

function Entries({ entries }: { entries: DefinitionListEntry[] }) {
  const { t, locale } = usePage();
  if (entries.length === 0) return <p class="govuk-body">{t("eservices.editor.list.none")}</p>;
  return (
    <DataTable
      caption={t("eservices.editor.list.caption")}
      headers={[
        t("eservices.editor.list.eservice"),
        t("eservices.editor.list.catalogue"),
        t("eservices.editor.list.published"),
        t("eservices.editor.list.maturity"),
        t("eservices.editor.list.draft"),
      ]}
    >
      {entries.map((e) => (
        <tr class="govuk-table__row" key={e.service}>
          <td class="govuk-table__cell">
            <a class="govuk-link" href={localePath(locale, DEFINITION_PATHS.overview(e.service))}>
              {e.title}
            </a>
          </td>
          <td class="govuk-table__cell">{e.catalogueTitle}</td>
          <td class="govuk-table__cell">
            {e.publishedVersion === null || e.publishedAt === null ? (
              t("eservices.editor.list.not_published")
            ) : (
              <>
                {t("eservices.editor.version", { version: e.publishedVersion })}, <When at={e.publishedAt} />
              </>
            )}
          </td>
          <td class="govuk-table__cell">{e.maturity === null ? "—" : t("eservices.editor.maturity", { level: e.maturity })}</td>
          <td class="govuk-table__cell">
            {e.hasDraft ? <strong class="govuk-tag govuk-tag--yellow">{t("eservices.editor.list.has_draft")}</strong> : "—"}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function CreateForm({ candidates, chosen, error, csrfToken }: Pick<DefinitionListProps, "candidates" | "chosen" | "error" | "csrfToken">) {
  const { t, locale } = usePage();
  if (candidates.length === 0) return <p class="govuk-body">{t("eservices.editor.create.nothing")}</p>;
  const id = "service";
  return (
    <form method="post" action={localePath(locale, DEFINITION_PATHS.list)} novalidate>
      <CsrfField token={csrfToken} />
      <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
        <label class="govuk-label" for={id}>
          {t("eservices.editor.create.service")}
        </label>
        <div id={`${id}-hint`} class="govuk-hint">
          {t("eservices.editor.create.hint")}
        </div>
        <FieldError id={id} error={error ?? undefined} />
        <select
          class={`govuk-select${error ? " govuk-select--error" : ""}`}
          id={id}
          name="service"
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        >
          <option value="">{t("eservices.editor.choose")}</option>
          {candidates.map((c) => (
            <option key={c.service} value={c.service} selected={c.service === chosen}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">
        {t("eservices.editor.create.button")}
      </button>
    </form>
  );
}

export function DefinitionListPage(props: DefinitionListProps) {
  const { t } = usePage();
  const title = t("eservices.editor.list.title");
  return (
    <Layout title={props.error ? `${t("form.error_title_prefix")} ${title}` : title} beforeMain={<EditorBreadcrumbs top />}>
      <ProblemSummary title={t("form.error_summary_title")} items={props.error ? [{ href: "#service", text: t(props.error) }] : []} />
      <SuccessBanner text={props.removed ? t("eservices.editor.notice.removed") : null} />
      <span class="govuk-caption-l">{props.institution}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t("eservices.editor.list.intro")}</p>
      <Entries entries={props.entries} />
      <h2 class="govuk-heading-m">{t("eservices.editor.create.title")}</h2>
      <CreateForm candidates={props.candidates} chosen={props.chosen} error={props.error} csrfToken={props.csrfToken} />
    </Layout>
  );
}
