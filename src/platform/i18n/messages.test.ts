import assert from "node:assert/strict";
import { test } from "node:test";
import { localePath, splitLocale } from "./locale.ts";
import { loadCatalogues, Messages } from "./messages.ts";

const catalogues = loadCatalogues();

test("every message exists in Latvian and in English", () => {
  const lv = Object.keys(catalogues.lv).sort();
  const en = Object.keys(catalogues.en).sort();
  assert.deepEqual(
    lv.filter((k) => !en.includes(k)),
    [],
    "keys only in lv",
  );
  assert.deepEqual(
    en.filter((k) => !lv.includes(k)),
    [],
    "keys only in en",
  );
});

/** Values for whatever arguments a message names: 1 formats as a number, a string and a plural. */
const anyValues = new Proxy({}, { get: () => 1, has: () => true }) as Record<string, number>;

test("every message is valid ICU and no message is empty", () => {
  const messages = new Messages(catalogues);
  for (const locale of ["lv", "en"] as const) {
    for (const [key, text] of Object.entries(catalogues[locale])) {
      assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
      assert.doesNotThrow(() => messages.format(locale, key, anyValues), `${locale} ${key}`);
    }
  }
});

test("Latvian plurals follow Latvian rules", () => {
  const messages = new Messages({
    lv: { n: "{count, plural, zero {# pieteikumu} one {# pieteikums} other {# pieteikumi}}" },
    en: { n: "{count, plural, one {# application} other {# applications}}" },
  });
  assert.equal(messages.format("lv", "n", { count: 1 }), "1 pieteikums");
  assert.equal(messages.format("lv", "n", { count: 21 }), "21 pieteikums");
  assert.equal(messages.format("lv", "n", { count: 10 }), "10 pieteikumu");
  assert.equal(messages.format("lv", "n", { count: 3 }), "3 pieteikumi");
  assert.equal(messages.format("en", "n", { count: 21 }), "21 applications");
});

test("Latvian pages have no prefix, English pages live under /en", () => {
  assert.equal(localePath("lv", "/pieklustamiba"), "/pieklustamiba");
  assert.equal(localePath("en", "/pieklustamiba"), "/en/pieklustamiba");
  assert.equal(localePath("en", "/"), "/en");
  assert.deepEqual(splitLocale("/en"), { locale: "en", url: "/" });
  assert.deepEqual(splitLocale("/en?x=1"), { locale: "en", url: "/?x=1" });
  assert.deepEqual(splitLocale("/en/atsauksme?lapa=/"), { locale: "en", url: "/atsauksme?lapa=/" });
  assert.deepEqual(splitLocale("/english"), { locale: "lv", url: "/english" });
  assert.deepEqual(splitLocale("/"), { locale: "lv", url: "/" });
});
