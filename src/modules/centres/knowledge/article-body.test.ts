import assert from "node:assert/strict";
import { test } from "node:test";
import { blocksOf } from "./article-body.ts";

test("paragraphs, bullets and numbered steps are told apart, with or without a blank line between", () => {
  const body = "First line\nsame paragraph.\n\n- one\n- two\n\nSteps:\n1. Open it.\n2. Sign.\r\n\r\nMore.\n\nAnother.";
  assert.deepEqual(blocksOf(body), [
    { kind: "paragraph", text: "First line same paragraph." },
    { kind: "bullets", items: ["one", "two"] },
    { kind: "paragraph", text: "Steps:" },
    { kind: "steps", items: ["Open it.", "Sign."] },
    { kind: "paragraph", text: "More." },
    { kind: "paragraph", text: "Another." },
  ]);
  assert.deepEqual(blocksOf("  \n\n "), []);
  assert.deepEqual(blocksOf("- a\n\n- b"), [
    { kind: "bullets", items: ["a"] },
    { kind: "bullets", items: ["b"] },
  ]);
});
