import assert from "node:assert/strict";
import { test } from "node:test";
import { addresses, findAddress, residentsAt, testPersons } from "./index.ts";
import { registerPersons } from "./persons.ts";

const TODAY = "2026-11-23";
const STATE_CITIES = ["Rīga", "Daugavpils", "Jelgava", "Jūrmala", "Liepāja", "Rēzekne", "Ventspils"];

test("every address has its own 9-digit code", () => {
  for (const address of addresses()) assert.match(address.addressCode, /^\d{9}$/);
  assert.equal(new Set(addresses().map((address) => address.addressCode)).size, addresses().length);
  assert.equal(new Set(addresses().map((address) => address.text)).size, addresses().length);
});

test("addresses are written as the address register writes them, with today's municipalities", () => {
  for (const { text, municipality } of addresses()) {
    assert.match(text, /, LV-\d{4}$/, text);
    if (STATE_CITIES.includes(municipality)) {
      assert.ok(!text.includes(" nov."), text);
      assert.ok(text.includes(`, ${municipality}, LV-`), text);
    } else {
      assert.match(municipality, / novads$/, text);
      assert.ok(text.includes(`, ${municipality.replace(/ novads$/, " nov.")}, LV-`), text);
    }
  }
  assert.ok(addresses().some((address) => address.text.includes("Varakļāni, Madonas nov.")));
});

test("every declared address is one of the register's, declared after birth and by today", () => {
  for (const person of registerPersons) {
    assert.equal(person.declaredAddress === null, person.declaredOn === null, person.givenName);
    if (!person.declaredAddress || !person.declaredOn) continue;
    assert.equal(findAddress(person.declaredAddress.addressCode), person.declaredAddress, person.givenName);
    assert.ok(person.declaredOn >= person.birthDate && person.declaredOn <= TODAY, person.givenName);
  }
});

test("the residents of an address are the living persons declared there", () => {
  const berzini = residentsAt("105117328").map((person) => person.givenName);
  assert.deepEqual(berzini, ["Jānis", "Līga", "Emīls", "Anna", "Roberts"]);
  assert.deepEqual(residentsAt("105110942"), [], "a flat no one is declared at");
  assert.deepEqual(residentsAt("999999999"), []);
  const declared = testPersons().filter((person) => person.declaredAddress !== null);
  assert.equal(
    addresses().reduce((count, address) => count + residentsAt(address.addressCode).length, 0),
    declared.length,
  );
});

test("Rīga, Cēsis and Valmiera have addresses where no one is declared, to find when declaring a new residence", () => {
  for (const town of ["Rīga", "Cēsis", "Valmiera"]) {
    const free = addresses().filter((address) => address.text.includes(`, ${town},`) && residentsAt(address.addressCode).length === 0);
    assert.ok(free.length >= 5, `${town}: ${free.length}`);
  }
  assert.ok(new Set(addresses().map((address) => address.municipality)).size >= 20, "spread over the country");
});
