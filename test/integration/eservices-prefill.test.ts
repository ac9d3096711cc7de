// Prefill and address search as the e-service forms use them: through the data-exchange bus over
// HTTP, as Epak's e-services system, against the demo registers, on the demo's day 2026-11-23.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { PrefillSource } from "../../src/modules/eservices/definition/model.ts";
import { PREFILL_SHAPES } from "../../src/modules/eservices/definition/prefill-paths.ts";
import { addressText, searchAddresses } from "../../src/modules/eservices/prefill/address-search.ts";
import { fetchPrefill, type PrefillSubject } from "../../src/modules/eservices/prefill/sources.ts";
import { valueAt } from "../../src/modules/eservices/prefill/value-at.ts";
import { revokeAccess } from "../../src/modules/exchange/commands/revoke-access.ts";
import { type BusClient, busClient, EPAK_SYSTEMS, REGISTER_SERVICES } from "../../src/modules/exchange/index.ts";
import { systemContext } from "../../src/platform/context.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import type { AppServices } from "../../src/platform/module.ts";
import { type TestApp, testApp } from "../harness/app.ts";

const TODAY = "2026-11-23";
const ALL: PrefillSource[] = ["person", "relations", "ownedProperties", "company", "insurance", "benefits"];
const JANIS = "150384-13866";
const LIGA = "220786-10560";
const RAIMONDS = "030371-14620";
const OLENA = "326771-08675";
const IVARS = "140689-11378";
const BERZINU_BUVE = "40103587986";

const person = (personalCode: string): PrefillSubject => ({ personalCode, companyNumber: null });

describe("prefill and address search through the bus", { timeout: 120_000 }, () => {
  let site: TestApp;
  let bus: BusClient;
  let userCount = 0;

  before(async () => {
    site = await testApp({ seed: true });
    const address = site.http.server.address();
    if (!address || typeof address === "string") throw new Error("the test app is not listening");
    // The bus client needs only the database (for its secret) and where this process listens.
    const services = { db: site.database.db, localOrigin: () => `http://127.0.0.1:${address.port}` } as AppServices;
    bus = busClient(services, EPAK_SYSTEMS.eservices);
  });
  after(() => site.close());

  /** A user id of its own per call, so each test finds exactly its calls in the message log. */
  const newCall = () => ({ userId: `user:prefill-test-${++userCount}` });
  const prefill = (subject: PrefillSubject, sources: PrefillSource[] = ALL, call = newCall()) =>
    fetchPrefill(bus, sources, subject, call, TODAY);
  const logged = (userId: string) =>
    site.database.db
      .selectFrom("exchange.message_log")
      .select(["consumer", "service", "status", "subjects", "represented_party"])
      .where("user_id", "=", userId)
      .orderBy("seq")
      .execute();

  test("every source fills exactly its paths, and every call is logged for the person it is about", async () => {
    const call = newCall();
    const { data, unavailable } = await prefill(person(JANIS), ALL, call);
    assert.deepEqual(unavailable, []);
    for (const [path, kind] of Object.entries(PREFILL_SHAPES)) {
      const value = valueAt(data, path);
      assert.ok(kind === "list" ? Array.isArray(value) : typeof value === "string", path);
    }
    assert.deepEqual(Object.keys(data).sort(), [...ALL].sort(), "a source per key, nothing else");
    for (const source of ALL) {
      const own = Object.keys(PREFILL_SHAPES).filter((path) => path.startsWith(`${source}.`));
      assert.deepEqual(Object.keys(data[source] as object).sort(), own.map((path) => path.slice(source.length + 1)).sort(), source);
    }
    const rows = await logged(call.userId);
    assert.ok(rows.length >= 5, "one call per register read");
    for (const row of rows) {
      assert.equal(row.consumer, EPAK_SYSTEMS.eservices);
      assert.equal(row.status, 200, row.service);
      assert.ok((row.subjects as string[]).includes("15038413866"), row.service);
    }
  });

  test("a person's name, code and declared address", async () => {
    const { data } = await prefill(person(JANIS), ["person"]);
    assert.deepEqual(data.person, {
      personalCode: JANIS,
      givenName: "Jānis",
      familyName: "Bērziņš",
      fullName: "Jānis Bērziņš",
      birthDate: "1984-03-15",
      declaredAddress: "Brīvības iela 101-5, Rīga, LV-1001",
      declaredAddressCode: "105117328",
    });
  });

  test("relations: children, the minors among them, this year's newborn Roberts, and the spouse", async () => {
    for (const parent of [JANIS, LIGA]) {
      const { data } = await prefill(person(parent), ["relations"]);
      const names = (path: string) => (valueAt(data, path) as { fullName: string }[]).map((child) => child.fullName);
      assert.deepEqual(names("relations.children"), ["Emīls Bērziņš", "Anna Bērziņa", "Roberts Bērziņš"]);
      assert.deepEqual(names("relations.minorChildren"), ["Emīls Bērziņš", "Anna Bērziņa", "Roberts Bērziņš"]);
      assert.deepEqual(valueAt(data, "relations.newborns"), [
        { personalCode: "326001-83844", fullName: "Roberts Bērziņš", birthDate: "2026-05-09" },
      ]);
    }
    const { data } = await prefill(person(JANIS), ["relations"]);
    assert.equal(valueAt(data, "relations.spouseName"), "Līga Bērziņa");
    assert.equal(valueAt(data, "relations.spouseCode"), LIGA);
    const grown = await prefill(person("301175-15938"), ["relations"]); // Andris Kalniņš: a student son and a minor daughter
    assert.deepEqual(
      (valueAt(grown.data, "relations.minorChildren") as { fullName: string }[]).map((child) => child.fullName),
      ["Marta Kalniņa"],
    );
    assert.deepEqual(valueAt(grown.data, "relations.newborns"), []);
  });

  test("owned properties: the landlord's flats, the tenant's none", async () => {
    const landlord = await prefill(person(RAIMONDS), ["ownedProperties"]);
    assert.deepEqual(valueAt(landlord.data, "ownedProperties.addressCodes"), ["105119246", "105208834", "105121475"]);
    assert.deepEqual((valueAt(landlord.data, "ownedProperties.list") as unknown[])[1], {
      addressCode: "105208834",
      text: "Maskavas iela 250-41, Rīga, LV-1063",
      kind: "apartment",
      cadastreNumber: "01009005532",
    });
    const tenant = await prefill(person(OLENA), ["person", "ownedProperties"]);
    assert.equal(valueAt(tenant.data, "person.declaredAddressCode"), "105208834");
    assert.deepEqual(valueAt(tenant.data, "ownedProperties.addressCodes"), []);
  });

  test("acting for a company: its name and legal address, and what the company owns", async () => {
    const call = { ...newCall(), representedParty: `COM/${BERZINU_BUVE}` };
    const { data, unavailable } = await prefill({ personalCode: JANIS, companyNumber: BERZINU_BUVE }, ["company", "ownedProperties"], call);
    assert.deepEqual(unavailable, []);
    assert.deepEqual(data.company, {
      name: 'SIA "Bērziņu Būve"',
      registrationNumber: BERZINU_BUVE,
      legalAddress: "Krasta iela 68, Rīga, LV-1019",
    });
    assert.deepEqual(valueAt(data, "ownedProperties.addressCodes"), ["105301186"]);
    for (const row of await logged(call.userId)) assert.equal(row.represented_party, call.representedParty);
    const alone = await prefill(person(JANIS), ["company"]);
    assert.deepEqual(alone, { data: { company: { name: "", registrationNumber: "", legalAddress: "" } }, unavailable: [] });
  });

  test("insurance: the last employer, when that work ended, and the whole insured months of the last twelve", async () => {
    const unemployed = await prefill(person(IVARS), ["insurance"]);
    assert.deepEqual(unemployed.data.insurance, {
      lastEmployer: 'SIA "Vidzemes Maiznīca"',
      lastEmployerNumber: "44103096980",
      lastPeriodEnd: "2026-10-31",
      insuredMonths: "12",
    });
    const working = await prefill(person(JANIS), ["insurance"]);
    assert.deepEqual(working.data.insurance, {
      lastEmployer: 'SIA "Bērziņu Būve"',
      lastEmployerNumber: BERZINU_BUVE,
      lastPeriodEnd: "",
      insuredMonths: "12",
    });
    const agnese = await prefill(person("080897-14559"), ["insurance"]); // her work ended on 31 August
    assert.equal(valueAt(agnese.data, "insurance.lastPeriodEnd"), "2026-08-31");
    assert.equal(valueAt(agnese.data, "insurance.insuredMonths"), "10");
    const pensioner = await prefill(person("050837-16429"), ["insurance"]); // Austra Kalniņa, never insured in the data
    assert.deepEqual(pensioner.data.insurance, { lastEmployer: "", lastEmployerNumber: "", lastPeriodEnd: "", insuredMonths: "0" });
  });

  test("benefits paid today, with the monthly amount in euros", async () => {
    const { data } = await prefill(person(LIGA), ["benefits"]);
    assert.deepEqual(valueAt(data, "benefits.current"), [
      { kind: "child", monthlyAmount: "25.00", from: "2013-09-03" },
      { kind: "child", monthlyAmount: "25.00", from: "2020-04-18" },
      { kind: "parental", monthlyAmount: "1395.00", from: "2026-09-04" },
    ]);
    const velta = await prefill(person("021052-18516"), ["benefits"]);
    assert.deepEqual(valueAt(velta.data, "benefits.current"), [{ kind: "old-age-pension", monthlyAmount: "612.40", from: "2015-01-02" }]);
  });

  test("someone the registers do not know has every value empty, and no register is reported unavailable", async () => {
    const { data, unavailable } = await prefill(person("010190-10001"));
    assert.deepEqual(unavailable, []);
    for (const [path, kind] of Object.entries(PREFILL_SHAPES)) {
      assert.deepEqual(valueAt(data, path), kind === "list" ? [] : "", path);
    }
  });

  test("address search answers through the bus, is logged without data subjects, and reads one address back", async () => {
    const call = newCall();
    const found = await searchAddresses(bus, "brivibas 101", call);
    assert.deepEqual(found, [{ addressCode: "105117328", text: "Brīvības iela 101-5, Rīga, LV-1001", municipality: "Rīga" }]);
    const cesis = await searchAddresses(bus, "cesis", call);
    assert.ok(cesis.length >= 5 && cesis.length <= 10, `${cesis.length} in Cēsis`);
    assert.equal(await addressText(bus, "105208834", call), "Maskavas iela 250-41, Rīga, LV-1063");
    assert.equal(await addressText(bus, "100000000", call), null, "no such address");
    assert.equal(await addressText(bus, "12345", call), null, "not an address code");
    assert.deepEqual(await searchAddresses(bus, " b ", call), [], "too short to ask");
    const rows = await logged(call.userId);
    assert.deepEqual(
      rows.map((row) => [row.consumer, row.service, row.status]),
      [
        [EPAK_SYSTEMS.eservices, REGISTER_SERVICES.addresses, 200],
        [EPAK_SYSTEMS.eservices, REGISTER_SERVICES.addresses, 200],
        [EPAK_SYSTEMS.eservices, REGISTER_SERVICES.addresses, 200],
        [EPAK_SYSTEMS.eservices, REGISTER_SERVICES.addresses, 404],
      ],
    );
    for (const row of rows) assert.deepEqual(row.subjects, [], "addresses are not personal data");
  });

  // Last: it withdraws the e-services system's grant for insurance periods.
  test("a register that does not answer is reported; the other sources still fill", async () => {
    const grant = await site.database.db
      .selectFrom("exchange.access_grant as g")
      .innerJoin("exchange.consumer as c", "c.id", "g.consumer_id")
      .innerJoin("exchange.provider_service as s", "s.id", "g.service_id")
      .select("g.id")
      .where("c.client_id", "=", EPAK_SYSTEMS.eservices)
      .where("s.service_id", "=", REGISTER_SERVICES.insurance)
      .where("g.revoked_at", "is", null)
      .executeTakeFirstOrThrow();
    await inTransaction(site.database.db, (trx) => revokeAccess(systemContext("test", trx), grant.id));
    const { data, unavailable } = await prefill(person(IVARS), ["person", "insurance", "benefits"]);
    assert.deepEqual(unavailable, ["insurance"]);
    assert.equal(valueAt(data, "person.fullName"), "Ivars Lapiņš");
    assert.deepEqual(valueAt(data, "benefits.current"), []);
    assert.deepEqual(data.insurance, { lastEmployer: "", lastEmployerNumber: "", lastPeriodEnd: "", insuredMonths: "" });
  });
});
