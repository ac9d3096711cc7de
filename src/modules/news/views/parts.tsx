// Pieces the news pages share: dates as people read them, the way back up, and an article's text.
import { usePage } from "../../../platform/html/page-context.ts";
import type { Locale } from "../../../platform/i18n/locale.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { paragraphs } from "../article-text.ts";

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "2019. gada 13. decembris" / "13 December 2019", as the day was in Riga. */
export function formatDay(locale: Locale, at: Date): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", { dateStyle: "long", timeZone: "Europe/Riga" });
    dayFormats.set(locale, format);
  }
  return format.format(at);
}

export function Day({ at }: { at: Date }) {
  const { locale } = usePage();
  return <time dateTime={at.toISOString()}>{formatDay(locale, at)}</time>;
}

export type Crumb = { label: string; path: string };

/** The pages above this one; the page itself is its heading, not a crumb. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { locale, t } = usePage();
  return (
    <div class="govuk-width-container">
      <nav class="govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" aria-label={t("news.crumb.label")}>
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

/** Each paragraph as escaped text: nothing an editor types becomes markup. */
export function ArticleBody({ body }: { body: string }) {
  return (
    <>
      {paragraphs(body).map((p, i) => (
        <p class="govuk-body" key={i}>
          {p}
        </p>
      ))}
    </>
  );
}
