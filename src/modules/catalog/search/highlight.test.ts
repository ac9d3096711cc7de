import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { highlight, markerFor, type Segment, snippet } from "./highlight.ts";
import { queryWords } from "./terms.ts";

/** The marker a search for `q` gives: its words' lexemes in both languages, the last also as a prefix. */
function markerOf(q: string) {
  return markerFor(
    q,
    queryWords(q).flatMap((w) => w.alternatives),
  );
}

function marks(segments: Segment[]): string[] {
  return segments.filter((s) => s.marked).map((s) => s.text);
}

function joined(segments: Segment[]): string {
  return segments.map((s) => s.text).join("");
}

test("a word typed without diacritics or in another form marks the word in the text", () => {
  assert.deepEqual(marks(highlight("Izziņa par deklarēto dzīvesvietu", "lv", markerOf("deklaresana"))), ["deklarēto"]);
  assert.deepEqual(marks(highlight("Bērna kopšanas pabalsts un pabalsta apmērs", "lv", markerOf("pabalstu"))), ["pabalsts", "pabalsta"]);
});

test("matched words next to each other read as one mark", () => {
  const segments = highlight("Dzīvesvietas deklarēšana tiešsaistē", "lv", markerOf("dzivesvieta deklaret"));
  assert.deepEqual(segments, [
    { text: "Dzīvesvietas deklarēšana", marked: true },
    { text: " tiešsaistē", marked: false },
  ]);
});

test("the last word is marked as the start of a word, since the person may still be typing it", () => {
  assert.deepEqual(marks(highlight("Bērna piedzimšanas pabalsts", "lv", markerOf("berna pabal"))), ["Bērna", "pabalsts"]);
  // Only the last word: a finished word in the middle of a query is not a prefix.
  assert.deepEqual(marks(highlight("Bērnudārza rinda", "lv", markerOf("bern rinda"))), ["rinda"]);
});

test("one letter is not a prefix worth marking", () => {
  assert.deepEqual(marks(highlight("Apbedīšanas pabalsts", "lv", markerOf("a"))), []);
});

test("words too common to search for are not marked", () => {
  assert.deepEqual(marks(highlight("Informācija par pabalstu", "lv", markerOf("par pabalstu"))), ["pabalstu"]);
});

test("English text is compared with the English stemmer", () => {
  assert.deepEqual(marks(highlight("Declaring the place of residence", "en", markerOf("declaration"))), ["Declaring"]);
  assert.deepEqual(marks(highlight("Child benefits for families", "en", markerOf("benefit"))), ["benefits"]);
});

test("a search's own lexemes (from synonyms) are marked though the person typed other words", () => {
  const marker = markerFor("masina", ["masin", "transportlidzekl"]);
  assert.deepEqual(marks(highlight("Transportlīdzekļa reģistrācija", "lv", marker)), ["Transportlīdzekļa"]);
});

test("markup in the text stays text: segments only split it, never add to it", () => {
  const segments = highlight("<b>pabalsts</b> & <script>alert(1)</script>", "lv", markerOf("pabalsts"));
  assert.deepEqual(segments, [
    { text: "<b>", marked: false },
    { text: "pabalsts", marked: true },
    { text: "</b> & <script>alert(1)</script>", marked: false },
  ]);
});

test("whatever the text and query, the segments put together give the text back", () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (text, q) => {
      const segments = highlight(text, "lv", markerOf(q));
      assert.equal(joined(segments), text);
      assert.ok(segments.every((s) => s.text !== ""));
    }),
  );
});

const LONG =
  "Pabalstu var saņemt viens no vecākiem. Pieteikties var līdz bērna trīs mēnešu vecumam. " +
  "Apbedīšanas pabalsts tiek izmaksāts vienu reizi. Vairāk informācijas sniedz VSAA nodaļas visā Latvijā.";

test("a snippet starts at the first sentence with a match and marks it", () => {
  const segments = snippet(LONG, "lv", markerOf("apbedisana"), 100);
  const text = joined(segments);
  assert.ok(text.startsWith("… Apbedīšanas pabalsts"), text);
  assert.deepEqual(marks(segments), ["Apbedīšanas"]);
  assert.ok(text.length <= 100 + 4, `too long: ${text.length}`);
});

test("a snippet without a match is the text's beginning; a short text is whole", () => {
  assert.ok(joined(snippet(LONG, "lv", markerOf("pase"), 60)).startsWith("Pabalstu var saņemt viens no vecākiem."));
  assert.equal(joined(snippet("Pases izsniegšana.", "lv", markerOf("pase"), 60)), "Pases izsniegšana.");
});

test("a sentence longer than the snippet is cut at a word near its match", () => {
  const sentence = `${"Garš teksts bez atbilstības ".repeat(10)}un beigās pabalsts, ko izmaksā reizi gadā.`;
  const text = joined(snippet(sentence, "lv", markerOf("pabalsts"), 80));
  assert.ok(text.startsWith("… "), text);
  assert.ok(text.endsWith("…") || text.endsWith("."), text);
  assert.ok(text.includes("pabalsts"), text);
  assert.ok(text.length <= 80 + 4, `too long: ${text.length}`);
});
