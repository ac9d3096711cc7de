import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "yaml";
import { checkDefinition } from "./definition-schema.ts";
import { feeDue, payableBeforeSubmit } from "./fee.ts";
import { maturityOf } from "./maturity.ts";
import type { EServiceDefinition } from "./model.ts";

const file = new URL("../definitions/juridiskas-adreses-maina.yaml", import.meta.url);
const checked = checkDefinition(parse(readFileSync(file, "utf8")));
assert.ok(checked.ok);
const addressChange: EServiceDefinition = checked.definition;

test("the company's address change costs 20 € paid before submitting, nothing after a municipal renaming", () => {
  const moving = feeDue({ definition: addressChange, answers: { changeReason: "relocation" }, prefill: {} });
  assert.equal(moving?.amountCents, 2000);
  assert.equal(moving?.exemption, null);
  assert.equal(payableBeforeSubmit(moving), 2000);
  const renamed = feeDue({ definition: addressChange, answers: { changeReason: "municipalDecision" }, prefill: {} });
  assert.equal(renamed?.amountCents, 0);
  assert.match(renamed?.exemption?.reason.lv ?? "", /pašvaldības lēmums/);
  assert.equal(payableBeforeSubmit(renamed), 0);
});

test("an answer on a page the person's answers hide earns no exemption", () => {
  const hidden: EServiceDefinition = {
    ...addressChange,
    pages: addressChange.pages.map((p) => (p.id === "reason" ? { ...p, showIf: { field: "changeReason", answered: false } } : p)),
  };
  assert.equal(feeDue({ definition: hidden, answers: { changeReason: "municipalDecision" }, prefill: {} })?.amountCents, 2000);
});

test("a reduction may come from prefilled register data; a fee after the decision is not paid before submitting", () => {
  const family: EServiceDefinition = {
    ...addressChange,
    fee: {
      amountCents: 1000,
      currency: "EUR",
      payment: "afterDecision",
      exemptions: [{ when: { prefill: "company.name", answered: true }, amountCents: 500, reason: { lv: "Puse", en: "Half" } }],
    },
  };
  const due = feeDue({ definition: family, answers: {}, prefill: { company: { name: "SIA X" } } });
  assert.equal(due?.amountCents, 500);
  assert.equal(payableBeforeSubmit(due), 0);
  assert.equal(feeDue({ definition: { ...addressChange, fee: null }, answers: {}, prefill: {} }), null);
});

test("an exemption must name a real question and ask less than the fee", () => {
  const fee = addressChange.fee;
  assert.ok(fee);
  const result = checkDefinition({
    ...addressChange,
    fee: {
      ...fee,
      exemptions: [
        { when: { field: "nosuchQuestion", equals: "x" }, amountCents: 0, reason: { lv: "a", en: "a" } },
        { when: { field: "changeReason", equals: "relocation" }, amountCents: 2000, reason: { lv: "b", en: "b" } },
      ],
    },
  });
  assert.deepEqual(result.ok ? [] : result.problems, [
    { path: "fee.exemptions.0.when.field", code: "unknown_field" },
    { path: "fee.exemptions.1.amountCents", code: "invalid_value" },
  ]);
});

test("a fee paid online before submitting keeps the e-service transactional; one after the decision does not", () => {
  // The address change reads the population and property registers as well as its own: level 5.
  assert.equal(maturityOf(addressChange), 5);
  const fee = addressChange.fee;
  assert.ok(fee);
  assert.equal(maturityOf({ ...addressChange, fee: { ...fee, payment: "afterDecision" } }), 3);
  assert.equal(maturityOf({ ...addressChange, fee: null, prefill: ["company"] }), 4);
});
