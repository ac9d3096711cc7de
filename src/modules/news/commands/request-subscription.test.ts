import assert from "node:assert/strict";
import { test } from "node:test";
import { emailProblem, normalisedEmail } from "./request-subscription.ts";

test("addresses are trimmed and lower-cased, so one address is one subscriber", () => {
  assert.equal(normalisedEmail("  Anna.Ozola@Example.LV "), "anna.ozola@example.lv");
});

test("an address must look like one, and nothing in it may break a mail header", () => {
  for (const good of ["a@b.lv", "anna.ozola+zinas@pasts.example.com", "jānis@piemērs.lv"]) assert.equal(emailProblem(good), null, good);
  assert.equal(emailProblem(""), "news.subscribe.email.required");
  for (const bad of [
    "anna",
    "anna@",
    "@example.lv",
    "anna@example",
    "a b@example.lv",
    "a@example.lv\r\nBcc: x@y.lv",
    "<a@b.lv>",
    `${"a".repeat(250)}@b.lv`,
  ])
    assert.equal(emailProblem(bad), "news.subscribe.email.invalid", JSON.stringify(bad));
});
