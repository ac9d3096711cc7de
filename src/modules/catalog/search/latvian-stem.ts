// A Latvian stemmer for search (Snowball has none). It works on folded words, so that queries
// typed without diacritics meet documents written with them, and it aims at recall within a word
// family: the inflected forms of a word, and the verb, its action noun (-šana, -ācija, -ums), its
// participles and its agent noun (-tājs, -ējs, -nieks) reach one stem ("deklarēt", "deklarēšana",
// "deklarācija", "deklarētā" → "deklar"). Stems are search keys, not words. Compounds stay whole.
import { latvianFromAscii } from "./fold.ts";

/** No stem gets shorter than this, so that short words do not fall together. */
const MIN_STEM = 3;

/**
 * Case, number and person endings of nouns, adjectives (also definite), participles and verbs, as
 * they look folded (-ā -ās -ām -ēm -īm become -a -as -am -em -im); the longest that fits is cut.
 * "-um" is absent on purpose: it is almost only the suffix of -ums nouns, handled below with a
 * longer minimum.
 */
const ENDINGS = "ajiem ajam ajai ajos ajas iem ais aja ies iet as es is us os ai ei am em im ij ie a e i u o s"
  .split(" ")
  .sort((a, b) => b.length - a.length);

/**
 * Suffixes that derive nouns from verbs (and one from nouns), tried once after the ending is gone,
 * with the stem that must remain: -ācija, -šana(s), -ums (4, or "vecums" would meet "vecs"),
 * the agent -tājs after the verb's vowel, -(i)nieks/-(i)niece (4: "mednieks" stays whole).
 */
const DERIVATIONS: { suffix: string; keep: string; minStem: number; after?: RegExp }[] = [
  { suffix: "acij", keep: "", minStem: MIN_STEM },
  { suffix: "san", keep: "", minStem: MIN_STEM },
  { suffix: "um", keep: "", minStem: 4 },
  { suffix: "taj", keep: "", minStem: MIN_STEM, after: /[aeio]$/ },
  { suffix: "iniek", keep: "", minStem: 4 },
  { suffix: "niek", keep: "", minStem: 4 },
  { suffix: "iniec", keep: "", minStem: 4 },
  { suffix: "niec", keep: "", minStem: 4 },
  // Participles of -ēt/-āt/-ot verbs: past active "deklarējušas", present passive "kompensējamie",
  // present active "piesārņojošās"; what remains ends in the present stem's j, dropped next.
  { suffix: "jus", keep: "j", minStem: MIN_STEM },
  { suffix: "jam", keep: "j", minStem: MIN_STEM },
  { suffix: "jos", keep: "j", minStem: MIN_STEM },
];

/**
 * The verb's tail, peeled off repeatedly: the present stem's j after ē ā o ("deklarēj-u"); the j
 * a labial takes before some endings ("zem-j-u", "skap-j-a"); the t of the infinitive and of past
 * passive participles after a vowel or g k m ("deklarēt-a", "izsniegt-s", "saņemt-s"), never after
 * s n r l p, where it mostly belongs to a noun ("pasts", "valsts", "dokuments", "karte"); then the
 * verb's theme vowel ("deklarē-", "main-ī-t"). Peeling again lets "apskatīt" meet "apskate".
 */
function peelVerbTail(stem: string): string {
  const rules: [RegExp, string][] = [
    [/([eao])j$/, "$1"],
    [/([pbmvf])j$/, "$1"],
    [/([aeiougkm])t$/, "$1"],
    [/[aeio]$/, ""],
  ];
  let current = stem;
  for (;;) {
    const next = rules
      .map(([pattern, replacement]) => current.replace(pattern, replacement))
      .find((candidate) => candidate !== current && candidate.length >= MIN_STEM);
    if (next === undefined) return current;
    current = next;
  }
}

function withoutEnding(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  if (ending !== undefined) return word.slice(0, -ending.length);
  // A bare infinitive ("iesniegt", "piešķirt") may drop its t whatever stands before it.
  return word.endsWith("t") && word.length > MIN_STEM ? word.slice(0, -1) : word;
}

function withoutDerivation(stem: string): string {
  for (const { suffix, keep, minStem, after } of DERIVATIONS) {
    if (!stem.endsWith(suffix)) continue;
    const base = stem.slice(0, -suffix.length);
    if (base.length >= minStem && (after === undefined || after.test(base))) return base + keep;
  }
  return stem;
}

/**
 * The stem of a folded Latvian word, its ASCII spellings ("maashiina") read first as the letters
 * they stand for. Words of three letters or fewer are not cut.
 */
export function latvianStem(word: string): string {
  const typed = latvianFromAscii(word);
  if (typed.length <= MIN_STEM) return typed;
  return peelVerbTail(withoutDerivation(withoutEnding(typed)));
}
