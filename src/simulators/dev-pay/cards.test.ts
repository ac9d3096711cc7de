import assert from "node:assert/strict";
import { test } from "node:test";
import { checkCard, luhnValid, TEST_CARDS } from "./cards.ts";

const NOW = new Date("2026-11-26T10:00:00Z");
const card = (number: string, expiry = "12/28", cvc = "123") => checkCard({ number, expiry, cvc }, NOW);

test("every test number is a valid card number", () => {
  for (const c of TEST_CARDS) assert.ok(luhnValid(c.number), c.number);
  assert.equal(luhnValid("4111111111111112"), false);
});

test("test numbers decide the outcome and when Epak is told; only the last four digits come out", () => {
  assert.deepEqual(card("4111 1111 1111 1111"), { ok: true, last4: "1111", outcome: "paid", delivery: "now" });
  assert.deepEqual(card("4000000000000002"), { ok: true, last4: "0002", outcome: "failed", delivery: "now" });
  assert.deepEqual(card("4000-0000-0000-0259"), { ok: true, last4: "0259", outcome: "paid", delivery: "late" });
  assert.deepEqual(card("4000000000000127"), { ok: true, last4: "0127", outcome: "paid", delivery: "twice" });
  assert.deepEqual(card("4000000000000341"), { ok: true, last4: "0341", outcome: "paid", delivery: "never" });
  assert.deepEqual(card("5555555555554444"), { ok: true, last4: "4444", outcome: "paid", delivery: "now" });
});

test("a wrong number, a past or impossible expiry and a missing code are each named", () => {
  assert.deepEqual(card("", "", ""), {
    ok: false,
    errors: { number: "dev_pay.card.number_required", expiry: "dev_pay.card.expiry_invalid", cvc: "dev_pay.card.cvc_invalid" },
  });
  assert.deepEqual(card("4111111111111112", "10/26", "12"), {
    ok: false,
    errors: { number: "dev_pay.card.number_invalid", expiry: "dev_pay.card.expired", cvc: "dev_pay.card.cvc_invalid" },
  });
  assert.deepEqual(card("4111111111111111", "13/27"), { ok: false, errors: { expiry: "dev_pay.card.expiry_invalid" } });
  assert.equal(card("4111111111111111", "11/2026").ok, true, "this month is still valid");
});
