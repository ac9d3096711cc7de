import assert from "node:assert/strict";
import { test } from "node:test";
import { grantValues, isAdultOn, readAgentFields, sameFamilyName } from "./grant-input.ts";

const OWN = "15038413866";

test("the family name matches the register's whatever the case, diacritics and spacing", () => {
  assert.equal(sameFamilyName("Kalniņš", "Kalniņš"), true);
  assert.equal(sameFamilyName("KALNINS", "Kalniņš"), true);
  assert.equal(sameFamilyName(" kalniņš ", "Kalniņš"), true);
  assert.equal(sameFamilyName("Kalniņa", "Kalniņš"), false);
  assert.equal(sameFamilyName("", "Kalniņš"), false);
  assert.equal(sameFamilyName("-", "Kalniņš"), false);
});

test("the agent's code is read as people type it; one's own code is refused", () => {
  const values = grantValues({ agentCode: " 200105-20340 ", agentFamilyName: "Kalniņš" });
  assert.deepEqual(readAgentFields(values, OWN), { code: "20010520340", errors: {} });
  assert.deepEqual(readAgentFields({ ...values, agentCode: "150384-13866" }, OWN), {
    code: null,
    errors: { agentCode: "mandates.grant.self" },
  });
});

test("a missing or malformed code and a missing name are each named", () => {
  assert.deepEqual(readAgentFields(grantValues({}), OWN).errors, {
    agentCode: "mandates.grant.code_required",
    agentFamilyName: "mandates.grant.family_name_required",
  });
  assert.deepEqual(readAgentFields(grantValues({ agentCode: "200105-20341", agentFamilyName: "Kalniņš" }), OWN), {
    code: null,
    errors: { agentCode: "mandates.grant.code_invalid" },
  });
});

test("services come as a list whether one or many were ticked", () => {
  assert.deepEqual(grantValues({ services: "a" }).services, ["a"]);
  assert.deepEqual(grantValues({ services: ["a", "b", 3] }).services, ["a", "b"]);
  assert.deepEqual(grantValues({}).services, []);
});

test("an agent is an adult from their 18th birthday", () => {
  assert.equal(isAdultOn("2008-11-27", "2026-11-26"), false);
  assert.equal(isAdultOn("2008-11-27", "2026-11-27"), true);
  assert.equal(isAdultOn("2015-09-21", "2026-11-27"), false);
  assert.equal(isAdultOn("1937-08-05", "2026-11-27"), true);
});
