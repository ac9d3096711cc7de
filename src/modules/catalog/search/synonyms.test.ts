import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokens } from "./fold.ts";
import { SYNONYMS } from "./synonyms.ts";
import { queryWords } from "./terms.ts";

const lexemes = (phrase: string) => queryWords(phrase).map((w) => w.alternatives.join("|"));

describe("SYNONYMS", () => {
  it("has at least 60 entries", () => {
    assert.ok(SYNONYMS.length >= 60, `${SYNONYMS.length}`);
  });

  it("have no stop words in what they match, so that a query can contain every word", () => {
    for (const { from } of SYNONYMS) assert.equal(queryWords(from).length, tokens(from).length, from);
  });

  it("lead somewhere else, each once", () => {
    const seen = new Set<string>();
    for (const { from, to } of SYNONYMS) {
      assert.ok(lexemes(to).length > 0, to);
      assert.notDeepEqual(lexemes(from), lexemes(to), `${from} → ${to}`);
      const key = `${lexemes(from).join(" ")} → ${lexemes(to).join(" ")}`;
      assert.ok(!seen.has(key), key);
      seen.add(key);
    }
  });
});
