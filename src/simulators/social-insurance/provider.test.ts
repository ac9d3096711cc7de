import assert from "node:assert/strict";
import { test } from "node:test";
import { DATA_SUBJECTS_HEADER } from "../provider-app.ts";
import { getFrom } from "../provider-inject.ts";
import { socialInsuranceProvider as provider } from "./provider.ts";

const get = (path: string) => getFrom(provider, path);

test("insured periods name the employer by number and name", async () => {
  const { status, headers, body } = await get("/insurance/15038413866/periods");
  assert.equal(status, 200);
  assert.equal(headers["cache-control"], "no-store");
  assert.deepEqual(body.periods.at(-1), {
    kind: "employee",
    from: "2012-02-07",
    to: null,
    employer: { registrationNumber: "40103587986", name: 'SIA "Bērziņu Būve"' },
  });
  assert.equal(headers[DATA_SUBJECTS_HEADER], "15038413866");
  const minor = await get("/insurance/030912-20045/periods");
  assert.deepEqual(minor.body.periods, []);
});

test("benefits for children name the children as data subjects too", async () => {
  const { status, headers, body } = await get("/benefits/220786-10560");
  assert.equal(status, 200);
  assert.deepEqual(
    body.benefits.map((benefit: { kind: string }) => benefit.kind),
    ["child", "child", "childbirth", "parental"],
  );
  assert.equal(body.benefits[3].childPersonalCode, "32600183844");
  assert.equal(typeof body.benefits[3].monthlyAmountCents, "number");
  assert.equal(headers[DATA_SUBJECTS_HEADER], "22078610560,03091220045,32919778704,32600183844");
});

test("unknown persons are 404, invalid codes 400", async () => {
  for (const [path, status, code] of [
    ["/insurance/010190-10001/periods", 404, "not_found"],
    ["/benefits/010190-10001", 404, "not_found"],
    ["/insurance/150384-13867/periods", 400, "invalid_identifier"],
    ["/benefits/x", 400, "invalid_identifier"],
  ] as const) {
    const response = await get(path);
    assert.equal(response.status, status, path);
    assert.equal(response.body.code, code, path);
    assert.equal(response.headers[DATA_SUBJECTS_HEADER], undefined, path);
  }
});
