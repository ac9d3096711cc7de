// Words as the knowledge base's search compares them. Consultants type fast and often without
// Latvian letters, and ask in any inflected form ("deklarēšanu", "deklaresanas"), so both the
// articles and the query become search stems: folded (lower case, no diacritics), with the
// inflectional ending and a few noun-making suffixes cut off. PostgreSQL stores and matches the
// stems as they are (its 'simple' configuration); a query stem also matches longer stems that
// begin with it, which covers what cutting leaves uneven ("deklar" and "deklare").
//
// The catalogue's search does the same more thoroughly (synonyms, typo corrections), but its
// module does not offer it to others; the knowledge base is small enough for this.

const MIN_STEM = 3;

/** Lowercase without diacritics: "Ģimenes pabalstā" → "gimenes pabalsta". */
export function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLocaleLowerCase("lv")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
}

export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Noun, adjective and verb endings as they look once folded, longest first so that "-iem" goes
// before "-m" would; the participle and definite adjective endings ("-ajam", "-ajiem") included.
const LATVIAN_ENDINGS = [
  "ajiem",
  "ajam",
  "ajai",
  "ajos",
  "ajas",
  "iem",
  "ies",
  "ais",
  "am",
  "as",
  "em",
  "es",
  "im",
  "is",
  "os",
  "us",
  "ai",
  "ei",
  "ie",
  "a",
  "e",
  "i",
  "o",
  "u",
  "s",
  "t",
];

/** -šana (the action of a verb), -ācija (its loanword twin) and -tājs (who does it). */
const LATVIAN_SUFFIXES = ["san", "acij", "taj"];

const ENGLISH_ENDINGS = ["ing", "ies", "ied", "es", "ed", "s"];

function cut(word: string, endings: readonly string[]): string {
  const ending = endings.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending === undefined ? word : word.slice(0, -ending.length);
}

/** A verb's theme vowel, with the j of its present stem: "deklarē-", "deklarēj-", "parakstī-". */
const THEME = /[aeiou]j?$/;

export function latvianStem(word: string): string {
  const stem = cut(cut(word, LATVIAN_ENDINGS), LATVIAN_SUFFIXES);
  const bare = stem.replace(THEME, "");
  return bare.length >= MIN_STEM ? bare : stem;
}

export function englishStem(word: string): string {
  return cut(word, ENGLISH_ENDINGS);
}

/** The stems of a text in its language, for the index; digits-only words stay as they are. */
export function indexStems(text: string, language: "lv" | "en"): string[] {
  const stem = language === "lv" ? latvianStem : englishStem;
  return words(text).map(stem);
}

/** At most this many query words count: a pasted paragraph is not a query. */
const MAX_QUERY_WORDS = 8;

/**
 * The query as text for `to_tsquery('simple', …)`: each word's Latvian or English stem, as a
 * prefix, and every word must match. Stems are [a-z0-9] only, so the text is safe to pass as a
 * parameter. Null when nothing searchable was typed.
 */
export function tsQuery(q: string): string | null {
  const parts = words(q)
    .map((w) => w.replace(/[^a-z0-9]/g, ""))
    .filter((w) => w.length > 0)
    .slice(0, MAX_QUERY_WORDS)
    .map((w) => {
      const stems = [...new Set([latvianStem(w), englishStem(w)])];
      return stems.length === 1 ? `${stems[0]}:*` : `(${stems.map((s) => `${s}:*`).join(" | ")})`;
    });
  return parts.length > 0 ? parts.join(" & ") : null;
}
