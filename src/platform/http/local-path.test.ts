import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { collapseLeadingSlashes, safeLocalPath } from "./local-path.ts";

test("paths on this site are kept with their query", () => {
  assert.equal(safeLocalPath("/pieklustamiba"), "/pieklustamiba");
  assert.equal(safeLocalPath("/atsauksme?lapa=%2F"), "/atsauksme?lapa=%2F");
  assert.equal(safeLocalPath("/"), "/");
});

test("anything a browser would read as another site is refused", () => {
  for (const value of [
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example/",
    "evil",
    "",
    "/%0a/x\\",
  ]) {
    assert.equal(safeLocalPath(value), null, JSON.stringify(value));
  }
});

test("whatever comes in, what comes out stays on this site", () => {
  fc.assert(
    fc.property(fc.string(), (tail) => {
      const path = safeLocalPath(`/${tail}`);
      if (path === null) return;
      assert.equal(new URL(path, "https://epak.example").origin, "https://epak.example");
    }),
  );
});

test("leading slashes of a request path collapse to one", () => {
  assert.equal(collapseLeadingSlashes("//evil.example/x"), "/evil.example/x");
  assert.equal(collapseLeadingSlashes("/\\evil.example"), "/evil.example");
  assert.equal(collapseLeadingSlashes("/en/x"), "/en/x");
});
