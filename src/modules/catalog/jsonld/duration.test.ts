import assert from "node:assert/strict";
import { test } from "node:test";
import { describeDuration, durationOf } from "./duration.ts";

const en = (text: string) => durationOf({ lv: "", en: text });

test("a processing time that starts with the time gives its duration; one that does not gives none", () => {
  assert.equal(en("Up to 10 working days; urgent – 2 working days"), "P10D");
  assert.equal(en("Within one month of the application"), "P1M");
  assert.equal(en("At least three weeks"), undefined);
  assert.equal(en("Three weeks"), "P21D", "xsd:duration has no weeks");
  assert.equal(en("Immediately, during the visit"), "PT0S");
  assert.equal(en("The passport is issued at the visit; valid after 21 days"), undefined);
  assert.equal(en("Usually up to 72 hours"), "PT72H");
});

test("a duration from elsewhere reads as a sentence in Latvian and English", () => {
  assert.deepEqual(describeDuration("P1M2D"), { lv: "1 mēnesis 2 dienas", en: "1 month 2 days" });
  assert.deepEqual(describeDuration("P21D"), { lv: "21 diena", en: "21 days" });
  assert.deepEqual(describeDuration("P11D"), { lv: "11 dienas", en: "11 days" });
  assert.deepEqual(describeDuration("PT0S"), { lv: "Uzreiz", en: "Immediately" });
  assert.equal(describeDuration("ten days"), undefined);
  assert.equal(describeDuration("P"), undefined);
});
