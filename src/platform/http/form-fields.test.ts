import assert from "node:assert/strict";
import { test } from "node:test";
import { formFields } from "./form-fields.ts";

test("missing, repeated, non-text and overlong fields all become plain text", () => {
  const fields = formFields({ a: "x", b: ["first", "second"], c: 5, d: "y".repeat(5000) }, ["a", "b", "c", "d", "e"]);
  assert.deepEqual({ ...fields, d: fields.d.length }, { a: "x", b: "first", c: "", d: 1000, e: "" });
  assert.deepEqual(formFields(undefined, ["a"]), { a: "" });
});
