import assert from "node:assert/strict";
import { test } from "node:test";
import { preferredLocale } from "./accept-language.ts";

test("the most preferred supported language wins, regions and letter case aside", () => {
  assert.equal(preferredLocale("en-GB,en;q=0.9"), "en");
  assert.equal(preferredLocale("LV"), "lv");
  assert.equal(preferredLocale("de, en;q=0.5, lv;q=0.8"), "lv");
  assert.equal(preferredLocale("lv;q=0.5, en;q=0.5"), "lv", "equal quality: the first named");
  assert.equal(preferredLocale("lv;q=0, en"), "en", "q=0 means not wanted");
});

test("a header naming no supported language, or none at all, leaves the choice to the caller", () => {
  assert.equal(preferredLocale(undefined), null);
  assert.equal(preferredLocale(""), null);
  assert.equal(preferredLocale("de, ru;q=0.8, *;q=0.1"), null);
  assert.equal(preferredLocale("en;q=abc"), null);
});
