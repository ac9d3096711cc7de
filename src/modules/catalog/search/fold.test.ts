import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fold, latvianFromAscii, tokens } from "./fold.ts";

describe("fold", () => {
  it("lowercases and drops Latvian diacritics", () => {
    assert.equal(fold("ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž"), "acegiklnsuz acegiklnsuz");
    assert.equal(fold("Ģimenes valsts pabalstā"), "gimenes valsts pabalsta");
  });

  it("drops the old letters and any other accent", () => {
    assert.equal(fold("Ōgre ŗ Ŗ"), "ogre r r");
    assert.equal(fold("café Müller Łódź"), "cafe muller łodz");
  });

  it("treats composed, decomposed and compatibility forms alike", () => {
    assert.equal(fold("pabalsta\u0304"), fold("pabalstā"));
    assert.equal(fold("ﬁnanses ＰＶＮ"), "finanses pvn");
  });
});

describe("tokens", () => {
  it("splits folded text into words of letters and digits", () => {
    assert.deepEqual(tokens("“Goda ģimenes” apliecības “3+ Ģimenes karte” saņemšana"), [
      "goda",
      "gimenes",
      "apliecibas",
      "3",
      "gimenes",
      "karte",
      "sanemsana",
    ]);
    assert.deepEqual(tokens("Pensiju shēmas (2. līmeņa) e-adrese"), ["pensiju", "shemas", "2", "limena", "e", "adrese"]);
  });

  it("keeps an apostrophe inside a word, whichever apostrophe was typed", () => {
    assert.deepEqual(tokens("driver’s licence, child's 'benefit'"), ["driver's", "licence", "child's", "benefit"]);
  });

  it("keeps words of other scripts as words", () => {
    assert.deepEqual(tokens("прописка Rīgā"), ["прописка", "riga"]);
  });

  it("gives nothing for punctuation alone", () => {
    assert.deepEqual(tokens(" ?! – "), []);
  });
});

describe("latvianFromAscii", () => {
  it("reads sh, ch, zh and doubled vowels as the Latvian letters typed without a Latvian keyboard", () => {
    assert.equal(latvianFromAscii("maashiina"), "masina");
    assert.equal(latvianFromAscii("cheks"), "ceks");
    assert.equal(latvianFromAscii("zhurnaals"), "zurnals");
    assert.equal(latvianFromAscii("registraacija"), "registracija");
  });

  it("leaves ordinary Latvian words alone", () => {
    const words = "pabalsts deklaresana dzivesvieta iesniegums transportlidzeklis pieteiksanas apliecibas uznemums vecaku injekcija";
    for (const word of words.split(" ")) assert.equal(latvianFromAscii(word), word);
  });

  it("would merge English words, which is why fold does not apply it", () => {
    assert.equal(latvianFromAscii("meet"), latvianFromAscii("met"));
    assert.equal(latvianFromAscii("shell"), latvianFromAscii("sell"));
    assert.notEqual(fold("meet"), fold("met"));
  });
});
