// A person's query as the two full-text queries search runs: every word must match, or (when
// that finds nothing) any word may. Synonyms and typo corrections are alternatives of a word.
import { applySynonyms, correctedPlan, planLexemes, type QueryWord, queryWords, type Synonym, toTsQuery } from "./terms.ts";

export type CompiledQuery = { all: string; any: string; lexemes: string[]; words: QueryWord[] };

export function compileQuery(
  q: string,
  synonyms: readonly Synonym[],
  corrections: ReadonlyMap<string, string> = new Map(),
  options: { prefixLast?: boolean } = {},
): CompiledQuery | null {
  const words = queryWords(q);
  const plan = correctedPlan(applySynonyms(words, synonyms), corrections);
  const prefixLast = options.prefixLast ?? false;
  const all = toTsQuery(plan, { match: "all", prefixLast });
  if (!all) return null;
  return { all, any: toTsQuery(plan, { match: "any", prefixLast }), lexemes: planLexemes(plan), words };
}
