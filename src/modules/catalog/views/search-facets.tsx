// The search page's sidebar: each facet's values with how many results choosing it would give,
// as plain links (and a GET form for the 42 municipalities), so filtering works without script.

import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { FacetName, Facets, SearchFilters } from "../queries/search-services.ts";
import { addressParams, type ExpandableFacet, PARAM, SEARCH_PATH, type SearchAddress, searchHref, withFilter } from "./search-address.ts";
import { filterLabel, type SearchLookups, valueLabel } from "./search-labels.ts";

/** Values an expandable facet lists before its "show all" link. */
const TOP = 10;

type Count = { value: string; count: number };
type LinkFacet = Exclude<FacetName, "municipality">;

function isExpandable(name: FacetName): name is ExpandableFacet {
  return name === "institution" || name === "event";
}

/** The values to list: all, or the first ten and the chosen one wherever it stands. */
function shownValues(values: Count[], chosen: string | undefined, all: boolean): Count[] {
  if (all || values.length <= TOP) return values;
  const top = values.slice(0, TOP);
  const chosenBelow = values.find((v) => v.value === chosen && !top.includes(v));
  return chosenBelow ? [...top, chosenBelow] : top;
}

function filterValue(name: LinkFacet, value: string): SearchFilters[LinkFacet] {
  return name === "online" ? true : value;
}

function FacetGroup({
  name,
  values,
  address,
  lookups,
}: {
  name: LinkFacet;
  values: Count[];
  address: SearchAddress;
  lookups: SearchLookups;
}) {
  const { t, locale } = usePage();
  const chosen = name === "online" ? (address.filters.online ? "true" : undefined) : address.filters[name];
  // Only "available online" is a choice; "not online" is not something people look for.
  const choices = name === "online" ? values.filter((v) => v.value === "true") : values;
  if (choices.length === 0) return null;
  const expanded = isExpandable(name) && address.expanded.includes(name);
  const shown = isExpandable(name) ? shownValues(choices, chosen, expanded) : choices;
  return (
    <div class="epak-facet" id={`facet-${name}`}>
      <h3 class="govuk-heading-s epak-facet__title">{filterLabel(t, name)}</h3>
      <ul class="govuk-list epak-facet__list">
        {shown.map((v) => {
          const label = valueLabel(t, locale, lookups, name, v.value);
          return (
            <li key={v.value}>
              {v.value === chosen ? (
                <>
                  <strong class="epak-facet__chosen">{label}</strong> <span class="epak-facet__count">({v.count})</span>{" "}
                  <a class="govuk-link" href={searchHref(locale, withFilter(address, name, undefined))}>
                    {t("catalog.search.chosen.remove")}
                    <span class="govuk-visually-hidden"> {t("catalog.search.chosen.remove_hidden", { filter: label })}</span>
                  </a>
                </>
              ) : (
                <a class="govuk-link" href={searchHref(locale, withFilter(address, name, filterValue(name, v.value)))}>
                  {label} <span class="epak-facet__count">({v.count})</span>
                </a>
              )}
            </li>
          );
        })}
      </ul>
      {isExpandable(name) && !expanded && choices.length > shown.length ? (
        <p class="govuk-body-s">
          <a class="govuk-link" href={`${searchHref(locale, { ...address, expanded: [...address.expanded, name] })}#facet-${name}`}>
            {t(`catalog.search.facet.${name}.all`, { count: choices.length })}
          </a>
        </p>
      ) : null}
    </div>
  );
}

/** A drop-down of the 42 municipalities: too many for links. Sending it keeps the other choices. */
function MunicipalityFilter({ counts, address, lookups }: { counts: Count[]; address: SearchAddress; lookups: SearchLookups }) {
  const { t, locale } = usePage();
  const countOf = new Map(counts.map((c) => [c.value, c.count]));
  const keep = addressParams(withFilter(address, "municipality", undefined));
  return (
    <form method="get" action={localePath(locale, SEARCH_PATH)} class="epak-facet" id="facet-municipality">
      {keep.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <div class="govuk-form-group">
        <h3 class="govuk-label-wrapper">
          <label class="govuk-label govuk-label--s" for={PARAM.municipality}>
            {filterLabel(t, "municipality")}
          </label>
        </h3>
        <div class="govuk-hint" id={`${PARAM.municipality}-hint`}>
          {t("catalog.search.facet.municipality.hint")}
        </div>
        <select
          class="govuk-select epak-facet__select"
          id={PARAM.municipality}
          name={PARAM.municipality}
          aria-describedby={`${PARAM.municipality}-hint`}
        >
          <option value="">{t("catalog.search.facet.municipality.any")}</option>
          {lookups.municipalities.map((m) => {
            const count = countOf.get(m.identifier);
            return (
              <option key={m.identifier} value={m.identifier} selected={m.identifier === address.filters.municipality}>
                {count === undefined ? m.name[locale] : `${m.name[locale]} (${count})`}
              </option>
            );
          })}
        </select>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary epak-facet__submit" data-module="govuk-button">
        {t("catalog.search.facet.municipality.submit")}
      </button>
    </form>
  );
}

const LINK_FACETS: LinkFacet[] = ["online", "audience", "kind", "institution", "event"];

export function SearchFacets({ facets, address, lookups }: { facets: Facets; address: SearchAddress; lookups: SearchLookups }) {
  const { t } = usePage();
  return (
    <div class="epak-facets">
      <a class="govuk-link epak-facets__skip" href="#results">
        {t("catalog.search.skip_to_results")}
      </a>
      <h2 class="govuk-heading-m">{t("catalog.search.facets.heading")}</h2>
      <MunicipalityFilter counts={facets.municipality} address={address} lookups={lookups} />
      {LINK_FACETS.map((name) => (
        <FacetGroup key={name} name={name} values={facets[name]} address={address} lookups={lookups} />
      ))}
    </div>
  );
}
