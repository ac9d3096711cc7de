// /pakalpojumi/a-z: every service once (a service every municipality provides appears as its
// national description), grouped by first letter in the page's alphabetical order: Latvian
// keeps Ā after A and Č after C as letters of their own; English reads Ā as A.
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { type Locale, localePath } from "../../../platform/i18n/locale.ts";
import type { Text } from "../model.ts";
import { Breadcrumbs } from "./service-parts.tsx";

export type AlphabeticalService = { identifier: string; title: Text };
type Group = { letter: string; id: string; services: AlphabeticalService[] };

const DIGITS = "0–9";

/** The letter a title is listed under: its first letter or digit, ignoring quotation marks. */
export function initialOf(title: string, locale: Locale): string {
  const first = /[\p{L}\p{N}]/u.exec(title)?.[0] ?? DIGITS;
  if (/\p{N}/u.test(first)) return DIGITS;
  const letter = first.toLocaleUpperCase(locale);
  return locale === "lv" ? letter : (letter.normalize("NFD")[0] ?? letter);
}

/** Titles in the collation order of `locale`, cut into groups by initial. */
export function alphabeticalGroups(services: AlphabeticalService[], locale: Locale): Group[] {
  const collator = new Intl.Collator(locale);
  const sorted = [...services].sort((a, b) => collator.compare(a.title[locale], b.title[locale]));
  const groups = new Map<string, AlphabeticalService[]>();
  for (const s of sorted) {
    const letter = initialOf(s.title[locale], locale);
    groups.set(letter, [...(groups.get(letter) ?? []), s]);
  }
  return [...groups]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([letter, list]) => ({ letter, id: `letter-${letter}`, services: list }));
}

function LetterNav({ groups }: { groups: Group[] }) {
  const { t } = usePage();
  return (
    <nav aria-label={t("catalog.pages.az.letters")} class="govuk-!-margin-bottom-6">
      <ul class="govuk-list">
        {groups.map((g) => (
          <li key={g.id} class="govuk-!-display-inline-block govuk-!-margin-right-1">
            <a
              class="govuk-link govuk-!-display-inline-block govuk-!-font-size-24 govuk-!-font-weight-bold govuk-!-padding-1 govuk-!-padding-left-2 govuk-!-padding-right-2"
              href={`#${g.id}`}
            >
              {g.letter}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AToZPage({ services }: { services: AlphabeticalService[] }) {
  const { locale, t } = usePage();
  const groups = alphabeticalGroups(services, locale);
  return (
    <Layout
      title={t("catalog.pages.az.title")}
      beforeMain={<Breadcrumbs trail={[{ label: t("catalog.pages.crumb.services"), path: "/pakalpojumi" }]} />}
    >
      <h1 class="govuk-heading-xl">{t("catalog.pages.az.title")}</h1>
      <p class="govuk-body-l">{t("catalog.pages.az.intro", { count: services.length })}</p>
      <LetterNav groups={groups} />
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={g.id} class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-l" id={g.id}>
            {g.letter}
          </h2>
          <ul class="govuk-list">
            {g.services.map((s) => (
              <li key={s.identifier}>
                <a class="govuk-link" href={localePath(locale, `/pakalpojumi/${s.identifier}`)}>
                  {s.title[locale]}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
