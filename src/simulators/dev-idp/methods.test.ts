import assert from "node:assert/strict";
import { test } from "node:test";
import { ACR, meetsLevel } from "../../platform/assurance.ts";
import { findMethod, LOGIN_METHODS, requestedLevel } from "./methods.ts";

test("eID and eParaksts give a high level, every bank a substantial one", () => {
  for (const method of LOGIN_METHODS) assert.equal(method.level, method.kind === "bank" ? "substantial" : "high", method.id);
  assert.equal(findMethod("eid")?.level, "high");
  assert.equal(findMethod("nope"), null);
});

test("the level a client asks for is read from acr_values; unknown values ask for nothing", () => {
  assert.equal(requestedLevel(ACR.high), "high");
  assert.equal(requestedLevel(`${ACR.high} ${ACR.substantial}`), "substantial");
  assert.equal(requestedLevel("urn:something:else"), "low");
  assert.equal(requestedLevel(undefined), "low");
  assert.ok(meetsLevel("high", "substantial"));
  assert.ok(!meetsLevel("substantial", "high"));
});
