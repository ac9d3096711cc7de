import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { fold, latvianFromAscii } from "./fold.ts";
import { latvianStem } from "./latvian-stem.ts";

const stem = (word: string) => latvianStem(fold(word));

/** Words of one family, which must share a stem: inflections, and verb–noun–participle derivations. */
const FAMILIES = [
  ["deklarēt", "deklarēšana", "deklarācija", "deklarētā", "deklarējušas", "deklarēto", "deklarēties", "deklarēšanās"],
  ["reģistrēt", "reģistrācija", "reģistrēšana", "reģistrēšanās", "reģistrs", "reģistrā"],
  ["pabalsts", "pabalsta", "pabalstu", "pabalstiem", "pabalstam", "pabalsti"],
  ["apliecība", "apliecības", "apliecību", "apliecībai"],
  ["izsniegt", "izsniegšana", "izsniegts"],
  ["piešķirt", "piešķiršana"],
  ["mainīt", "maiņa", "maiņu", "mainīšana"],
  ["vadītājs", "vadītāja", "vadītāju", "vadītājam"],
  ["transportlīdzeklis", "transportlīdzekļa", "transportlīdzekļus", "transportlīdzekļu"],
  ["bērns", "bērna", "bērnu", "bērniem", "bērnam"],
  ["pase", "pases", "pasi", "pasē"],
  ["uzņēmums", "uzņēmuma", "uzņēmumu", "uzņēmumiem"],
  ["nodoklis", "nodokļa", "nodokļi", "nodokļu"],
  ["dzīvesvieta", "dzīvesvietas", "dzīvesvietu", "dzīvesvietā"],
  ["ģimene", "ģimenes", "ģimenei", "ģimenēm"],
  ["valsts", "valstij", "valstīm"],
  ["zeme", "zemes", "zemju"],
  ["māja", "mājas", "mājām"],
  ["sociālais", "sociālā", "sociālās", "sociālajam"],
  ["kompensējamie", "kompensācija", "kompensēšanai"],
  ["pieteikties", "pieteikšanās", "pieteikums"],
  ["iesniegt", "iesniegšana", "iesniegums"],
  ["apskate", "apskatīt"],
  ["invaliditāte", "invaliditātes", "invaliditāti", "invalīds"],
  ["bezdarbnieks", "bezdarbniekiem", "bezdarbs"],
  ["maksāt", "maksājums", "maksātājs"],
  ["vakcinācija", "vakcinēties"],
  ["Cēsis", "Cēsīs", "Cēsu"],
  ["Rīga", "Rīgā", "Rīgas"],
  ["mašīna", "mašīnu", "maashiina"],
  ["ārsts", "ārstam", "ārstu"],
  ["pensija", "pensijas", "pensiju"],
  ["īpašums", "īpašuma", "īpašnieks"],
  ["atļauja", "atļaujas", "atļauju"],
  ["nozaudēta", "nozaudēt"],
  ["uzturlīdzekļi", "uzturlīdzekļu"],
  ["izziņa", "izziņas"],
];

/** Words that look alike but must not meet. */
const APART = [
  ["pase", "pasts"],
  ["vecums", "vecāki"],
  ["vecuma", "vecāku"],
  ["darbs", "darbnespēja"],
  ["darbs", "darbība"],
  ["tiesa", "tiesības"],
  ["pils", "pilsēta"],
  ["pilsonis", "pilsēta"],
  ["auto", "autors"],
  ["apliecība", "apliecinājums"],
  ["māja", "mājoklis"],
  ["valsts", "vieta"],
  ["bērns", "bērnudārzs"],
  ["zeme", "zemesgrāmata"],
  ["nauda", "nodeva"],
  ["gads", "gadījums"],
  ["nodoklis", "nodeva"],
  ["pensija", "pase"],
  ["statuss", "stāvoklis"],
  ["darba", "darbavieta"],
  ["vadītājs", "vadība"],
  ["karte", "kartupelis"],
  ["ārsts", "ārzemes"],
];

describe("latvianStem", () => {
  it("has a table of at least 80 pairs", () => {
    const pairs = FAMILIES.reduce((n, family) => n + family.length - 1, 0) + APART.length;
    assert.ok(pairs >= 80, `${pairs} pairs`);
  });

  for (const family of FAMILIES) {
    it(`gives one stem to ${family.join(", ")}`, () => {
      const [first = "", ...rest] = family;
      for (const word of rest) assert.equal(stem(word), stem(first), `${word} (${stem(word)}) and ${first} (${stem(first)})`);
    });
  }

  for (const [a = "", b = ""] of APART) {
    it(`keeps ${a} and ${b} apart`, () => assert.notEqual(stem(a), stem(b)));
  }

  it("returns words of three letters or fewer as they are", () => {
    for (const word of ["es", "ir", "sia", "pvn", "eid", "3", "2025"]) assert.equal(latvianStem(word), word);
  });

  it("gives the stems the examples promise", () => {
    assert.equal(stem("deklarēšana"), "deklar");
    assert.equal(stem("pabalstiem"), "pabalst");
    assert.equal(stem("transportlīdzekļus"), "transportlidzekl");
    assert.equal(stem("bērniem"), "bern");
  });

  it("only cuts the end off a word, and never below three letters", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,16}$/), (word) => {
        const typed = latvianFromAscii(word);
        const result = latvianStem(word);
        assert.ok(typed.startsWith(result), `${word} → ${result}`);
        assert.ok(result.length >= Math.min(3, typed.length), `${word} → ${result}`);
      }),
    );
  });
});
