import assert from "node:assert/strict";
import { test } from "node:test";
import type { PersonalCode } from "../../platform/identifiers/personal-code.ts";
import { isRegistrationNumber } from "../../platform/identifiers/registration-number.ts";
import { ageOn, findPerson } from "../population-register/index.ts";
import { companies, findCompany, representationsOf } from "./index.ts";

const JANIS = "15038413866" as PersonalCode;

test("every registration number is valid and belongs to one company only", () => {
  assert.ok(companies().length >= 8);
  for (const company of companies()) assert.ok(isRegistrationNumber(company.registrationNumber), company.name);
  assert.equal(new Set(companies().map((company) => company.registrationNumber)).size, companies().length);
});

test("every board member is a living adult in the population register, seated once, after the company was registered", () => {
  for (const company of companies()) {
    assert.ok(company.board.length >= 1, company.name);
    assert.equal(new Set(company.board.map((member) => member.personalCode)).size, company.board.length, company.name);
    for (const member of company.board) {
      const person = findPerson(member.personalCode);
      assert.ok(person, `${company.name}: ${member.personalCode}`);
      assert.equal(person.deceasedOn, null, company.name);
      assert.ok(ageOn(person, member.since) >= 18, `${company.name}: ${person.givenName} ${person.familyName}`);
      assert.ok(member.since >= company.registeredOn, company.name);
    }
  }
});

test("a company's name starts with its legal form", () => {
  for (const company of companies()) assert.ok(company.name.toLowerCase().startsWith(`${company.legalForm.toLowerCase()} "`), company.name);
});

test("one person acts for two companies, alone for one and jointly for the other", () => {
  const representations = representationsOf(JANIS);
  assert.deepEqual(
    representations.map(({ company, member }) => [company.name, member.representation]),
    [
      ['SIA "Bērziņu Būve"', "alone"],
      ['AS "Daugavas Enerģija"', "jointly"],
    ],
  );
});

test("the register has a company in liquidation and one with exactly two joint representatives", () => {
  assert.ok(companies().some((company) => company.status === "liquidation" && company.board.length > 0));
  assert.ok(
    companies().some((company) => company.board.length === 2 && company.board.every((member) => member.representation === "jointly")),
  );
});

test("no one acts for a company struck off the register; a liquidated company's board still does", () => {
  for (const company of companies()) {
    for (const member of company.board) {
      const found = representationsOf(member.personalCode).some((representation) => representation.company === company);
      assert.equal(found, company.status !== "excluded", company.name);
    }
  }
  assert.ok(companies().some((company) => company.status === "excluded"));
});

test("someone on no board represents nothing", () => {
  assert.deepEqual(representationsOf("08089714559" as PersonalCode), []);
});

test("a company is found by its number in any form people type it", () => {
  const kurzemesKoks = findCompany("40003073400");
  assert.equal(kurzemesKoks?.name, 'SIA "Kurzemes Koks"');
  for (const input of [" 40003073400 ", "LV40003073400", "LV 4000 307 3400"]) assert.equal(findCompany(input), kurzemesKoks, input);
  for (const company of companies()) assert.equal(findCompany(`LV${company.registrationNumber}`), company);
  assert.equal(findCompany("40003245752"), null, "a valid number of no company in the register");
  assert.equal(findCompany("40003073401"), null, "an invalid number");
  assert.equal(findCompany(""), null);
});
