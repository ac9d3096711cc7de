import assert from "node:assert/strict";
import { test } from "node:test";
import { DATA_SUBJECTS_HEADER } from "../provider-app.ts";
import { getFrom } from "../provider-inject.ts";
import { populationProvider as provider } from "./provider.ts";

const get = (path: string) => getFrom(provider, path);

test("a person is answered with identity, status and declared address, and named as the data subject", async () => {
  const { status, headers, body } = await get("/persons/150384-13866");
  assert.equal(status, 200);
  assert.equal(headers["cache-control"], "no-store");
  assert.equal(headers[DATA_SUBJECTS_HEADER], "15038413866");
  assert.equal(body.givenName, "Jānis");
  assert.deepEqual(body.declaredAddress, {
    addressCode: "105117328",
    text: "Brīvības iela 101-5, Rīga, LV-1001",
    municipality: "Rīga",
    declaredOn: "2013-07-01",
  });
  assert.equal(body.residencePermit, null);
  assert.equal(body.note, undefined, "the tester's note is not register data");
});

test("relations name the person and every relative, the deceased father included", async () => {
  const { status, headers, body } = await get("/persons/15038413866/relations");
  assert.equal(status, 200);
  assert.equal(body.spouse.givenName, "Līga");
  assert.deepEqual(
    body.parents.map((parent: { givenName: string; deceasedOn: string | null }) => [parent.givenName, parent.deceasedOn]),
    [
      ["Valdis", "2024-02-14"],
      ["Velta", null],
    ],
  );
  assert.equal(body.children.length, 3);
  assert.deepEqual(
    new Set(headers[DATA_SUBJECTS_HEADER]?.toString().split(",")),
    new Set(["15038413866", "22078610560", "11064917007", "02105218516", "03091220045", "32919778704", "32600183844"]),
  );
});

test("the residents of an address are named; an address with no one declared has no data subjects", async () => {
  const tenants = await get("/addresses/105208834/residents");
  assert.equal(tenants.status, 200);
  assert.deepEqual(
    tenants.body.residents.map((resident: { givenName: string }) => resident.givenName),
    ["Olena", "Maksims"],
  );
  assert.equal(tenants.headers[DATA_SUBJECTS_HEADER], "32677108675,32650722265");
  const empty = await get("/addresses/105110942/residents");
  assert.deepEqual(empty.body.residents, []);
  assert.equal(empty.headers[DATA_SUBJECTS_HEADER], undefined);
});

test("an unknown person or address is 404, an invalid code 400, both without data subjects", async () => {
  for (const [path, status, code] of [
    ["/persons/010190-10001", 404, "not_found"],
    ["/persons/010190-10001/relations", 404, "not_found"],
    ["/addresses/100000000/residents", 404, "not_found"],
    ["/persons/150384-13867", 400, "invalid_identifier"],
    ["/persons/abc/relations", 400, "invalid_identifier"],
    ["/addresses/12345/residents", 400, "invalid_identifier"],
    ["/nothing/here", 404, "not_found"],
  ] as const) {
    const response = await get(path);
    assert.equal(response.status, status, path);
    assert.equal(response.body.code, code, path);
    assert.equal(typeof response.body.message, "string");
    assert.equal(response.headers[DATA_SUBJECTS_HEADER], undefined, path);
    assert.equal(response.headers["cache-control"], "no-store", path);
  }
});

type Found = { addressCode: string; text: string; municipality: string };
const texts = (body: { addresses: Found[] }) => body.addresses.map((address) => address.text);

test("an address search matches the start of words, without regard to case or diacritics, and names no data subject", async () => {
  const { status, headers, body } = await get("/addresses?q=brivibas%20101");
  assert.equal(status, 200);
  assert.equal(headers["cache-control"], "no-store");
  assert.equal(headers[DATA_SUBJECTS_HEADER], undefined, "addresses are not personal data");
  assert.deepEqual(body.addresses, [{ addressCode: "105117328", text: "Brīvības iela 101-5, Rīga, LV-1001", municipality: "Rīga" }]);
  assert.deepEqual(texts((await get(`/addresses?q=${encodeURIComponent("RĪGAS IELA 17")}`)).body), [
    "Rīgas iela 17-2, Cēsis, Cēsu nov., LV-4101",
  ]);
  const valmiera = texts((await get("/addresses?q=valm%20ie")).body);
  assert.ok(valmiera.length >= 5, "several addresses in Valmiera");
  for (const text of valmiera) assert.match(text, /Valmier/);
  assert.deepEqual(texts((await get("/addresses?q=rivibas")).body), [], "a word's middle is no match");
  assert.deepEqual(texts((await get("/addresses?q=brivibas%20999")).body), [], "every word must match");
});

test("an address search answers 10 addresses unless told otherwise, and never more than 20", async () => {
  assert.equal((await get("/addresses?q=riga")).body.addresses.length, 10);
  assert.equal((await get("/addresses?q=riga&limit=3")).body.addresses.length, 3);
  const most = await get("/addresses?q=iela&limit=500");
  assert.equal(most.status, 200);
  assert.equal(most.body.addresses.length, 20);
  const sorted = [...texts(most.body)].sort(new Intl.Collator("lv").compare);
  assert.deepEqual(texts(most.body), sorted, "in Latvian alphabetical order");
});

test("an address search needs 2 characters and a whole limit", async () => {
  for (const path of ["/addresses", "/addresses?q=", "/addresses?q=%20b%20", "/addresses?q=ri&limit=0", "/addresses?q=ri&limit=ten"]) {
    const { status, body, headers } = await get(path);
    assert.equal(status, 400, path);
    assert.equal(body.code, "invalid_identifier", path);
    assert.equal(typeof body.message, "string");
    assert.equal(headers[DATA_SUBJECTS_HEADER], undefined, path);
  }
});

test("one address is answered without its residents and names no data subject", async () => {
  const { status, headers, body } = await get("/addresses/105208834");
  assert.equal(status, 200);
  assert.deepEqual(body, { addressCode: "105208834", text: "Maskavas iela 250-41, Rīga, LV-1063", municipality: "Rīga" });
  assert.equal(headers[DATA_SUBJECTS_HEADER], undefined);
  assert.equal((await get("/addresses/100000000")).status, 404);
  assert.equal((await get("/addresses/search")).status, 400);
});
