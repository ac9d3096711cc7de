import assert from "node:assert/strict";
import { test } from "node:test";
import { fold, indexStems, latvianStem, tsQuery } from "./search-terms.ts";

test("folding drops case and diacritics, however the letters were encoded", () => {
  assert.equal(fold("Ģimenes PABALSTĀ"), "gimenes pabalsta");
  assert.equal(fold("e\u0304-adrese"), "e-adrese");
});

test("inflected forms of a word reach one stem, with and without diacritics", () => {
  const forms = ["deklarēšana", "deklarēšanu", "deklaresanas", "deklarēšanai"];
  assert.deepEqual(new Set(forms.map((f) => latvianStem(fold(f)))).size, 1);
  assert.equal(latvianStem("paraksts"), latvianStem("parakstu"));
  assert.equal(latvianStem(fold("parakstīt")), latvianStem("paraksts"));
  assert.equal(latvianStem(fold("deklarēju")), latvianStem("deklaracija"));
});

test("a query stem is a prefix of the indexed stem of the same word family", () => {
  const indexed = indexStems("Deklarācija, deklarēšanai", "lv");
  const query = tsQuery("deklaresana") ?? "";
  const stem = /^\(?([a-z0-9]+):\*/.exec(query)?.[1] ?? "";
  assert.ok(stem.length >= 3, query);
  assert.ok(
    indexed.every((s) => s.startsWith(stem)),
    `${indexed.join(",")} vs ${stem}`,
  );
});

test("short stems are never cut below three letters, and nothing searchable gives no query", () => {
  assert.equal(latvianStem("pas"), "pas");
  assert.equal(tsQuery("  — ?"), null);
  assert.equal(tsQuery("eID PIN kods"), "eid:* & pin:* & kod:*");
});
