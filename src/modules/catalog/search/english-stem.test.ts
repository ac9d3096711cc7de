import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { englishStem } from "./english-stem.ts";

const FAMILIES = [
  ["benefit", "benefits"],
  ["register", "registration", "registering", "registered", "registry", "registrations"],
  ["licence", "licences", "license", "licensing", "licensed"],
  ["declare", "declaring", "declaration", "declared"],
  ["drive", "driver", "driver's", "drivers", "driving"],
  ["apply", "applied", "applying", "application", "applications"],
  ["certify", "certificate", "certification"],
  ["disability", "disabled", "disabilities"],
  ["unemployment", "unemployed"],
  ["employer", "employment"],
  ["child", "children", "child's"],
  ["car", "cars"],
  ["care", "caring", "cared"],
  ["tax", "taxes"],
  ["pass", "passes"],
  ["organisation", "organization", "organise", "organize"],
  ["centre", "center"],
  ["policy", "policies"],
  ["family", "families"],
  ["study", "studies", "studied"],
  ["pension", "pensions", "pensioner"],
  ["compensate", "compensation", "compensated"],
  ["vaccinate", "vaccination", "vaccine"],
  ["minister", "ministry"],
  ["use", "used", "using", "uses"],
  ["state", "statement", "stated"],
  ["payment", "pay", "paying"],
  ["approval", "approve"],
  ["renewal", "renew", "renewing"],
  ["citizen", "citizenship"],
];

const APART = [
  ["car", "care"],
  ["police", "policy"],
  ["state", "status"],
  ["pass", "passport"],
  ["document", "do"],
  ["need", "ne"],
  ["thing", "the"],
];

describe("englishStem", () => {
  for (const family of FAMILIES) {
    it(`gives one stem to ${family.join(", ")}`, () => {
      const [first = "", ...rest] = family;
      for (const word of rest) assert.equal(englishStem(word), englishStem(first), `${word} and ${first}`);
    });
  }

  for (const [a = "", b = ""] of APART) {
    it(`keeps ${a} and ${b} apart`, () => assert.notEqual(englishStem(a), englishStem(b)));
  }

  it("leaves short words and words without suffixes alone", () => {
    for (const word of ["id", "eid", "vat", "bus", "status", "analysis", "passport", "need", "speed", "document"]) {
      assert.equal(englishStem(word), word);
    }
  });
});
