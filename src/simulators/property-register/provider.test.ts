import assert from "node:assert/strict";
import { test } from "node:test";
import { DATA_SUBJECTS_HEADER } from "../provider-app.ts";
import { getFrom } from "../provider-inject.ts";
import { propertyProvider as provider } from "./provider.ts";

const get = (path: string) => getFrom(provider, path);

test("a property is answered with its owners and their shares, the owners named as data subjects", async () => {
  const { status, headers, body } = await get("/properties/0100%20900%201234");
  assert.equal(status, 200);
  assert.equal(headers["cache-control"], "no-store");
  assert.equal(body.kind, "apartment");
  assert.deepEqual(body.address, { addressCode: "105117328", text: "Brīvības iela 101-5, Rīga, LV-1001" });
  assert.deepEqual(body.owners, [
    {
      owner: { kind: "person", personalCode: "15038413866", registrationNumber: null, name: "Jānis Bērziņš" },
      share: "1/2",
      since: "2013-06-14",
    },
    {
      owner: { kind: "person", personalCode: "22078610560", registrationNumber: null, name: "Līga Bērziņa" },
      share: "1/2",
      since: "2013-06-14",
    },
  ]);
  assert.equal(headers[DATA_SUBJECTS_HEADER], "15038413866,22078610560");
});

test("an owner's properties carry their share; a company owner is no data subject", async () => {
  const landlord = await get("/owners/030371-14620/properties");
  assert.equal(landlord.status, 200);
  assert.equal(landlord.body.owner.name, "Raimonds Vanags");
  assert.deepEqual(
    landlord.body.properties.map((property: { address: { addressCode: string }; share: string }) => [
      property.address.addressCode,
      property.share,
    ]),
    [
      ["105119246", "1/1"],
      ["105208834", "1/1"],
      ["105121475", "1/1"],
    ],
  );
  assert.equal(landlord.headers[DATA_SUBJECTS_HEADER], "03037114620");
  const company = await get("/owners/40103587986/properties");
  assert.equal(company.body.owner.name, 'SIA "Bērziņu Būve"');
  assert.equal(company.body.properties.length, 1);
  assert.equal(company.headers[DATA_SUBJECTS_HEADER], undefined);
});

test("unknown ids are 404, invalid ones 400", async () => {
  for (const [path, status, code] of [
    ["/properties/01009999999", 404, "not_found"],
    ["/properties/0100-900", 400, "invalid_identifier"],
    ["/owners/010190-10001/properties", 404, "not_found"],
    ["/owners/40003245752/properties", 404, "not_found"],
    ["/owners/150384-13867/properties", 400, "invalid_identifier"],
  ] as const) {
    const response = await get(path);
    assert.equal(response.status, status, path);
    assert.equal(response.body.code, code, path);
    assert.equal(response.headers[DATA_SUBJECTS_HEADER], undefined, path);
  }
});
