import assert from "node:assert/strict";
import { test } from "node:test";
import { creditorReference, isCreditorReference, paymentReference } from "./reference.ts";

test("check digits as ISO 11649 gives them for its own example", () => {
  assert.equal(creditorReference("539007547034"), "RF18539007547034");
  assert.ok(isCreditorReference("RF18 5390 0754 7034"));
});

test("a payment's reference carries the year and serial and checks out", () => {
  const reference = paymentReference(2026, 42);
  assert.match(reference, /^RF\d{2}EP2026000042$/);
  assert.ok(isCreditorReference(reference));
});

test("a changed character or swapped check digits are caught", () => {
  const reference = paymentReference(2026, 42);
  assert.equal(isCreditorReference(reference.replace("EP2026000042", "EP2026000043")), false);
  assert.equal(isCreditorReference(`RF${reference[3]}${reference[2]}${reference.slice(4)}`), reference[2] === reference[3]);
  assert.equal(isCreditorReference("RF00EP2026000042"), false);
});

test("a body that cannot be a reference is refused", () => {
  assert.throws(() => creditorReference("ep-2026"), /letters and digits/);
  assert.throws(() => creditorReference("A".repeat(22)), /letters and digits/);
});
