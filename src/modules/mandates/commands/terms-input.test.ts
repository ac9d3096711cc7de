import assert from "node:assert/strict";
import { test } from "node:test";
import { AppError } from "../../../platform/errors.ts";
import { readTerms, type TermsFields } from "./terms-input.ts";

const options = { today: "2026-11-27", allowed: new Set(["dzivesvietas-deklaresana", "bernu-piedzimsanas-pabalsts"]) };

function problems(fields: TermsFields): Record<string, string> {
  try {
    readTerms(fields, options);
  } catch (error) {
    assert.ok(error instanceof AppError && error.fields, "a field error");
    assert.equal(error.code, "validation_failed");
    return error.fields;
  }
  assert.fail("the terms were accepted");
}

test("all services: the chosen list is dropped, the dates kept", () => {
  const terms = readTerms(
    { scope: "all", services: ["dzivesvietas-deklaresana"], validFrom: "2026-11-27", validUntil: " 2027-11-26 " },
    options,
  );
  assert.deepEqual(terms, { allServices: true, services: [], validFrom: "2026-11-27", validUntil: "2027-11-26" });
});

test("chosen services: one or many, each once", () => {
  const one = readTerms(
    { scope: "chosen", services: "dzivesvietas-deklaresana", validFrom: "2026-12-01", validUntil: "2026-12-01" },
    options,
  );
  assert.deepEqual(one.services, ["dzivesvietas-deklaresana"]);
  const many = readTerms(
    {
      scope: "chosen",
      services: ["bernu-piedzimsanas-pabalsts", "dzivesvietas-deklaresana", "bernu-piedzimsanas-pabalsts"],
      validFrom: "2026-11-27",
      validUntil: "2027-01-31",
    },
    options,
  );
  assert.deepEqual(many, {
    allServices: false,
    services: ["bernu-piedzimsanas-pabalsts", "dzivesvietas-deklaresana"],
    validFrom: "2026-11-27",
    validUntil: "2027-01-31",
  });
});

test("nothing chosen names the scope and both dates", () => {
  assert.deepEqual(problems({}), {
    scope: "mandates.terms.scope_required",
    validFrom: "mandates.terms.date_invalid",
    validUntil: "mandates.terms.date_invalid",
  });
});

test("chosen scope needs at least one service, and only services on offer", () => {
  const dates = { validFrom: "2026-11-27", validUntil: "2027-11-26" };
  assert.deepEqual(problems({ scope: "chosen", services: [], ...dates }), { services: "mandates.terms.services_required" });
  assert.deepEqual(problems({ scope: "chosen", services: ["pases-izsniegsana"], ...dates }), {
    services: "mandates.terms.service_unknown",
  });
  assert.deepEqual(problems({ scope: "some", ...dates }), { scope: "mandates.terms.scope_required" });
});

test("dates: real calendar days, not in the past, the end not before the start, at most five years", () => {
  const all = { scope: "all" };
  assert.deepEqual(problems({ ...all, validFrom: "2026-02-30", validUntil: "27.11.2027" }), {
    validFrom: "mandates.terms.date_invalid",
    validUntil: "mandates.terms.date_invalid",
  });
  assert.deepEqual(problems({ ...all, validFrom: "2026-11-26", validUntil: "2027-01-01" }), { validFrom: "mandates.terms.from_past" });
  assert.deepEqual(problems({ ...all, validFrom: "2026-12-10", validUntil: "2026-12-09" }), {
    validUntil: "mandates.terms.until_before_from",
  });
  assert.deepEqual(problems({ ...all, validFrom: "2026-11-27", validUntil: "2031-12-31" }), { validUntil: "mandates.terms.too_long" });
  assert.equal(readTerms({ ...all, validFrom: "2026-11-27", validUntil: "2031-11-26" }, options).validUntil, "2031-11-26");
});
