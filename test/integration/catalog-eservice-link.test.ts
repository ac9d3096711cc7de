// A published e-service is its catalogue service's online channel and sets its maturity level:
// the service page's start button and words, the JSON API and the search's "online" filter all
// follow the link, for a local variant only that variant, and withdrawing it undoes all of it.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { linkEService, unlinkEService } from "../../src/modules/catalog/index.ts";
import type { Context } from "../../src/platform/context.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { AppError } from "../../src/platform/errors.ts";
import { type TestApp, testApp } from "../harness/app.ts";

type Json = Record<string, unknown>;

// Neither is a service another helper's demo e-services link, so the seed leaves them unlinked.
const SERVICE = "vakcinacijas-pieteiksana";
const PATH = `/e-pakalpojumi/${SERVICE}`;
const VARIANT = "dzimsanas-registracija-adazu";
const OTHER_VARIANT = "dzimsanas-registracija-aluksnes";
const TEMPLATE = "dzimsanas-registracija";

function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The service page's "how to get it" section. */
function howToGet(html: string): string {
  const section = /<section aria-labelledby="how-to-get">([\s\S]*?)<\/section>/.exec(html)?.[1];
  assert.ok(section, "the page has its how-to-get section");
  return section;
}

function startLinks(section: string): string[] {
  return [...section.matchAll(/<a href="([^"]+)"[^>]*class="govuk-button govuk-button--start/g)].map((m) => m[1] ?? "");
}

describe("a service's own e-service in the catalogue", () => {
  let t: TestApp;
  let origin: string;

  const context = (trx: Context["trx"]): Context => ({ actor: "system:test", onBehalfOf: null, channel: "system", trx, requestId: null });
  const link = (input: Parameters<typeof linkEService>[1]) => inTransaction(t.database.db, (trx) => linkEService(context(trx), input));
  const unlink = (service: string) => inTransaction(t.database.db, (trx) => unlinkEService(context(trx), { service }));
  const page = async (url: string) => {
    const res = await t.http.inject({ method: "GET", url });
    assert.equal(res.statusCode, 200, url);
    return res.body;
  };
  const json = async (url: string) => {
    const res = await t.http.inject({ method: "GET", url });
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
    return res.json();
  };
  const onlineIdentifiers = async (query = "") =>
    ((await json(`/api/v1/services?online=true&limit=100${query}`)).items as { identifier: string }[]).map((i) => i.identifier);
  /** The search page's count beside "available online". */
  const onlineFacet = async () => {
    const facet = /<div class="epak-facet" id="facet-online">([\s\S]*?)<\/ul>/.exec(await page("/pakalpojumi"))?.[1] ?? "";
    return Number(/\((\d+)\)/.exec(text(facet))?.[1] ?? Number.NaN);
  };
  const auditRows = (event: string, service: string) =>
    t.database.db
      .selectFrom("platform.audit_log")
      .select(["actor", "details"])
      .where("event", "=", event)
      .where("subject_type", "=", "service")
      .where("subject_id", "=", service)
      .orderBy("id")
      .execute();

  before(async () => {
    t = await testApp({ seed: true });
    origin = t.config.publicUrl;
  });
  after(() => t.close());

  test("linking gives the service page a start button to the e-service and says what it does", async () => {
    const before = await page(`/pakalpojumi/${SERVICE}`);
    assert.deepEqual(startLinks(howToGet(before)), []);
    assert.match(text(before), /Elektronizācijas līmenis 1 no 5/);

    await link({ service: SERVICE, path: PATH, maturity: 4 });

    const lv = await page(`/pakalpojumi/${SERVICE}`);
    const section = howToGet(lv);
    assert.deepEqual(startLinks(section), [PATH]);
    assert.match(text(section), /Sākt e-pakalpojumu/);
    assert.match(text(section), /Šis e-pakalpojums sasniedz 4\. elektronizācijas līmeni no 5\. Viss notiek tiešsaistē/);
    assert.match(text(lv), /Elektronizācijas līmenis 4 no 5 – pakalpojumu var pieprasīt un saņemt tiešsaistē/);

    const en = await page(`/en/pakalpojumi/${SERVICE}`);
    assert.deepEqual(startLinks(howToGet(en)), [`/en${PATH}`]);
    assert.match(text(howToGet(en)), /Start the e-service/);
    assert.match(text(howToGet(en)), /This e-service reaches level 4 of 5\. It all happens online/);
  });

  test("the API gives the e-service, its level as the service's, and documents both", async () => {
    const service = await json(`/api/v1/services/${SERVICE}`);
    assert.equal(service.maturity, 4);
    assert.deepEqual(service.eService, { url: `${origin}${PATH}`, urlEn: `${origin}/en${PATH}`, maturity: 4 });
    assert.deepEqual(service.channels[0], { type: "online", url: `${origin}${PATH}` });

    const openApi = await json("/api/openapi.json");
    const documented = openApi.components.schemas.Service.properties as Json;
    assert.ok("eService" in documented);
    assert.deepEqual(Object.keys(openApi.components.schemas.EService.properties).sort(), Object.keys(service.eService).sort());
  });

  test("a linked service counts as online in search, its facet and the institution's list", async () => {
    assert.ok((await onlineIdentifiers("&q=vakcinacija")).includes(SERVICE));
    const institution = await json("/api/v1/institutions/NVD");
    assert.equal(institution.services.find((s: Json) => s.identifier === SERVICE)?.online, true);

    const withLink = await onlineFacet();
    await unlink(SERVICE);
    assert.equal(await onlineFacet(), withLink - 1);
    assert.ok(!(await onlineIdentifiers("&q=vakcinacija")).includes(SERVICE));
  });

  test("withdrawn, the service reads again as its description says", async () => {
    const service = await json(`/api/v1/services/${SERVICE}`);
    assert.equal(service.maturity, 1);
    assert.equal(service.eService, undefined);
    assert.ok(!service.channels.some((c: Json) => c.type === "online"));
    assert.deepEqual(startLinks(howToGet(await page(`/pakalpojumi/${SERVICE}`))), []);
  });

  test("linking again replaces the link, and each change leaves an audit row", async () => {
    await link({ service: SERVICE, path: PATH, maturity: 3 });
    await link({ service: SERVICE, path: `${PATH}?versija=2`, maturity: 5 });
    const service = await json(`/api/v1/services/${SERVICE}`);
    assert.equal(service.maturity, 5);
    assert.equal(service.eService.url, `${origin}${PATH}?versija=2`);
    assert.equal(service.channels.filter((c: Json) => c.type === "online").length, 1);
    assert.match(text(howToGet(await page(`/pakalpojumi/${SERVICE}`))), /iestādes pašas apmainās ar datiem/);

    const links = await auditRows("catalog.eservice.link", SERVICE);
    assert.deepEqual(
      links.map((r) => r.details),
      [
        { path: PATH, maturity: 4 },
        { path: PATH, maturity: 3 },
        { path: `${PATH}?versija=2`, maturity: 5 },
      ],
    );
    assert.ok(links.every((r) => r.actor === "system:test"));
    assert.equal((await auditRows("catalog.eservice.unlink", SERVICE)).length, 1);
  });

  test("the e-service takes the place of the online ways the description named; the others stay", async () => {
    const described = await json("/api/v1/services/pases-izsniegsana");
    assert.ok(described.channels.some((c: Json) => c.type === "online" && String(c.url).includes("latvija.lv")));
    const offline = described.channels.filter((c: Json) => c.type !== "online");
    assert.ok(offline.length > 0);

    await link({ service: "pases-izsniegsana", path: "/e-pakalpojumi/pases-izsniegsana", maturity: 3 });

    const linked = await json("/api/v1/services/pases-izsniegsana");
    assert.deepEqual(linked.channels, [{ type: "online", url: `${origin}/e-pakalpojumi/pases-izsniegsana` }, ...offline]);
    const section = howToGet(await page("/pakalpojumi/pases-izsniegsana"));
    assert.deepEqual(startLinks(section), ["/e-pakalpojumi/pases-izsniegsana"]);
    assert.doesNotMatch(section, /latvija\.lv/);
    assert.match(
      text(section),
      /Šis e-pakalpojums sasniedz 3\. elektronizācijas līmeni no 5\. Tiešsaistē aizpildāt un iesniedzat pieteikumu\./,
    );
  });

  test("a local variant's link is that variant's alone", async () => {
    const path = "/e-pakalpojumi/dzimsanas-registracija-adazu";
    await link({ service: VARIANT, path, maturity: 3 });

    assert.deepEqual(startLinks(howToGet(await page(`/pakalpojumi/${VARIANT}`))), [path]);
    assert.equal((await json(`/api/v1/services/${VARIANT}`)).maturity, 3);
    for (const other of [OTHER_VARIANT, TEMPLATE]) {
      assert.ok(!startLinks(howToGet(await page(`/pakalpojumi/${other}`))).includes(path), other);
      const body = await json(`/api/v1/services/${other}`);
      assert.equal(body.eService, undefined, other);
      assert.equal(body.maturity, 2, other);
    }
    assert.ok((await onlineIdentifiers("&municipality=ADAZU&q=dzimsanas")).includes(VARIANT));
    assert.ok(!(await onlineIdentifiers("&municipality=ALUKSNES&q=dzimsanas")).includes(OTHER_VARIANT));
  });

  test("a path that is not exactly one of this site's is refused and nothing is stored", async () => {
    for (const path of [
      "https://e.example.lv/pieteikums",
      "//e.example.lv/pieteikums",
      "e-pakalpojumi/x",
      "/\\e.example.lv",
      "/e-pakalpojumi/../darbs",
      "/e-pakalpojumi/x#sakums",
      "/e-pakalpojumi/\tx",
      "/e-pakalpojumi/ x",
      "",
    ]) {
      await assert.rejects(
        link({ service: "vpvkac-konsultacija", path, maturity: 3 }),
        (error: unknown) => error instanceof AppError && error.code === "catalog_eservice_bad_path" && error.status === 400,
        JSON.stringify(path),
      );
    }
    const stored = await t.database.db
      .selectFrom("catalog.eservice_link")
      .select("service")
      .where("service", "=", "vpvkac-konsultacija")
      .execute();
    assert.deepEqual(stored, []);
  });

  test("a service the catalogue does not have is 404 unknown_service", async () => {
    for (const attempt of [
      () => link({ service: "nav-tada-pakalpojuma", path: "/e-pakalpojumi/nav-tada-pakalpojuma", maturity: 3 }),
      () => unlink("nav-tada-pakalpojuma"),
    ]) {
      await assert.rejects(
        attempt(),
        (error: unknown) => error instanceof AppError && error.code === "unknown_service" && error.status === 404,
      );
    }
    assert.equal((await auditRows("catalog.eservice.link", "nav-tada-pakalpojuma")).length, 0);
  });
});
