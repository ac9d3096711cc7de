import assert from "node:assert/strict";
import { test } from "node:test";
import { DATA_SUBJECTS_HEADER } from "../provider-app.ts";
import { getFrom } from "../provider-inject.ts";
import { enterpriseProvider as provider } from "./provider.ts";

const get = (path: string) => getFrom(provider, path);

test("a company is answered with its board, every member named as a data subject", async () => {
  const { status, headers, body } = await get("/companies/LV40003124336");
  assert.equal(status, 200);
  assert.equal(headers["cache-control"], "no-store");
  assert.equal(body.name, 'AS "Daugavas Enerģija"');
  assert.deepEqual(
    body.board.map((member: { givenName: string; representation: string }) => [member.givenName, member.representation]),
    [
      ["Edgars", "jointly"],
      ["Raimonds", "jointly"],
      ["Jānis", "jointly"],
    ],
  );
  assert.equal(headers[DATA_SUBJECTS_HEADER], "09046814431,03037114620,15038413866");
});

test("a person's positions include a struck-off company, marked as such", async () => {
  const { status, headers, body } = await get("/officers/301092-18327/positions");
  assert.equal(status, 200);
  assert.deepEqual(body.positions, [
    {
      registrationNumber: "40103061874",
      name: 'SIA "Jūrmalas Kafejnīca"',
      status: "excluded",
      position: "member",
      representation: "alone",
      since: "2016-02-01",
    },
  ]);
  assert.equal(headers[DATA_SUBJECTS_HEADER], "30109218327");
  const none = await get("/officers/080897-14559/positions");
  assert.deepEqual(none.body.positions, []);
});

test("unknown numbers and codes are 404, invalid ones 400", async () => {
  for (const [path, status, code] of [
    ["/companies/40003245752", 404, "not_found"],
    ["/companies/40003073401", 400, "invalid_identifier"],
    ["/officers/010190-10001/positions", 404, "not_found"],
    ["/officers/12/positions", 400, "invalid_identifier"],
  ] as const) {
    const response = await get(path);
    assert.equal(response.status, status, path);
    assert.equal(response.body.code, code, path);
    assert.equal(response.headers[DATA_SUBJECTS_HEADER], undefined, path);
  }
});
