import assert from "node:assert/strict";
import { test } from "node:test";
import type { PersonalCode } from "../../platform/identifiers/personal-code.ts";
import { findCompany } from "../enterprise-register/index.ts";
import { ageOn, findAddress, findPerson, residentsAt } from "../population-register/index.ts";
import { findProperty, properties, propertiesAt, propertiesOf } from "./index.ts";

const TODAY = "2026-11-23";
const RAIMONDS = "030371-14620";

function ownerCodes(addressCode: string): string[] {
  return propertiesAt(addressCode).flatMap((property) =>
    property.owners.flatMap(({ owner }) => (owner.kind === "person" ? [owner.personalCode] : [])),
  );
}

test("every cadastre number is 11 digits and belongs to one property only", () => {
  assert.ok(properties().length >= 15 && properties().length <= 25);
  for (const property of properties()) assert.match(property.cadastreNumber, /^\d{11}$/);
  assert.equal(new Set(properties().map((property) => property.cadastreNumber)).size, properties().length);
});

test("every property is at a register address, with the address's own text", () => {
  for (const property of properties()) {
    assert.equal(findAddress(property.address.addressCode)?.text, property.address.text, property.cadastreNumber);
    assert.ok(property.areaM2 > 0, property.cadastreNumber);
  }
});

test("owners are living adults of the population register or companies of the enterprise register, with shares adding up to one", () => {
  for (const property of properties()) {
    let total = 0;
    for (const { owner, share, since } of property.owners) {
      const [numerator = 0, denominator = 1] = share.split("/").map(Number);
      total += numerator / denominator;
      assert.ok(since <= TODAY, property.cadastreNumber);
      if (owner.kind === "person") {
        const person = findPerson(owner.personalCode);
        assert.ok(person, `${property.cadastreNumber}: ${owner.personalCode}`);
        assert.equal(person.deceasedOn, null, property.cadastreNumber);
        assert.ok(ageOn(person, since) >= 18, property.cadastreNumber);
      } else {
        const company = findCompany(owner.registrationNumber);
        assert.ok(company, `${property.cadastreNumber}: ${owner.registrationNumber}`);
        assert.ok(since >= company.registeredOn, property.cadastreNumber);
      }
    }
    assert.ok(Math.abs(total - 1) < 1e-9, property.cadastreNumber);
  }
});

test("Jānis and Līga Bērziņi own their Rīga flat half each, and live there", () => {
  const flat = findProperty("0100 900 1234");
  assert.ok(flat);
  assert.equal(flat.kind, "apartment");
  assert.deepEqual(
    flat.owners.map(({ owner, share }) => [owner.kind === "person" ? findPerson(owner.personalCode)?.givenName : null, share]),
    [
      ["Jānis", "1/2"],
      ["Līga", "1/2"],
    ],
  );
  assert.equal(findPerson("150384-13866")?.declaredAddress?.addressCode, flat.address.addressCode);
});

test("a landlord's flats have tenants declared at them who own nothing there", () => {
  const owned = propertiesOf(RAIMONDS);
  assert.ok(owned.length >= 2);
  const tenants = owned.flatMap(({ property }) =>
    residentsAt(property.address.addressCode).filter(
      (resident) => !ownerCodes(property.address.addressCode).includes(resident.personalCode),
    ),
  );
  assert.deepEqual(tenants.map((person) => person.givenName).sort(), ["Dace", "Maksims", "Olena"]);
  for (const tenant of tenants) assert.equal(propertiesOf(tenant.personalCode).length, 0, tenant.givenName);
});

test("a parent owns the house where a grown-up child is declared", () => {
  const found = properties().some((property) =>
    ownerCodes(property.address.addressCode).some((code) =>
      residentsAt(property.address.addressCode).some(
        (resident) => resident.parents.includes(code as PersonalCode) && ageOn(resident, TODAY) >= 18,
      ),
    ),
  );
  assert.ok(found);
});

test("the register has people declared where they own nothing, owners of several, a company owner and empty properties", () => {
  const declaredElsewhere = properties().flatMap((property) =>
    residentsAt(property.address.addressCode).filter(
      (resident) => !ownerCodes(property.address.addressCode).includes(resident.personalCode),
    ),
  );
  assert.ok(declaredElsewhere.length >= 5);
  assert.ok(propertiesOf("021052-18516").length >= 2, "Velta owns her house and inherited land");
  assert.ok(properties().some((property) => property.owners.some(({ owner }) => owner.kind === "company")));
  assert.ok(properties().filter((property) => residentsAt(property.address.addressCode).length === 0).length >= 3);
});

test("properties are found by number in any form people type it, and by owner", () => {
  for (const property of properties())
    assert.equal(findProperty(` ${property.cadastreNumber.slice(0, 4)} ${property.cadastreNumber.slice(4)} `), property);
  assert.equal(findProperty("01009999999"), null);
  assert.equal(findProperty("0100"), null);
  assert.deepEqual(
    propertiesOf("LV40103587986").map(({ property }) => property.kind),
    ["building"],
  );
  assert.deepEqual(propertiesOf("080897-14559"), [], "someone who owns nothing");
  assert.deepEqual(propertiesOf("not a code"), []);
});
