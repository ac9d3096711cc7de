// The search page's main column: how many services were found, the filters chosen (each with a
// way to remove it), the results with the matched words marked, and advice when nothing is found.

import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { SearchHit, SearchResult } from "../queries/search-services.ts";
import { highlight, type Marker, type Segment, snippet } from "../search/highlight.ts";
import { EVENT_PATHS } from "./event-pages.tsx";
import { SEARCH_PATH, type SearchAddress, searchHref, withFilter } from "./search-address.ts";
import { type FilterName, filterLabel, type SearchLookups, valueLabel } from "./search-labels.ts";

/** A summary longer than this is cut to the part with the match. */
const SNIPPET_LENGTH = 220;

/** Text with its marked words in <mark>; each segment is keyed by where it starts in the text. */
function Marked({ segments }: { segments: Segment[] }) {
  let offset = 0;
  return (
    <>
      {segments.map((s) => {
        const at = offset;
        offset += s.text.length;
        return s.marked ? <mark key={at}>{s.text}</mark> : s.text;
      })}
    </>
  );
}

function Result({ hit, marker, lookups }: { hit: SearchHit; marker: Marker; lookups: SearchLookups }) {
  const { t, locale } = usePage();
  return (
    <li class="epak-result">
      <h3 class="govuk-heading-s epak-result__title">
        <a class="govuk-link" href={localePath(locale, `${SEARCH_PATH}/${hit.identifier}`)}>
          <Marked segments={highlight(hit.title[locale], locale, marker)} />
        </a>
      </h3>
      <p class="govuk-body-s epak-result__meta">
        <span>{lookups.institutions.get(hit.institution)?.name[locale] ?? hit.institution}</span>
        {hit.online ? <strong class="govuk-tag govuk-tag--green epak-result__tag">{t("catalog.search.online_tag")}</strong> : null}
      </p>
      <p class="govuk-body epak-result__summary">
        <Marked segments={snippet(hit.summary[locale], locale, marker, SNIPPET_LENGTH)} />
      </p>
    </li>
  );
}

const FILTER_ORDER: FilterName[] = ["municipality", "online", "audience", "kind", "institution", "event"];

function ChosenFilters({ address, lookups }: { address: SearchAddress; lookups: SearchLookups }) {
  const { t, locale } = usePage();
  const chosen = FILTER_ORDER.filter((name) => address.filters[name] !== undefined);
  if (chosen.length === 0) return null;
  const none: SearchAddress = { ...address, filters: {}, page: 1 };
  return (
    <div class="epak-chosen">
      <h3 class="govuk-heading-s epak-chosen__title">{t("catalog.search.chosen.heading")}</h3>
      <ul class="govuk-list epak-chosen__list">
        {chosen.map((name) => {
          const label = `${filterLabel(t, name)}: ${valueLabel(t, locale, lookups, name, String(address.filters[name]))}`;
          return (
            <li key={name}>
              {label}{" "}
              <a class="govuk-link" href={searchHref(locale, withFilter(address, name, undefined))}>
                {t("catalog.search.chosen.remove")}
                <span class="govuk-visually-hidden"> {t("catalog.search.chosen.remove_hidden", { filter: label })}</span>
              </a>
            </li>
          );
        })}
      </ul>
      {chosen.length > 1 ? (
        <p class="govuk-body-s">
          <a class="govuk-link" href={searchHref(locale, none)}>
            {t("catalog.search.chosen.remove_all")}
          </a>
        </p>
      ) : null}
    </div>
  );
}

function NoResults({ address }: { address: SearchAddress }) {
  const { t, locale } = usePage();
  const filtered = Object.keys(address.filters).length > 0;
  return (
    <div class="epak-no-results">
      <p class="govuk-body">{t("catalog.search.none.intro")}</p>
      <ul class="govuk-list govuk-list--bullet">
        <li>{t("catalog.search.none.spelling")}</li>
        <li>{t("catalog.search.none.fewer_words")}</li>
        {filtered ? (
          <li>
            <a class="govuk-link" href={searchHref(locale, { ...address, filters: {}, page: 1 })}>
              {t("catalog.search.none.without_filters")}
            </a>
          </li>
        ) : null}
        <li>
          <a class="govuk-link" href={localePath(locale, EVENT_PATHS.life)}>
            {t("catalog.search.none.life_situations")}
          </a>
        </li>
        <li>
          <a class="govuk-link" href={localePath(locale, `${SEARCH_PATH}/a-z`)}>
            {t("catalog.search.none.a_to_z")}
          </a>
        </li>
      </ul>
    </div>
  );
}

type Props = { address: SearchAddress; result: SearchResult; marker: Marker; lookups: SearchLookups; ignored: string[] };

export function SearchResults({ address, result, marker, lookups, ignored }: Props) {
  const { t } = usePage();
  return (
    <div class="epak-results" id="results">
      {ignored.length > 0 ? (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">{t("catalog.search.warning")}</span>
            {t("catalog.search.ignored")}
          </strong>
        </div>
      ) : null}
      <h2 class="govuk-heading-m epak-results__count">
        {result.total === 0 ? t("catalog.search.none.heading") : t("catalog.search.count", { count: result.total })}
      </h2>
      {result.corrected && result.total > 0 ? <p class="govuk-inset-text">{t("catalog.search.corrected")}</p> : null}
      <ChosenFilters address={address} lookups={lookups} />
      {result.total === 0 ? (
        <NoResults address={address} />
      ) : (
        <ol class="govuk-list epak-results__list">
          {result.hits.map((hit) => (
            <Result key={hit.identifier} hit={hit} marker={marker} lookups={lookups} />
          ))}
        </ol>
      )}
    </div>
  );
}
