import assert from "node:assert/strict";
import { test } from "node:test";
import { DATA_SUBJECTS_HEADER } from "../provider-app.ts";
import { getFrom } from "../provider-inject.ts";
import { vehicleProvider as provider } from "./provider.ts";

const get = (path: string) => getFrom(provider, path);

test("a vehicle is answered with owner and holder, both named as data subjects", async () => {
  const { status, headers, body } = await get("/vehicles/hr4512");
  assert.equal(status, 200);
  assert.equal(headers["cache-control"], "no-store");
  assert.equal(body.plate, "HR-4512");
  assert.equal(body.owner.name, "Jānis Bērziņš");
  assert.equal(body.holder.name, "Līga Bērziņa");
  assert.equal(headers[DATA_SUBJECTS_HEADER], "15038413866,22078610560");
});

test("a company's vehicle held by a person names only the person", async () => {
  const { body, headers } = await get("/vehicles/NB-4410");
  assert.equal(body.owner.registrationNumber, "40003124336");
  assert.equal(headers[DATA_SUBJECTS_HEADER], "09046814431");
});

test("an owner's vehicles, deregistered ones included", async () => {
  const { status, headers, body } = await get("/owners/021052-18516/vehicles");
  assert.equal(status, 200);
  assert.deepEqual(
    body.vehicles.map((vehicle: { plate: string; status: string }) => [vehicle.plate, vehicle.status]),
    [["CP-6642", "deregistered"]],
  );
  assert.equal(body.vehicles[0].owner, undefined);
  assert.equal(headers[DATA_SUBJECTS_HEADER], "02105218516");
  const van = await get("/owners/40103587986/vehicles");
  assert.equal(van.body.vehicles[0].category, "N1");
  assert.equal(van.headers[DATA_SUBJECTS_HEADER], undefined);
});

test("unknown plates and owners are 404, invalid ones 400", async () => {
  for (const [path, status, code] of [
    ["/vehicles/ZZ-1", 404, "not_found"],
    ["/vehicles/1234-KA", 400, "invalid_identifier"],
    ["/owners/010190-10001/vehicles", 404, "not_found"],
    ["/owners/12345678901/vehicles", 400, "invalid_identifier"],
  ] as const) {
    const response = await get(path);
    assert.equal(response.status, status, path);
    assert.equal(response.body.code, code, path);
    assert.equal(response.headers[DATA_SUBJECTS_HEADER], undefined, path);
  }
});
