// A person's query as the two full-text queries search runs: every word must match, or (when
// that finds nothing) any word may. Synonyms and typo corrections are alternatives of a word.
import { applySynonyms, correctedPlan, planLexemes, type QueryPlan, type QueryWord, queryWords, type Synonym, toTsQuery } from "./terms.ts";

export type CompiledQuery = { all: string; any: string; lexemes: string[]; words: QueryWord[] };

export function compileQuery(
  q: string,
  synonyms: readonly Synonym[],
  corrections: ReadonlyMap<string, string> = new Map(),
  options: { prefixLast?: boolean } = {},
): CompiledQuery | null {
  const words = queryWords(q);
  const plain = applySynonyms(words, synonyms);
  const plan = correctedPlan(applySynonyms(words, [...synonyms, ...joinedPairs(words, plain)]), corrections);
  const prefixLast = options.prefixLast ?? false;
  const all = toTsQuery(plan, { match: "all", prefixLast });
  if (!all) return null;
  return { all, any: toTsQuery(plan, { match: "any", prefixLast }), lexemes: planLexemes(plan), words };
}

/**
 * Latvian writes many terms as one word that people type as two ("zemes grāmata" for
 * "zemesgrāmata"): a pair of neighbouring words may also match as the word they make together.
 * Not where a synonym took either word: the synonym says better what the person meant.
 */
function joinedPairs(words: QueryWord[], plain: QueryPlan): Synonym[] {
  const free: boolean[] = plain.slots.flatMap((slot) => slot.typed.map(() => slot.typed.length === 1 && slot.synonyms.length === 0));
  const pairs: Synonym[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [words[i], words[i + 1]];
    if (first && second && free[i] && free[i + 1]) pairs.push({ from: `${first.word} ${second.word}`, to: `${first.word}${second.word}` });
  }
  return pairs;
}
