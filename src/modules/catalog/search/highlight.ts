// Marks, in a title or summary, the words that search matched, so that a person sees why a
// result is there. Words are compared as search compares them (folded and stemmed in the text's
// language), so "deklarēšana" is marked for the query "deklaresana". The result is a list of
// plain-text segments: the page renders each as text (escaped) and the marked ones in <mark>.
import { indexLexemes, type Language, queryWords } from "./terms.ts";

export type Segment = { text: string; marked: boolean };

/** What to mark: the lexemes a search looked for, and the last typed word as a prefix. */
export type Marker = { lexemes: ReadonlySet<string>; prefixes: readonly string[] };

/**
 * Below this a prefix would mark too many words to help the eye; suggestions start at two
 * letters, so two is where marking the word being typed begins.
 */
const MIN_PREFIX = 2;

/** Letters (with any combining marks), digits, and an apostrophe inside a word, as `tokens` reads words. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The marker for a query: `lexemes` are the ones search reports it looked for (synonyms and
 * corrections included); the last word typed also counts as the start of a word, since the
 * person may not have finished typing it.
 */
export function markerFor(q: string, lexemes: readonly string[]): Marker {
  const last = queryWords(q).at(-1);
  return { lexemes: new Set(lexemes), prefixes: (last?.alternatives ?? []).filter((p) => p.length >= MIN_PREFIX) };
}

function isMatch(word: string, lang: Language, marker: Marker): boolean {
  return indexLexemes(word, lang).some((lexeme) => marker.lexemes.has(lexeme) || marker.prefixes.some((p) => lexeme.startsWith(p)));
}

function push(segments: Segment[], text: string, marked: boolean): void {
  if (text === "") return;
  const previous = segments.at(-1);
  if (previous && previous.marked === marked) previous.text += text;
  else segments.push({ text, marked });
}

/**
 * The text as segments, marked words apart. Marked words separated only by spaces share one
 * segment, so "dzīvesvietas deklarēšana" reads as one mark, not two.
 */
export function highlight(text: string, lang: Language, marker: Marker): Segment[] {
  const segments: Segment[] = [];
  if (marker.lexemes.size === 0 && marker.prefixes.length === 0) {
    push(segments, text, false);
    return segments;
  }
  let at = 0;
  for (const found of text.matchAll(WORD)) {
    const between = text.slice(at, found.index);
    const marked = isMatch(found[0], lang, marker);
    push(segments, between, marked && segments.at(-1)?.marked === true && /^\s+$/.test(between));
    push(segments, found[0], marked);
    at = found.index + found[0].length;
  }
  push(segments, text.slice(at), false);
  return segments;
}

/** Sentences end at ". ", "! " or "? " before a capital letter, so "2. līmeņa" and "u. c." go on. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}“"(])/u;

/** How much of a long sentence a snippet keeps before the match it starts near. */
const CONTEXT_BEFORE_MATCH = 40;

function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, "")}…`;
}

/** Where the first marked word of a text starts, or -1. */
function firstMark(text: string, lang: Language, marker: Marker): number {
  let offset = 0;
  for (const segment of highlight(text, lang, marker)) {
    if (segment.marked) return offset;
    offset += segment.text.length;
  }
  return -1;
}

/**
 * A short part of a longer text for a results list: from the first sentence with a match (the
 * first sentence when none has one), with the sentences after it while they fit in `maxLength`
 * characters, marked. A sentence too long to fit is cut at a word, starting a little before its
 * first match when the match would fall outside. An ellipsis shows where text was left out.
 */
export function snippet(text: string, lang: Language, marker: Marker, maxLength: number): Segment[] {
  const sentences = text.split(SENTENCE_END);
  const start = Math.max(
    0,
    sentences.findIndex((s) => firstMark(s, lang, marker) !== -1),
  );
  let chosen = sentences[start] ?? "";
  let end = start + 1;
  while (end < sentences.length && chosen.length + 1 + (sentences[end]?.length ?? 0) <= maxLength) {
    chosen += ` ${sentences[end]}`;
    end += 1;
  }
  let before = start > 0;
  if (chosen.length > maxLength) {
    const match = firstMark(chosen, lang, marker);
    if (match > maxLength / 2) {
      chosen = chosen.slice(chosen.lastIndexOf(" ", match - CONTEXT_BEFORE_MATCH) + 1);
      before = true;
    }
    chosen = cutAtWord(chosen, maxLength);
  } else if (end < sentences.length) {
    chosen = `${chosen} …`;
  }
  return highlight(before ? `… ${chosen}` : chosen, lang, marker);
}
