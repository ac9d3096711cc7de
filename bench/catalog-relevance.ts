// How well search finds what people mean, over the relevance sets in bench/catalog-relevance*.json:
// success@3 (the share of queries with an expected service among the first three results) and the
// mean reciprocal rank (1 / the rank of the first expected service within the first ten results,
// 0 when none is there), computed by calling searchServices directly as the search page does:
// no filters, so a municipal service counts as its national template.
import { readFileSync } from "node:fs";
import type { Kysely } from "kysely";
import { searchServices } from "../src/modules/catalog/queries/search-services.ts";
import type { SynonymSource } from "../src/modules/catalog/search/synonym-source.ts";
import type { Tables } from "../src/platform/db/tables.ts";

export type RelevanceQuery = { q: string; expect: string[]; note?: string };

export type QueryOutcome = {
  q: string;
  expect: string[];
  /** The identifiers of the first ten results, best first. */
  top: string[];
  /** 1-based rank of the first expected service among them, or null. */
  rank: number | null;
  total: number;
};

export type RelevanceFigures = {
  queries: number;
  successAt3: number;
  mrr: number;
  outcomes: QueryOutcome[];
  /** The queries with no expected service in the first three. */
  failures: QueryOutcome[];
};

export const SUCCESS_DEPTH = 3;
export const MRR_DEPTH = 10;
export const SUCCESS_TARGET = 0.9;

/** The set written with the search, and the held-out one written after it, never used to build it. */
export const RELEVANCE_SETS = ["catalog-relevance.json", "catalog-relevance-holdout.json"] as const;
export type RelevanceSetName = (typeof RELEVANCE_SETS)[number];

export function relevanceSet(name: RelevanceSetName): RelevanceQuery[] {
  const parsed = JSON.parse(readFileSync(new URL(name, import.meta.url), "utf8")) as { queries?: RelevanceQuery[] };
  const queries = parsed.queries ?? [];
  const malformed = queries.filter((entry) => typeof entry.q !== "string" || !Array.isArray(entry.expect) || entry.expect.length === 0);
  if (malformed.length) throw new Error(`bench/${name} has queries without q or expect: ${JSON.stringify(malformed.slice(0, 3))}`);
  return queries;
}

export async function measureRelevance(db: Kysely<Tables>, synonyms: SynonymSource, queries: RelevanceQuery[]): Promise<RelevanceFigures> {
  const outcomes: QueryOutcome[] = [];
  for (const { q, expect } of queries) {
    const result = await searchServices(db, synonyms, { q, filters: {}, page: 1, limit: MRR_DEPTH, facets: false });
    const top = result.hits.map((h) => h.identifier);
    const index = top.findIndex((id) => expect.includes(id));
    outcomes.push({ q, expect, top, rank: index === -1 ? null : index + 1, total: result.total });
  }
  const failures = outcomes.filter((o) => o.rank === null || o.rank > SUCCESS_DEPTH);
  const count = Math.max(1, outcomes.length);
  return {
    queries: outcomes.length,
    successAt3: (outcomes.length - failures.length) / count,
    mrr: outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0) / count,
    outcomes,
    failures,
  };
}

/** Queries that expect services the catalogue does not publish (a typo in the set, or a service not written yet). */
export async function unknownExpectations(db: Kysely<Tables>, queries: RelevanceQuery[]): Promise<{ q: string; missing: string[] }[]> {
  const rows = await db.selectFrom("catalog.search_entry").select("service").execute();
  const published = new Set(rows.map((r) => r.service));
  return queries.map(({ q, expect }) => ({ q, missing: expect.filter((id) => !published.has(id)) })).filter((u) => u.missing.length > 0);
}
