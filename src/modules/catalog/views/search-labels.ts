// The words the search page shows for a filter and its values, shared by the sidebar and the
// list of chosen filters so that both name a choice the same way.
import type { Locale } from "../../../platform/i18n/locale.ts";
import type { Translate } from "../../../platform/i18n/messages.ts";
import type { Audience, EventDocument, InstitutionDocument, ServiceKind } from "../model.ts";
import type { SearchFilters } from "../queries/search-services.ts";
import { labelKey } from "./labels.ts";

export type FilterName = keyof SearchFilters;

/** What the page knows about the values it names: institutions (municipalities too) and events. */
export type SearchLookups = {
  institutions: ReadonlyMap<string, InstitutionDocument>;
  events: ReadonlyMap<string, EventDocument>;
  /** The 42 local governments, in the page's alphabetical order. */
  municipalities: readonly InstitutionDocument[];
};

export function filterLabel(t: Translate, name: FilterName): string {
  return t(`catalog.search.facet.${name}`);
}

/** A facet value's name; an identifier that is no longer in the catalogue shows as it is. */
export function valueLabel(t: Translate, locale: Locale, lookups: SearchLookups, name: FilterName, value: string): string {
  switch (name) {
    case "institution":
    case "municipality":
      return lookups.institutions.get(value)?.name[locale] ?? value;
    case "event":
      return lookups.events.get(value)?.title[locale] ?? value;
    case "audience":
      return t(labelKey.audience(value as Audience));
    case "kind":
      return t(labelKey.kind(value as ServiceKind));
    case "online":
      return t("catalog.search.online.yes");
  }
}
