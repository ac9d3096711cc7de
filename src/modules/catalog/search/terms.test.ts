import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { fold } from "./fold.ts";
import { ENGLISH_STOP_WORDS, LATVIAN_STOP_WORDS } from "./stop-words.ts";
import { applySynonyms, correctedPlan, indexLexemes, planLexemes, type QueryPlan, queryWords, toTsQuery } from "./terms.ts";

const ALL = { match: "all", prefixLast: false } as const;
const ANY = { match: "any", prefixLast: false } as const;

function plan(q: string, synonyms: { from: string; to: string }[] = []): QueryPlan {
  return applySynonyms(queryWords(q), synonyms);
}

describe("stop words", () => {
  it("are written folded, as tokens come", () => {
    for (const word of [...LATVIAN_STOP_WORDS, ...ENGLISH_STOP_WORDS]) assert.equal(fold(word), word);
  });
});

describe("indexLexemes", () => {
  it("stems a Latvian text's words and leaves its stop words out", () => {
    assert.deepEqual(indexLexemes("Piemaksa pie ģimenes valsts pabalsta par bērnu ar invaliditāti", "lv"), [
      "piemaks",
      "gimen",
      "valst",
      "pabalst",
      "bern",
      "invalid",
    ]);
  });

  it("stems an English text with the English stemmer and stop words", () => {
    assert.deepEqual(indexLexemes("Registering for VAT and the driver's licences", "en"), ["regist", "vat", "driv", "licenc"]);
  });

  it("keeps repeats, which ranking counts", () => {
    assert.deepEqual(indexLexemes("Uzturlīdzekļu izmaksa no Uzturlīdzekļu garantiju fonda", "lv"), [
      "uzturlidzekl",
      "izmaks",
      "uzturlidzekl",
      "garantij",
      "fond",
    ]);
  });

  it("gives only lexemes of a–z and 0–9", () => {
    assert.deepEqual(indexLexemes("3+ karte, прописка", "lv"), ["3", "kart"]);
  });
});

describe("queryWords", () => {
  it("gives each word its Latvian and English lexemes, once each", () => {
    assert.deepEqual(queryWords("Pabalstu benefits"), [
      { word: "pabalstu", alternatives: ["pabalst", "pabalstu"] },
      { word: "benefits", alternatives: ["benef", "benefit"] },
    ]);
  });

  it("drops the stop words of both languages", () => {
    assert.deepEqual(
      queryWords("kā man deklarēt dzīvesvietu how to").map((w) => w.word),
      ["deklaret", "dzivesvietu"],
    );
  });

  it("keeps stop words when nothing else is left", () => {
    assert.deepEqual(
      queryWords("kas ir").map((w) => w.word),
      ["kas", "ir"],
    );
  });

  it("drops words with no lexeme and keeps at most twelve", () => {
    assert.deepEqual(queryWords("прописка"), []);
    assert.equal(queryWords("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14").length, 12);
  });
});

describe("applySynonyms", () => {
  const synonyms = [
    { from: "mašīna", to: "transportlīdzeklis" },
    { from: "bērnu nauda", to: "ģimenes valsts pabalsts" },
    { from: "dekrēts", to: "vecāku pabalsts" },
    { from: "dekrēts", to: "maternitātes pabalsts" },
    { from: "auto", to: "transportlīdzeklis" },
    { from: "auto nodoklis", to: "transportlīdzekļa ekspluatācijas nodoklis" },
  ];

  it("gives one slot per word when no synonym applies", () => {
    assert.deepEqual(plan("vecuma pensija", synonyms), {
      slots: [
        { typed: [["vecum", "vecuma"]], synonyms: [] },
        { typed: [["pensij", "pensija"]], synonyms: [] },
      ],
    });
  });

  it("adds the official wording beside any inflection or spelling of the everyday word", () => {
    for (const q of ["mašīna", "mašīnu", "masinas"]) {
      assert.deepEqual(plan(q, synonyms).slots[0]?.synonyms, [[["transportlidzekl", "transportlidzeklis"]]], q);
    }
  });

  it("replaces a phrase only where its words follow each other", () => {
    const slots = plan("bērnu nauda Rīgā", synonyms).slots;
    assert.equal(slots.length, 2);
    assert.deepEqual(slots[0]?.typed, [
      ["bern", "bernu"],
      ["naud", "nauda"],
    ]);
    assert.deepEqual(slots[0]?.synonyms, [[["gimen"], ["valst"], ["pabalst"]]]);
    assert.ok(plan("nauda bērnu", synonyms).slots.every((s) => s.synonyms.length === 0));
  });

  it("prefers the longest phrase and gives every target of an everyday word", () => {
    assert.equal(plan("auto nodoklis", synonyms).slots.length, 1);
    assert.equal(plan("dekrēts", synonyms).slots[0]?.synonyms.length, 2);
  });
});

describe("toTsQuery", () => {
  it("requires every slot for all, and one for any", () => {
    const p = plan("pabalsts Rīgā");
    assert.equal(toTsQuery(p, ALL), "pabalst & (rig | riga)");
    assert.equal(toTsQuery(p, ANY), "pabalst | (rig | riga)");
  });

  it("offers a synonym's words, all required, beside the typed ones", () => {
    const p = plan("bērnu nauda", [{ from: "bērnu nauda", to: "ģimenes valsts pabalsts" }]);
    assert.equal(toTsQuery(p, ALL), "(((bern | bernu) & (naud | nauda)) | (gimen & valst & pabalst))");
  });

  it("lets one typed word of a phrase do for any, but keeps a synonym's words together", () => {
    const p = plan("bērnu nauda", [{ from: "bērnu nauda", to: "ģimenes valsts pabalsts" }]);
    assert.equal(toTsQuery(p, ANY), "(((bern | bernu) | (naud | nauda)) | (gimen & valst & pabalst))");
  });

  it("matches the last typed word as a prefix when asked, not its synonyms", () => {
    const p = plan("vecāku mašī", [{ from: "mašī", to: "transportlīdzeklis" }]);
    assert.equal(
      toTsQuery(p, { match: "all", prefixLast: true }),
      "(vecak | vecaku) & ((mas:* | masi:*) | (transportlidzekl | transportlidzeklis))",
    );
  });

  it("gives nothing for an empty plan", () => {
    assert.equal(toTsQuery(plan("?!"), ALL), "");
  });

  it("only ever writes lexemes and operators, whatever was typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.boolean(), (q, prefixLast) => {
        const text = toTsQuery(plan(q, [{ from: q, to: "pabalsts" }]), { match: "all", prefixLast });
        assert.match(text, /^[a-z0-9 &|():*]*$/);
      }),
    );
  });
});

describe("correctedPlan", () => {
  it("adds the correction of an unknown lexeme beside it", () => {
    const p = correctedPlan(plan("bezdarbnieka pabalts"), new Map([["pabalt", "pabalst"]]));
    assert.equal(toTsQuery(p, ALL), "(bezdarb | bezdarbnieka) & (pabalt | pabalst)");
  });

  it("leaves the plan as it was without corrections", () => {
    const p = plan("pabalsts");
    assert.deepEqual(correctedPlan(p, new Map()), p);
  });
});

describe("planLexemes", () => {
  it("lists every lexeme of the plan once", () => {
    const p = plan("bērnu nauda", [{ from: "nauda", to: "pabalsts" }]);
    assert.deepEqual(planLexemes(p), ["bern", "bernu", "naud", "nauda", "pabalst"]);
  });
});
