// Pieces the centres' pages share: breadcrumbs, a summary list row, today's opening status and
// a list of names sorted the way the page's language sorts them.
import type { ComponentChildren } from "preact";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { WeeklyHours } from "../model.ts";
import { dayStatus, formatIntervals } from "../opening-hours.ts";

export type Crumb = { label: string; path: string };

export function Crumbs({ trail }: { trail: Crumb[] }) {
  const { locale, t } = usePage();
  const crumbs = [{ label: t("centres.crumb.home"), path: "/" }, ...trail];
  return (
    <div class="govuk-width-container">
      <nav class="govuk-breadcrumbs" aria-label={t("centres.crumb.label")}>
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

export function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** "Today: open 8.00–17.00", "Today: closed (public holiday)" or "Today: closed". */
export function TodayStatus({ hours, today }: { hours: WeeklyHours; today: string }) {
  const { locale, t } = usePage();
  const status = dayStatus(hours, today);
  if (status.kind === "open") return <>{t("centres.today.open", { hours: formatIntervals(locale, status.intervals) })}</>;
  return <>{t(status.kind === "holiday" ? "centres.today.holiday" : "centres.today.closed")}</>;
}

/** Sorts by a name in the page's language with that language's collation (Ķ after K in Latvian). */
export function sortByName<T>(items: T[], name: (item: T) => string, locale: string): T[] {
  const collator = new Intl.Collator(locale);
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}

export function telHref(phone: string): string {
  return `tel:${phone.replaceAll(" ", "")}`;
}
