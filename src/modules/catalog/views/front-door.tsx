// The catalogue's part of the portal's front page: the search box, and the life and business
// situations as the way in for people who do not know what the service they need is called.

import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { EventDocument, EventKind } from "../model.ts";
import { EVENT_PATHS } from "./event-pages.tsx";
import { SEARCH_PATH } from "./search-address.ts";
import { SearchForm } from "./search-form.tsx";

/** Made once per language: building a collator costs more than the rest of the list. */
const COLLATORS = { lv: new Intl.Collator("lv"), en: new Intl.Collator("en") };

export function FrontSearch() {
  return <SearchForm q="" size="l" />;
}

function Situations({ kind, events }: { kind: EventKind; events: EventDocument[] }) {
  const { t, locale } = usePage();
  const ofKind = events.filter((e) => e.kind === kind).sort((a, b) => COLLATORS[locale].compare(a.title[locale], b.title[locale]));
  if (ofKind.length === 0) return null;
  return (
    <section class="epak-situations" aria-labelledby={`situations-${kind}`}>
      <h2 class="govuk-heading-l" id={`situations-${kind}`}>
        {t(`catalog.front.${kind}.heading`)}
      </h2>
      <p class="govuk-body">{t(`catalog.front.${kind}.lead`)}</p>
      <ul class="govuk-list epak-situations__list">
        {ofKind.map((e) => (
          <li key={e.identifier}>
            <a class="govuk-link epak-situations__link" href={localePath(locale, `${EVENT_PATHS[kind]}/${e.identifier}`)}>
              {e.title[locale]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FrontSituations({ events }: { events: EventDocument[] }) {
  const { t, locale } = usePage();
  return (
    <>
      <Situations kind="life" events={events} />
      <Situations kind="business" events={events} />
      <section class="epak-situations" aria-labelledby="catalogue-browse">
        <h2 class="govuk-heading-m" id="catalogue-browse">
          {t("catalog.front.browse.heading")}
        </h2>
        <ul class="govuk-list epak-front-browse">
          <li>
            <a class="govuk-link" href={localePath(locale, `${SEARCH_PATH}/a-z`)}>
              {t("catalog.front.browse.a_to_z")}
            </a>
          </li>
          <li>
            <a class="govuk-link" href={localePath(locale, "/iestades")}>
              {t("catalog.front.browse.institutions")}
            </a>
          </li>
          <li>
            <a class="govuk-link" href={localePath(locale, SEARCH_PATH)}>
              {t("catalog.front.browse.filters")}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
