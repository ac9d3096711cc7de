// A light English stemmer for search: it folds the inflections and the few derivations that the
// English side of the catalogue uses, so that "benefits" meets "benefit", "registering" and
// "registration" meet "register", and British and American spellings meet. Stems are search keys.

const MIN_STEM = 3;

const IRREGULAR = new Map([
  ["children", "child"],
  ["women", "woman"],
  ["men", "man"],
  ["people", "person"],
]);

/** Derivational suffixes and their replacements, tried in order (first match wins) after the plural. */
const SUFFIXES: [suffix: string, replacement: string][] = [
  ["ication", "i"], // application → appli-, as apply and applied
  ["icate", "i"], // certificate → certifi-, as certify and certification
  ["isation", "is"],
  ["ization", "is"],
  ["ation", ""], // declaration → declar-, as declare
  ["ating", ""],
  ["ated", ""],
  ["ate", ""], // compensate → compens-, as compensation
  ["biliti", "bl"], // disability → disabl-, as disabled
  ["stri", "st"], // registry, ministry → regist-, minist-, as register, minister
  ["ment", ""],
  ["ship", ""],
  ["ing", ""],
  ["ied", "i"],
  ["ed", ""],
  ["val", "v"], // approval, removal → approv-, remov-
  ["wal", "w"], // renewal → renew
  ["sal", "s"], // refusal, disposal → refus-, dispos-
];

function withoutPlural(word: string): string {
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}i`;
  if (/(?:x|ch|sh|zz)es$/.test(word)) return word.slice(0, -2);
  if (/[^sui]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Words where the letters look like a suffix but are not one: "document", "speed", "need". */
function isFalseSuffix(word: string, suffix: string): boolean {
  return (suffix === "ment" && word.endsWith("ument")) || (suffix === "ed" && word.endsWith("eed"));
}

function withoutSuffix(word: string): string {
  for (const [suffix, replacement] of SUFFIXES) {
    if (!word.endsWith(suffix) || isFalseSuffix(word, suffix)) continue;
    const stem = word.slice(0, -suffix.length) + replacement;
    // A short stem that ends (consonant-)vowel-consonant lost a silent e: "caring" → "care", not
    // "car"; "using" → "use".
    if (/^[^aeiou]?[aeiou][^aeiouwxy]$/.test(stem)) return `${stem}e`;
    if (stem.length >= MIN_STEM) return stem;
  }
  return word;
}

/** The stem of a folded English word: "registration", "registering", "registered" → "regist". */
export function englishStem(word: string): string {
  const bare = word.replace(/'s$|s'$/, "s").replaceAll("'", "");
  const irregular = IRREGULAR.get(bare);
  if (irregular !== undefined) return irregular;
  if (bare.length <= MIN_STEM) return bare;
  // A final y after a consonant reads as i before the suffixes ("disability", as "disabilities")
  // and after them ("applying" → "apply", as "applied").
  const yAsI = (text: string) => text.replace(/([^aeiou])y$/, "$1i");
  let stem = yAsI(withoutSuffix(yAsI(withoutPlural(bare))));
  // "getting" → "get"; doubled l and s are kept ("filling", "passing").
  stem = stem.replace(/([b-df-hj-kmnp-rtv-z])\1$/, "$1");
  if (stem.endsWith("e") && stem.length > 4) stem = stem.slice(0, -1);
  // The doer and the deed share a stem ("driver"/"drive"); "registr-" from -ation meets "register".
  if (stem.endsWith("er") && stem.length - 2 >= MIN_STEM) stem = stem.slice(0, -2);
  else if (/[^aeiou]r$/.test(stem) && stem.length > 4) stem = stem.slice(0, -1);
  // British and American spellings: licence/license, organise/organize.
  return stem.replace(/iz$/, "is").replace(/ens$/, "enc");
}
