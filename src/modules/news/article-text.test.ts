import assert from "node:assert/strict";
import { test } from "node:test";
import { paragraphs, slugOf } from "./article-text.ts";

test("a body splits into paragraphs at blank lines; single line breaks join a paragraph", () => {
  assert.deepEqual(paragraphs("First line\nsame paragraph.\n\n  \nSecond.\r\n\r\nThird <b>stays text</b>.\n"), [
    "First line same paragraph.",
    "Second.",
    "Third <b>stays text</b>.",
  ]);
  assert.deepEqual(paragraphs("\n\n"), []);
});

test("an article's address comes from its Latvian title without diacritics", () => {
  assert.equal(
    slugOf("E-indekss 2019: elektroniski sniegto pakalpojumu kļuvis vairāk"),
    "e-indekss-2019-elektroniski-sniegto-pakalpojumu-kluvis-vairak",
  );
  assert.equal(slugOf("Ģimenēm ar bērniem — ŠŽČ!"), "gimenem-ar-berniem-szc");
  assert.equal(slugOf("„”…"), "aktualitate");
  const long = slugOf("Ļoti gara virsraksta daļa ".repeat(10));
  assert.ok(long.length <= 80 && !long.endsWith("-"), long);
});
