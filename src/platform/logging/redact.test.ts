import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { redactText, redactUrl } from "./redact.ts";

test("query strings are never logged, only their presence", () => {
  assert.equal(redactUrl("/atsauksme?lapa=/x&pk=010101-12345"), "/atsauksme?[query]");
  assert.equal(redactUrl("/"), "/");
});

const code = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99_999 }), fc.constantFrom("", "-", "%2D", "%2d"))
  .map(([a, b, sep]) => ({
    raw: `${String(a).padStart(6, "0")}${sep}${String(b).padStart(5, "0")}`,
    digits: `${String(a).padStart(6, "0")}${String(b).padStart(5, "0")}`,
  }));
const around = fc.constantFrom("", "x", "pk_", "/", "-", "=");

test("no personal code survives in a logged path, however it is written", () => {
  fc.assert(
    fc.property(code, around, around, ({ raw, digits }, before, after) => {
      const logged = redactUrl(`/personas/${before}${raw}${after}/dati`);
      assert.ok(!logged.replace(/-/g, "").includes(digits), logged);
    }),
  );
});

test("personal codes are scrubbed from error messages too", () => {
  assert.equal(redactText("Key (code)=(010101-12345) already exists"), "Key (code)=([redacted]) already exists");
  assert.equal(redactText("order 1234567"), "order 1234567");
});
