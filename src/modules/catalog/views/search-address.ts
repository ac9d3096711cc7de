// The search page's address: what its Latvian parameters mean, and links that change one of
// them. Every choice a person makes on the page is a link or a GET form, so the address alone
// says what the page shows, and it can be bookmarked, shared and opened without script.
import { type Locale, localePath } from "../../../platform/i18n/locale.ts";
import type { Audience, ServiceKind } from "../model.ts";
import type { SearchFilters } from "../queries/search-services.ts";

export const SEARCH_PATH = "/pakalpojumi";
export const PAGE_SIZE = 20;
/** Longer queries are cut: twelve words is all search reads, and the address stays short. */
export const MAX_QUERY_LENGTH = 200;
/** Beyond this a page number is a typo, not a place in the results. */
const MAX_PAGE = 1000;

/** The facets with more values than a sidebar should list at once: the first ten, then a link to all. */
export type ExpandableFacet = "institution" | "event";

export type SearchAddress = {
  q: string;
  filters: SearchFilters;
  page: number;
  expanded: ExpandableFacet[];
};

type FilterName = keyof SearchFilters;

export const PARAM: Record<FilterName | "q" | "page" | "expanded", string> = {
  q: "q",
  institution: "iestade",
  audience: "auditorija",
  kind: "veids",
  event: "situacija",
  municipality: "pasvaldiba",
  online: "tiessaiste",
  page: "lapa",
  expanded: "visi",
};

/** Values of the address in Latvian words, like its parameter names. */
const AUDIENCE_VALUES: Record<Audience, string> = { residents: "iedzivotajiem", businesses: "uznemejiem", institutions: "iestadem" };
const KIND_VALUES: Record<ServiceKind, string> = { informative: "informativs", transactional: "pieprasams", participatory: "lidzdaliba" };
const ONLINE_VALUE = "ja";

/** The identifiers an address may name; anything else in it is ignored. */
export type KnownValues = { institutions: ReadonlySet<string>; events: ReadonlySet<string>; municipalities: ReadonlySet<string> };

export type ReadAddress = {
  address: SearchAddress;
  /** Parameters whose value was not understood and so was left out: the page says so. */
  ignored: string[];
};

function single(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

function all(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

function keyOf<T extends string>(values: Record<T, string>, slug: string): T | undefined {
  return (Object.keys(values) as T[]).find((key) => values[key] === slug);
}

/** Reads the page's address; an empty or unknown value of a filter leaves that filter out. */
export function readSearchAddress(query: unknown, known: KnownValues): ReadAddress {
  const raw = (typeof query === "object" && query !== null ? query : {}) as Record<string, unknown>;
  const ignored: string[] = [];
  const pick = <T>(name: FilterName | "page", parse: (value: string) => T | undefined): T | undefined => {
    const value = single(raw[PARAM[name]])?.trim();
    if (!value) return undefined;
    const parsed = parse(value);
    if (parsed === undefined) ignored.push(PARAM[name]);
    return parsed;
  };
  const filters: SearchFilters = {
    institution: pick("institution", (v) => (known.institutions.has(v) ? v : undefined)),
    audience: pick("audience", (v) => keyOf(AUDIENCE_VALUES, v)),
    kind: pick("kind", (v) => keyOf(KIND_VALUES, v)),
    event: pick("event", (v) => (known.events.has(v) ? v : undefined)),
    municipality: pick("municipality", (v) => (known.municipalities.has(v) ? v : undefined)),
    online: pick("online", (v) => (v === ONLINE_VALUE ? true : undefined)),
  };
  const page = pick("page", (v) => (/^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_PAGE ? Number(v) : undefined)) ?? 1;
  const expanded = all(raw[PARAM.expanded])
    .map((v) => (v === PARAM.institution ? "institution" : v === PARAM.event ? "event" : undefined))
    .filter((v): v is ExpandableFacet => v !== undefined);
  const q = (single(raw[PARAM.q]) ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  return { address: { q, filters: withoutUndefined(filters), page, expanded: [...new Set(expanded)] }, ignored };
}

function withoutUndefined(filters: SearchFilters): SearchFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as SearchFilters;
}

/** The address's parameters as name–value pairs, in the order the page's links write them. */
export function addressParams(address: SearchAddress): [string, string][] {
  const f = address.filters;
  const pairs: [string, string | undefined][] = [
    [PARAM.q, address.q || undefined],
    [PARAM.institution, f.institution],
    [PARAM.audience, f.audience && AUDIENCE_VALUES[f.audience]],
    [PARAM.kind, f.kind && KIND_VALUES[f.kind]],
    [PARAM.event, f.event],
    [PARAM.municipality, f.municipality],
    [PARAM.online, f.online ? ONLINE_VALUE : undefined],
    ...address.expanded.map((facet): [string, string] => [PARAM.expanded, PARAM[facet]]),
    [PARAM.page, address.page > 1 ? String(address.page) : undefined],
  ];
  return pairs.filter((pair): pair is [string, string] => pair[1] !== undefined);
}

/** The link to the search page at `address` in `locale`. */
export function searchHref(locale: Locale, address: SearchAddress): string {
  const query = new URLSearchParams(addressParams(address)).toString();
  return localePath(locale, query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH);
}

/** The same search with one filter set or (with `undefined`) removed, from its first page. */
export function withFilter<K extends FilterName>(address: SearchAddress, name: K, value: SearchFilters[K] | undefined): SearchAddress {
  const filters = { ...address.filters, [name]: value };
  return { ...address, filters: withoutUndefined(filters), page: 1 };
}
