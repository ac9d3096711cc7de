// Search over published services: the person's words become a full-text query over Epak's own
// lexemes (every word must match; when nothing does, any word may), ranked with title matches
// first, filtered by the facets chosen, with counts for each facet value on the results page.
import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import type { Audience, ServiceKind, Text } from "../model.ts";
import { type CompiledQuery, compileQuery } from "../search/compile-query.ts";
import { correctionsFor } from "../search/corrections.ts";
import type { SynonymSource } from "../search/synonym-source.ts";

export type SearchFilters = {
  institution?: string;
  audience?: Audience;
  kind?: ServiceKind;
  event?: string;
  municipality?: string;
  online?: boolean;
};

export type SearchInput = {
  q: string;
  filters: SearchFilters;
  page: number;
  limit: number;
  facets: boolean;
  /** Match the last word as the beginning of a word: for suggestions while someone types. */
  prefix?: boolean;
};

export type SearchHit = {
  identifier: string;
  title: Text;
  summary: Text;
  institution: string;
  isTemplate: boolean;
  template: string | null;
  municipalities: string[];
  kind: string;
  online: boolean;
};

export type FacetName = "institution" | "audience" | "kind" | "event" | "municipality" | "online";
export type Facets = Record<FacetName, { value: string; count: number }[]>;

export type SearchResult = {
  total: number;
  hits: SearchHit[];
  facets: Facets | null;
  /** The lexemes the query looked for, to mark matches in titles and summaries. */
  lexemes: string[];
  /** Words that were not in the catalogue and were read as the nearest ones that are. */
  corrected: boolean;
};

const WEIGHTS = sql.lit("{0.05,0.2,0.4,1.0}");
const ENOUGH_FOR_ALL = 3;

type Where = (except?: FacetName) => Expression<SqlBool>;

function conditions(input: SearchInput, tsquery: string | null): Where {
  const f = input.filters;
  return (except) => {
    const parts: Expression<SqlBool>[] = [];
    if (tsquery !== null) parts.push(sql<SqlBool>`e.lexemes @@ to_tsquery('simple', ${tsquery})`);
    if (except !== "municipality") {
      // Without a municipality, a municipal service shows once, as its national template; with
      // one, that municipality's variant takes the template's place.
      parts.push(
        f.municipality
          ? sql<SqlBool>`((e.municipalities = '{}' and not e.is_template) or ${f.municipality} = any(e.municipalities))`
          : sql<SqlBool>`e.template is null`,
      );
    }
    if (f.institution && except !== "institution") parts.push(sql<SqlBool>`e.institution = ${f.institution}`);
    if (f.audience && except !== "audience") parts.push(sql<SqlBool>`${f.audience} = any(e.audience)`);
    if (f.kind && except !== "kind") parts.push(sql<SqlBool>`e.kind = ${f.kind}`);
    if (f.event && except !== "event") parts.push(sql<SqlBool>`${f.event} = any(e.events)`);
    if (f.online !== undefined && except !== "online") parts.push(sql<SqlBool>`e.online = ${f.online}`);
    return parts.length ? sql<SqlBool>`${sql.join(parts, sql` and `)}` : sql<SqlBool>`true`;
  };
}

type HitRow = {
  service: string;
  title_lv: string;
  title_en: string;
  summary_lv: string;
  summary_en: string;
  institution: string;
  is_template: boolean;
  template: string | null;
  municipalities: string[];
  kind: string;
  online: boolean;
  total: string | number;
};

/** `preferred`: services that match it come first (every word), then the rest by rank. */
async function hits(
  db: Kysely<Tables>,
  input: SearchInput,
  tsquery: string | null,
  preferred: string | null = null,
): Promise<{ total: number; hits: SearchHit[] }> {
  const where = conditions(input, tsquery)();
  // A bare 0 in ORDER BY would name a column by position; without words every rank is equal.
  const rank = tsquery === null ? sql`0::real` : sql`ts_rank(${WEIGHTS}, e.lexemes, to_tsquery('simple', ${tsquery}))`;
  const first = preferred === null ? sql`` : sql`e.lexemes @@ to_tsquery('simple', ${preferred}) desc,`;
  const { rows } = await sql<HitRow>`
    select e.service, e.title_lv, e.title_en, e.summary_lv, e.summary_en, e.institution, e.is_template, e.template,
      e.municipalities, e.kind, e.online, count(*) over () as total
    from catalog.search_entry e
    where ${where}
    order by ${first} ${rank} desc, e.sort_lv, e.service
    limit ${input.limit} offset ${(input.page - 1) * input.limit}`.execute(db);
  return {
    total: Number(rows[0]?.total ?? 0),
    hits: rows.map((r) => ({
      identifier: r.service,
      title: { lv: r.title_lv, en: r.title_en },
      summary: { lv: r.summary_lv, en: r.summary_en },
      institution: r.institution,
      isTemplate: r.is_template,
      template: r.template,
      municipalities: r.municipalities,
      kind: r.kind,
      online: r.online,
    })),
  };
}

async function facetCounts(db: Kysely<Tables>, input: SearchInput, tsquery: string | null): Promise<Facets> {
  const where = conditions(input, tsquery);
  // Each facet counts the results as they would be with every other filter but its own, so a
  // person sees what choosing another value of it would give.
  const { rows } = await sql<{ facet: FacetName; value: string; count: string | number }>`
    select 'institution' as facet, e.institution as value, count(*) as count from catalog.search_entry e where ${where("institution")} group by 2
    union all select 'audience', a, count(*) from catalog.search_entry e, unnest(e.audience) a where ${where("audience")} group by 2
    union all select 'kind', e.kind, count(*) from catalog.search_entry e where ${where("kind")} group by 2
    union all select 'event', ev, count(*) from catalog.search_entry e, unnest(e.events) ev where ${where("event")} group by 2
    union all select 'online', e.online::text, count(*) from catalog.search_entry e where ${where("online")} group by 2
    union all select 'municipality', m, count(*) + (select count(*) from catalog.search_entry e
        where ${where("municipality")} and e.municipalities = '{}' and not e.is_template)
      from catalog.search_entry e, unnest(e.municipalities) m where ${where("municipality")} group by 2`.execute(db);
  const facets: Facets = { institution: [], audience: [], kind: [], event: [], municipality: [], online: [] };
  for (const r of rows) facets[r.facet].push({ value: r.value, count: Number(r.count) });
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
}

export async function searchServices(db: Kysely<Tables>, synonyms: SynonymSource, input: SearchInput): Promise<SearchResult> {
  const options = { prefixLast: input.prefix ?? false };
  const known = input.q.trim() ? await synonyms.list(db) : [];
  const query: CompiledQuery | null = compileQuery(input.q, known, new Map(), options);
  if (input.q.trim() && !query) return { total: 0, hits: [], facets: null, lexemes: [], corrected: false };
  let corrected = false;
  let lexemes = query?.lexemes ?? [];
  let tsquery = query?.all ?? null;
  let found = await hits(db, input, tsquery);
  // So few services with every word suggest the words are not all in the one meant: services
  // with any of them follow, those with every word still first.
  if (query && found.total < ENOUGH_FOR_ALL) {
    const corrections = await correctionsFor(db, query.words);
    const again = corrections.size ? compileQuery(input.q, known, corrections, options) : null;
    if (again) {
      corrected = true;
      lexemes = again.lexemes;
      tsquery = again.all;
      found = await hits(db, input, tsquery);
    }
    const any = (again ?? query).any;
    if (found.total < ENOUGH_FOR_ALL && any !== tsquery) {
      const all = tsquery;
      tsquery = any;
      found = await hits(db, input, tsquery, all);
    }
  }
  return { ...found, facets: input.facets ? await facetCounts(db, input, tsquery) : null, lexemes, corrected };
}
