import assert from "node:assert/strict";
import { test } from "node:test";
import { findCompany } from "../enterprise-register/index.ts";
import { ageOn, findPerson, type RegisterPerson, testPersons } from "../population-register/index.ts";
import { benefitsOf, insuredPeriodsOf, records } from "./index.ts";

const TODAY = "2026-11-23";
const ROBERTS = "32600183844";

function person(code: string): RegisterPerson {
  const found = findPerson(code);
  assert.ok(found, `no one in the population register has code ${code}`);
  return found;
}

const current = (entry: { from: string; to: string | null }) => entry.from <= TODAY && (entry.to === null || entry.to >= TODAY);

test("every record is of a population-register person, once", () => {
  for (const record of records()) person(record.personalCode);
  assert.equal(new Set(records().map((record) => record.personalCode)).size, records().length);
});

test("periods run forward from working age; employees have an employer of the enterprise register, no one else has", () => {
  for (const record of records()) {
    const who = person(record.personalCode);
    for (const period of record.periods) {
      assert.ok(period.to === null || period.from <= period.to, who.givenName);
      assert.ok(ageOn(who, period.from) >= 15, who.givenName);
      assert.equal(period.kind === "employee", period.employer !== null, who.givenName);
      if (period.employer) {
        const employer = findCompany(period.employer);
        assert.ok(employer, `${who.givenName}: ${period.employer}`);
        assert.ok(period.from >= employer.registeredOn, `${who.givenName} at ${employer.name}`);
      }
    }
  }
});

test("minors have no insured periods", () => {
  const minors = testPersons().filter((someone) => ageOn(someone, TODAY) < 18);
  assert.ok(minors.length >= 5);
  for (const minor of minors) assert.deepEqual(insuredPeriodsOf(minor.personalCode), [], minor.givenName);
});

test("benefits for a child are paid to its parent; child benefit from the child's first birthday", () => {
  for (const record of records()) {
    const who = person(record.personalCode);
    for (const benefit of record.benefits) {
      assert.ok(Number.isInteger(benefit.monthlyAmountCents) && benefit.monthlyAmountCents > 0, who.givenName);
      assert.ok(benefit.to === null || benefit.from <= benefit.to, who.givenName);
      const forChild = ["childbirth", "parental", "child"].includes(benefit.kind);
      assert.equal(benefit.child !== null, forChild, `${who.givenName}: ${benefit.kind}`);
      if (!benefit.child) continue;
      assert.ok(who.children.includes(benefit.child), `${who.givenName}: ${benefit.kind}`);
      if (benefit.kind === "child") assert.ok(ageOn(person(benefit.child), benefit.from) >= 1, `${who.givenName}: ${benefit.kind}`);
    }
  }
});

test("Roberts's parents are both paid childbirth and parental benefits for him; his mother is on parental leave now", () => {
  for (const parent of person(ROBERTS).parents) {
    const kinds = benefitsOf(parent)
      .filter((benefit) => benefit.child === ROBERTS)
      .map((benefit) => benefit.kind);
    assert.deepEqual(kinds, ["childbirth", "parental"], person(parent).givenName);
  }
  assert.ok(benefitsOf("220786-10560").some((benefit) => benefit.kind === "parental" && current(benefit)));
});

test("pensioners are paid an old-age pension now, and only people of pension age ever are", () => {
  const pensioners = testPersons().filter((someone) => /pensioner/i.test(someone.note.en));
  assert.ok(pensioners.length >= 3);
  for (const pensioner of pensioners) {
    assert.ok(
      benefitsOf(pensioner.personalCode).some((benefit) => benefit.kind === "old-age-pension" && current(benefit)),
      pensioner.givenName,
    );
  }
  for (const record of records()) {
    for (const benefit of record.benefits.filter((b) => b.kind === "old-age-pension")) {
      assert.ok(ageOn(person(record.personalCode), benefit.from) >= 55, person(record.personalCode).givenName);
    }
  }
});

test("the deceased have nothing current", () => {
  const deceased = records().filter((record) => person(record.personalCode).deceasedOn !== null);
  assert.ok(deceased.length >= 1);
  for (const record of deceased) {
    for (const entry of [...record.periods, ...record.benefits]) assert.ok(entry.to !== null && entry.to < TODAY);
  }
});

test("lookups accept codes as people type them and are empty for the never insured", () => {
  assert.equal(insuredPeriodsOf("150384-13866").length, 2);
  assert.deepEqual(insuredPeriodsOf("050837-16429"), [], "a pensioner whose working years predate the data");
  assert.deepEqual(benefitsOf("010190-10001"), []);
  assert.deepEqual(benefitsOf("nonsense"), []);
});
