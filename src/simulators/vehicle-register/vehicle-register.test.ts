import assert from "node:assert/strict";
import { test } from "node:test";
import { findCompany } from "../enterprise-register/index.ts";
import { ageOn, findPerson } from "../population-register/index.ts";
import type { Party } from "../register-api.ts";
import { findVehicle, parsePlate, vehicles, vehiclesOf } from "./index.ts";

const TODAY = "2026-11-23";

function exists(party: Party, on: string): boolean {
  if (party.kind === "company") return findCompany(party.registrationNumber) !== null;
  const person = findPerson(party.personalCode);
  return person !== null && person.deceasedOn === null && ageOn(person, on) >= 16;
}

test("plates and VINs are well formed and belong to one vehicle each", () => {
  assert.ok(vehicles().length >= 12 && vehicles().length <= 20);
  for (const vehicle of vehicles()) {
    assert.match(vehicle.plate, /^[A-Z]{2}-\d{1,4}$/);
    assert.match(vehicle.vin, /^[A-HJ-NPR-Z0-9]{17}$/);
  }
  assert.equal(new Set(vehicles().map((vehicle) => vehicle.plate)).size, vehicles().length);
  assert.equal(new Set(vehicles().map((vehicle) => vehicle.vin)).size, vehicles().length);
});

test("owners and holders are living persons or companies of the registers; a holder is someone else than the owner", () => {
  for (const vehicle of vehicles()) {
    assert.ok(exists(vehicle.owner, TODAY), vehicle.plate);
    if (vehicle.holder) {
      assert.ok(exists(vehicle.holder, TODAY), vehicle.plate);
      assert.notDeepEqual(vehicle.holder, vehicle.owner, vehicle.plate);
    }
    assert.ok(vehicle.year <= Number(vehicle.firstRegistered.slice(0, 4)) && vehicle.firstRegistered <= TODAY, vehicle.plate);
  }
});

test("the register has a person owning two vehicles, a company's van, a deregistered car and a lapsed inspection", () => {
  const perPerson = new Map<string, number>();
  for (const { owner } of vehicles())
    if (owner.kind === "person") perPerson.set(owner.personalCode, (perPerson.get(owner.personalCode) ?? 0) + 1);
  assert.ok([...perPerson.values()].filter((count) => count >= 2).length >= 2);
  assert.ok(vehicles().some((vehicle) => vehicle.owner.kind === "company" && vehicle.category === "N1"));
  assert.ok(vehicles().some((vehicle) => vehicle.status === "deregistered"));
  assert.ok(vehicles().some((vehicle) => vehicle.status === "registered" && (vehicle.inspectionValidUntil ?? "") < TODAY));
  assert.ok(vehicles().some((vehicle) => vehicle.category === "L3"));
});

test("vehicles are found by plate as people type it, and by owner", () => {
  assert.equal(parsePlate(" hr 4512 "), "HR-4512");
  assert.equal(parsePlate("HR-45123"), null);
  assert.equal(findVehicle("hr4512")?.model, "Octavia");
  assert.equal(findVehicle("ZZ-1"), null);
  assert.deepEqual(
    vehiclesOf("150384-13866").map((vehicle) => vehicle.plate),
    ["HR-4512", "EC-827"],
  );
  assert.deepEqual(
    vehiclesOf("LV 4010 358 7986").map((vehicle) => vehicle.category),
    ["N1"],
  );
  assert.deepEqual(vehiclesOf("220786-10560"), [], "a holder is no owner");
});
