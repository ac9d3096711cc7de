// Pieces the editors' pages share: the way back up to the workplace, a service's state as tags,
// who did something, the summary of problems and the table of changes between two versions.
import type { ComponentChildren } from "preact";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { fieldLabel, valueLabel } from "../editor/field-labels.ts";
import type { Change } from "../version-diff.ts";

/** The editors' pages' addresses, from a service's identifier. */
export const EDITOR_PATHS = {
  list: "/darbs/katalogs",
  create: "/darbs/katalogs/pakalpojumi/jauns",
  edit: (id: string) => `/darbs/katalogs/pakalpojumi/${id}`,
  preview: (id: string) => `/darbs/katalogs/pakalpojumi/${id}/prieksskatijums`,
  review: (id: string) => `/darbs/katalogs/pakalpojumi/${id}/parbaude`,
  history: (id: string) => `/darbs/katalogs/pakalpojumi/${id}/versijas`,
};

export type Crumb = { label: string; path: string };

/** Darba vieta › Pakalpojumu katalogs › …: the page itself is its heading, not a crumb. */
export function EditorBreadcrumbs({ trail = [] }: { trail?: Crumb[] }) {
  const { locale, t } = usePage();
  const crumbs = [
    { label: t("catalog.editor.crumb.workplace"), path: "/darbs" },
    { label: t("catalog.editor.list.title"), path: EDITOR_PATHS.list },
    ...trail,
  ];
  return (
    <div class="govuk-width-container">
      <nav class="govuk-breadcrumbs" aria-label={t("catalog.editor.crumb.label")}>
        <ol class="govuk-breadcrumbs__list">
          {crumbs.map((c) => (
            <li class="govuk-breadcrumbs__list-item" key={c.path}>
              <a class="govuk-breadcrumbs__link" href={localePath(locale, c.path)}>
                {c.label}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}

/** Who did something, by the name identity knows; an import or the demo data as such. */
export function actorName(names: Map<string, string>, actor: string | null, t: (key: string) => string): string {
  if (actor === null) return "—";
  return names.get(actor) ?? t("catalog.editor.actor.system");
}

export function When({ at }: { at: Date }) {
  const { locale } = usePage();
  return <time dateTime={at.toISOString()}>{formatDateTime(locale, at)}</time>;
}

/** A problem in the summary: the field's id to link to, its label and the message key. */
export type ListedProblem = { id: string; label: string; message: string };

/** "Aizpildiet šo lauku" after "Nosaukums (latviski):" reads "aizpildiet šo lauku". */
function afterColon(message: string, locale: string): string {
  return message.charAt(0).toLocaleLowerCase(locale) + message.slice(1);
}

/** The govuk error summary, with each problem named by its field, since many fields share a message. */
export function ProblemSummary({ title, problems, children }: { title: string; problems: ListedProblem[]; children?: ComponentChildren }) {
  const { t, locale } = usePage();
  if (problems.length === 0 && !children) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title}</h2>
        <div class="govuk-error-summary__body">
          {children}
          {problems.length ? (
            <ul class="govuk-list govuk-error-summary__list">
              {problems.map((p) => (
                <li key={p.id}>
                  <a href={`#${p.id}`}>
                    {t("catalog.editor.problem_in_field", { field: p.label, problem: afterColon(t(p.message), locale) })}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** Problems (document path → message key) in the summary's form. */
export function listProblems(
  t: (key: string) => string,
  problems: Record<string, string>,
  target: (path: string) => string,
): ListedProblem[] {
  const seen = new Set<string>();
  const listed: ListedProblem[] = [];
  for (const [path, message] of Object.entries(problems)) {
    const id = target(path);
    if (seen.has(id)) continue;
    seen.add(id);
    listed.push({ id, label: fieldLabel(t, path === "document" ? "" : path), message });
  }
  return listed;
}

/** Field by field, what one version said and what the other says. */
export function ChangesTable({ changes, caption, before, after }: { changes: Change[]; caption: string; before: string; after: string }) {
  const { t, locale } = usePage();
  const shown = (path: string, value: string | null) =>
    value === null ? <span class="govuk-hint">{t("catalog.editor.diff.none")}</span> : valueLabel(t, locale, path, value);
  return (
    <DataTable caption={caption} captionVisible headers={[t("catalog.editor.diff.field"), before, after]}>
      {changes.map((c) => (
        <tr class="govuk-table__row" key={c.path}>
          <th scope="row" class="govuk-table__header">
            {fieldLabel(t, c.path)}
          </th>
          <td class="govuk-table__cell">{shown(c.path, c.before)}</td>
          <td class="govuk-table__cell">{shown(c.path, c.after)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
