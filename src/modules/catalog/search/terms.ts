// What search compares: documents and queries both become lexemes (stems of folded words, a–z and
// 0–9 only), which PostgreSQL indexes and queries with its 'simple' configuration as they are.
// A query keeps, for each word, its Latvian and its English stem, since people type either
// language on either page, and a plan of alternatives that synonyms and typo corrections add to.
import { englishStem } from "./english-stem.ts";
import { tokens } from "./fold.ts";
import { latvianStem } from "./latvian-stem.ts";
import { ENGLISH_STOP_WORDS, LATVIAN_STOP_WORDS } from "./stop-words.ts";

export type Language = "lv" | "en";

/** One query word, folded, and the lexemes any of which it may match in a document. */
export type QueryWord = { word: string; alternatives: string[] };

/** An everyday phrase and the wording the catalogue uses for it, in either language. */
export type Synonym = { from: string; to: string };

/** The lexemes of one word; any of them may match. */
export type Term = readonly string[];
/** Words that must all match. */
export type Phrase = readonly Term[];
/** One place in the query: the words typed there, or any phrase a synonym gives for them. */
export type Slot = { readonly typed: Phrase; readonly synonyms: readonly Phrase[] };
/** Plans share their synonyms' phrases with each other, so nothing in them is changed in place. */
export type QueryPlan = { readonly slots: readonly Slot[] };

export type TsQueryOptions = {
  /** "all": every slot must match; "any": one is enough (the fallback when "all" finds too little). */
  match: "all" | "any";
  /** Match the last typed word as a prefix, for results while the person is still typing. */
  prefixLast: boolean;
};

const MAX_QUERY_WORDS = 12;
const STEMMERS = { lv: latvianStem, en: englishStem };
const STOP_WORDS = { lv: LATVIAN_STOP_WORDS, en: ENGLISH_STOP_WORDS };

/** Keeps what PostgreSQL's parser reads as one word, so that lexemes can go into a query unquoted. */
function asLexeme(stem: string): string {
  return stem.replace(/[^a-z0-9]/g, "");
}

// Indexing the catalogue stems the same few thousand words over and over; a word's lexeme never
// changes, so each is worked out once per process. The bound only guards against odd input.
const LEXEME_CACHE_LIMIT = 100_000;
const lexemeCache = { lv: new Map<string, string>(), en: new Map<string, string>() };

function cachedLexeme(word: string, lang: Language): string {
  const cache = lexemeCache[lang];
  let lexeme = cache.get(word);
  if (lexeme === undefined) {
    lexeme = asLexeme(STEMMERS[lang](word));
    if (cache.size >= LEXEME_CACHE_LIMIT) cache.clear();
    cache.set(word, lexeme);
  }
  return lexeme;
}

/** A document text's lexemes, in order and with repeats (ranking counts them). */
export function indexLexemes(text: string, lang: Language): string[] {
  return tokens(text)
    .filter((word) => !STOP_WORDS[lang].has(word))
    .map((word) => cachedLexeme(word, lang))
    .filter((lexeme) => lexeme !== "");
}

function isStopWord(word: string): boolean {
  return LATVIAN_STOP_WORDS.has(word) || ENGLISH_STOP_WORDS.has(word);
}

/**
 * The words of a query with their Latvian and English lexemes. Stop words of either language go,
 * unless nothing else is left; words with no lexeme (another script) go; at most twelve remain.
 */
export function queryWords(q: string): QueryWord[] {
  const all = tokens(q);
  const meaningful = all.filter((word) => !isStopWord(word));
  return (meaningful.length > 0 ? meaningful : all)
    .map((word) => ({ word, alternatives: [...new Set([latvianStem(word), englishStem(word)].map(asLexeme))].filter(Boolean) }))
    .filter((w) => w.alternatives.length > 0)
    .slice(0, MAX_QUERY_WORDS);
}

type PreparedSynonym = { from: QueryWord[]; to: Phrase };

/** Stemming every synonym for every query would cost milliseconds; the lists are long-lived. */
const preparedSynonyms = new WeakMap<Synonym, PreparedSynonym | null>();

function prepare(synonym: Synonym): PreparedSynonym | null {
  let prepared = preparedSynonyms.get(synonym);
  if (prepared === undefined) {
    const from = queryWords(synonym.from);
    const to = queryWords(synonym.to).map((w) => w.alternatives);
    prepared = from.length > 0 && to.length > 0 ? { from, to } : null;
    preparedSynonyms.set(synonym, prepared);
  }
  return prepared;
}

/** A query word stands for a synonym's word when they share a lexeme. */
function matchesAt(words: QueryWord[], start: number, from: QueryWord[]): boolean {
  return (
    start + from.length <= words.length &&
    from.every((f, i) => words[start + i]?.alternatives.some((lexeme) => f.alternatives.includes(lexeme)))
  );
}

function phraseKey(phrase: Phrase): string {
  return phrase.map((term) => term.join("|")).join(" ");
}

/**
 * The plan of a query: one slot per word, except where a synonym's `from` phrase appears
 * (compared by lexemes, so any inflection or spelling of it counts): those words share one slot,
 * which also matches the synonym's `to` phrase. Overlapping candidates: the longest from the left
 * wins, and every synonym with that same `from` adds its phrase.
 */
export function applySynonyms(words: QueryWord[], synonyms: readonly Synonym[]): QueryPlan {
  const prepared = synonyms.map(prepare).filter((s) => s !== null);
  const slots: Slot[] = [];
  let start = 0;
  while (start < words.length) {
    const found = prepared.filter((s) => matchesAt(words, start, s.from));
    const length = Math.max(1, ...found.map((s) => s.from.length));
    const typed = words.slice(start, start + length).map((w) => w.alternatives);
    const phrases = new Map<string, Phrase>();
    for (const s of found) if (s.from.length === length) phrases.set(phraseKey(s.to), s.to);
    phrases.delete(phraseKey(typed));
    slots.push({ typed, synonyms: [...phrases.values()] });
    start += length;
  }
  return { slots };
}

/**
 * The plan with each typed lexeme's correction (unknown lexeme → the nearest one the catalogue
 * knows) added beside it as one more alternative of its word.
 */
export function correctedPlan(plan: QueryPlan, corrections: ReadonlyMap<string, string>): QueryPlan {
  const correct = (term: Term): Term => [...new Set([...term, ...term.flatMap((l) => corrections.get(l) ?? [])])];
  return { slots: plan.slots.map((slot) => ({ ...slot, typed: slot.typed.map(correct) })) };
}

/** Every lexeme the plan looks for, to mark matches in titles and summaries. */
export function planLexemes(plan: QueryPlan): string[] {
  return [...new Set(plan.slots.flatMap((slot) => [slot.typed, ...slot.synonyms].flat(2)))];
}

function group(parts: string[], operator: "&" | "|"): string {
  return parts.length === 1 ? (parts[0] ?? "") : `(${parts.join(` ${operator} `)})`;
}

/** In "any" mode one word of a phrase is enough too, or "palikt bez darba" would need both. */
function renderPhrase(phrase: Phrase, prefixLastTerm: boolean, operator: "&" | "|"): string {
  return group(
    phrase.map((term, i) =>
      group(
        term.map((lexeme) => (prefixLastTerm && i === phrase.length - 1 ? `${lexeme}:*` : lexeme)),
        "|",
      ),
    ),
    operator,
  );
}

/**
 * The plan as text for PostgreSQL's `to_tsquery('simple', $1)`; lexemes are [a-z0-9]+, so the
 * text is safe to pass as a parameter. An empty plan gives "", which callers treat as no query.
 */
export function toTsQuery(plan: QueryPlan, options: TsQueryOptions): string {
  const slots = plan.slots.map((slot, i) => {
    const prefix = options.prefixLast && i === plan.slots.length - 1;
    const within = options.match === "all" ? "&" : "|";
    return group([renderPhrase(slot.typed, prefix, within), ...slot.synonyms.map((p) => renderPhrase(p, false, "&"))], "|");
  });
  return slots.join(options.match === "all" ? " & " : " | ");
}
