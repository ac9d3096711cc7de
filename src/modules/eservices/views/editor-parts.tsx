// Pieces the e-service editors' pages share: the way back up, the summary of problems, a time,
// and the "saved" banner.
import type { ComponentChildren } from "preact";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { DEFINITION_PATHS, fieldId } from "../editor/paths.ts";
import { describePlace } from "../editor/places.ts";
import type { ShownProblem } from "../editor/problems.ts";

export type Crumb = { label: string; path: string };

/** Darba vieta › E-pakalpojumi › …: the page itself is its heading, not a crumb (the list's `top`). */
export function EditorBreadcrumbs({ trail = [], top = false }: { trail?: Crumb[]; top?: boolean }) {
  const { locale, t } = usePage();
  const list = { label: t("eservices.editor.list.title"), path: DEFINITION_PATHS.list };
  const crumbs = [{ label: t("eservices.editor.crumb.workplace"), path: "/darbs" }, ...(top ? [] : [list]), ...trail];
  return (
    <div class="govuk-width-container">
      <nav class="govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" aria-label={t("eservices.editor.crumb.label")}>
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

export function When({ at }: { at: Date }) {
  const { locale } = usePage();
  return <time dateTime={at.toISOString()}>{formatDateTime(locale, at)}</time>;
}

/** "Aizpildiet šo lauku" after "Nosaukums (latviski):" reads "aizpildiet šo lauku". */
export function lowerFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

export type SummaryItem = { href: string; text: string };

/** The govuk error summary: each item links to where it is fixed. */
export function ProblemSummary({ title, items, children }: { title: string; items: SummaryItem[]; children?: ComponentChildren }) {
  if (items.length === 0 && !children) return null;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title}</h2>
        <div class="govuk-error-summary__body">
          {children}
          {items.length ? (
            <ul class="govuk-list govuk-error-summary__list">
              {items.map((p) => (
                <li key={`${p.href}${p.text}`}>
                  <a href={p.href}>{p.text}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** A screen's problems as summary items, each named by its place in the screen's part (`part`). */
export function useSummaryItems(problems: ShownProblem[], part: unknown, formId: string): SummaryItem[] {
  const { t, locale } = usePage();
  return problems.map((p) => ({
    href: `#${p.field === null ? formId : fieldId(p.field)}`,
    text: t("eservices.editor.problem_at", { place: describePlace(t, locale, part, p.place), problem: lowerFirst(t(p.message), locale) }),
  }));
}
