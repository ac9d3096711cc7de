// Search compares words the way people type them: without caring about case, about diacritics (many
// type Latvian on a keyboard without them) or about how the text was encoded.

/**
 * Lowercase text without diacritics: "Ģimenes pabalstā" → "gimenes pabalsta". NFKC first, so that
 * decomposed input, ligatures and full-width letters compare equal to what an editor typed; then NFD
 * splits every accented letter into base and combining mark, and the marks go. That covers the
 * Latvian letters (ā č ē ģ ī ķ ļ ņ š ū ž, old ō ŗ) and any other accent alike.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLocaleLowerCase("lv")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
}

/**
 * The words of a text, folded: letters and digits, with an apostrophe kept inside a word so that
 * English "driver's" stays one word for the English stemmer. "3+ Ģimenes karte" → ["3", "gimenes", "karte"].
 */
export function tokens(text: string): string[] {
  return (
    fold(text)
      .replaceAll("’", "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}

/**
 * Undoes the ASCII spellings of Latvian letters typed without a Latvian keyboard: š ž č as
 * "sh" "zh" "ch" and long vowels doubled ("maashiina" → "masina"). Applied on the Latvian side only
 * (by the Latvian stemmer), never in `fold`: in English these letter pairs are ordinary spelling, and
 * rewriting them merges words ("meet"/"met", "shell"/"sell", "chat"/"cat"). Latvian spelling itself
 * has no "ch", practically no "zh", and "sh" or a doubled vowel only where a prefix meets a stem
 * ("pieeja", "saaukstēties") or in a few loanwords ("shēma"); such words change the same way in
 * documents and in queries and do not become another word, so nothing is lost. The j-spellings of
 * ķ ļ ņ ģ ("kj", "lj", "nj", "gj") are left alone: "nj" and "lj" occur in real words ("injekcija").
 */
export function latvianFromAscii(word: string): string {
  return word.replace(/([scz])h/g, "$1").replace(/([aeiu])\1/g, "$1");
}
