import assert from "node:assert/strict";
import { test } from "node:test";
import { covers, standingOn, type Validity } from "./scope.ts";

const year2026: Validity = { validFrom: "2026-03-01", validUntil: "2026-12-31", revokedAt: null };

test("a mandate is in force from its first day to its last, both included", () => {
  assert.equal(standingOn(year2026, "2026-03-01"), "in_force");
  assert.equal(standingOn(year2026, "2026-07-15"), "in_force");
  assert.equal(standingOn(year2026, "2026-12-31"), "in_force");
});

test("before its first day it is not yet in force, after its last it has expired", () => {
  assert.equal(standingOn(year2026, "2026-02-28"), "not_yet");
  assert.equal(standingOn(year2026, "2027-01-01"), "expired");
});

test("a revoked mandate is revoked whatever the day, even one within its period", () => {
  const revoked = { ...year2026, revokedAt: new Date("2026-05-01T10:00:00Z") };
  for (const day of ["2026-02-01", "2026-04-30", "2026-06-01", "2027-06-01"]) assert.equal(standingOn(revoked, day), "revoked");
});

test("a mandate for all services covers any; one for chosen services only those", () => {
  assert.equal(covers({ allServices: true, services: [] }, "dzivesvietas-deklaresana"), true);
  const chosen = { allServices: false, services: ["dzivesvietas-deklaresana", "bernu-piedzimsanas-pabalsts"] };
  assert.equal(covers(chosen, "bernu-piedzimsanas-pabalsts"), true);
  assert.equal(covers(chosen, "bezdarbnieka-statusa-pieskirsana"), false);
});
