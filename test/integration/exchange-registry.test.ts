// The data-exchange registry's pages: the public technical description with OpenAPI documents,
// the staff catalogue, and administrators registering a consumer and granting and revoking access.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { registerProviderService } from "../../src/modules/exchange/index.ts";
import { systemContext } from "../../src/platform/context.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { type LoginOptions, loginAsStaff, type Page, Visitor } from "../harness/login.ts";

const ANDRIS = "30117515938"; // administrator at VDAA
const ILZE = "14027814803"; // officer at VSAA

const SERVICE_ID = "LV/GOV/VDAA/testa-registrs/things";
const OPENAPI = {
  openapi: "3.1.0",
  info: { title: "Things", version: "1.0.0" },
  paths: { "/things/{id}": { get: { summary: "One thing" } } },
};

/** A page's text without tags, with the entities it uses read back. */
function text(html: string): string {
  return html
    .replace(/<wbr\/?>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ");
}

function inputValue(html: string, name: string): string {
  const input = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0];
  assert.ok(input, `an input named ${name}`);
  return /value="([^"]*)"/.exec(input)?.[1] ?? "";
}

describe("exchange registry pages", () => {
  let site: TestApp & { url: string };
  let serviceRowId: string;

  before(async () => {
    site = await listeningTestApp({ seed: true });
    serviceRowId = await inTransaction(site.database.db, (trx) =>
      registerProviderService(systemContext("test", trx), {
        serviceId: SERVICE_ID,
        institution: "VDAA",
        name: { lv: "Testa lietas", en: "Test things" },
        description: { lv: "Lietas testam", en: "Things for the test" },
        openapi: OPENAPI,
        baseUrl: "http://127.0.0.1:9/things",
        dataCategories: ["identity", "address"],
        personalData: true,
      }),
    );
  });
  after(() => site.close());

  const asStaff = (options: LoginOptions, unitCode: string) => loginAsStaff(site.url, site.database.db, options, unitCode);

  const consumerId = async (clientId: string): Promise<string> =>
    (await site.database.db.selectFrom("exchange.consumer").select("id").where("client_id", "=", clientId).executeTakeFirstOrThrow()).id;

  test("the public page explains the bus and lists the active services with their OpenAPI documents", async () => {
    const visitor = new Visitor(site.url);
    const page = await visitor.get("/datu-apmaina");
    assert.equal(page.status, 200);
    const body = text(page.body);
    assert.match(body, /Datu apmaiņas pakalpojumi/);
    assert.match(body, /\/r1\/\{instance\}\/\{class\}\/\{member\}\/\{subsystem\}\/\{service\}\/\{path\}/);
    for (const header of [
      "X-Road-Client",
      "X-Road-Id",
      "X-Road-UserId",
      "X-Road-Issue",
      "X-Road-Represented-Party",
      "Authorization: Bearer <secret>",
    ]) {
      assert.ok(body.includes(header), header);
    }
    assert.match(body, /epak-gateway/);
    for (const [code, status] of [
      ["invalid_service_address", 400],
      ["invalid_credentials", 401],
      ["no_grant", 403],
      ["provider_timeout", 504],
    ]) {
      assert.match(body, new RegExp(`${code} ${status} `), `${code} ${status}`);
    }
    assert.match(
      body,
      /Valsts digitālās attīstības aģentūra Testa lietas Pakalpojuma identifikators LV\/GOV\/VDAA\/testa-registrs\/things/,
    );
    assert.match(body, /Datu kategorijas identity, address Personas dati Jā/);
    assert.ok(page.body.includes(`href="/datu-apmaina/openapi/${serviceRowId}.json"`));

    const english = await visitor.get("/en/datu-apmaina");
    assert.match(text(english.body), /Data exchange services.*Test things/);
    assert.ok(english.body.includes(`href="/en/datu-apmaina/openapi/${serviceRowId}.json"`));
  });

  test("a service's OpenAPI document is served as JSON that caches can keep and revalidate", async () => {
    const response = await fetch(`${site.url}/datu-apmaina/openapi/${serviceRowId}.json`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /^application\/json/);
    assert.equal(response.headers.get("cache-control"), "public, max-age=300");
    assert.deepEqual(await response.json(), OPENAPI);
    const etag = response.headers.get("etag");
    assert.ok(etag);
    const again = await fetch(`${site.url}/datu-apmaina/openapi/${serviceRowId}.json`, { headers: { "if-none-match": etag } });
    assert.equal(again.status, 304);

    for (const path of [
      `/datu-apmaina/openapi/${crypto.randomUUID()}.json`,
      "/datu-apmaina/openapi/nav-tads.json",
      `/datu-apmaina/openapi/${serviceRowId}`,
    ]) {
      const missing = await fetch(`${site.url}${path}`);
      assert.equal(missing.status, 404, path);
      assert.match(missing.headers.get("content-type") ?? "", /^application\/json/);
      assert.equal(((await missing.json()) as { error: { code: string } }).error.code, "not_found");
    }
  });

  test("any staff member sees the catalogue and a service's page; only administrators manage grants", async () => {
    const officer = await asStaff({ personalCode: ILZE, method: "eid" }, "VSAA");
    const catalogue = await officer.get("/darbs/datu-apmaina");
    assert.equal(catalogue.status, 200);
    assert.match(
      text(catalogue.body),
      /Valsts digitālās attīstības aģentūra LV\/GOV\/VDAA\/testa-registrs\/things Testa lietas Jā Aktīvs 0/,
    );
    assert.doesNotMatch(catalogue.body, /href="\/darbs\/datu-apmaina\/atlaujas"/);

    const service = await officer.get(`/darbs/datu-apmaina/pakalpojumi/${serviceRowId}`);
    assert.equal(service.status, 200);
    assert.match(service.body, /<section class="epak-table-wrap" aria-label="OpenAPI dokuments, ritināms apgabals" tabindex="0"><pre/);
    assert.ok(text(service.body).includes('"/things/{id}": {'), "the document, pretty-printed");
    assert.equal((await officer.get(`/darbs/datu-apmaina/pakalpojumi/${crypto.randomUUID()}`)).status, 404);

    assert.equal((await officer.get("/darbs/datu-apmaina/atlaujas")).status, 403);
    assert.equal((await officer.get("/darbs/datu-apmaina/pateretaji")).status, 403);
    const refused = await officer.post("/darbs/datu-apmaina/pateretaji", {
      _csrf: officer.csrf(catalogue.body),
      clientId: "LV/GOV/VSAA/sava-sistema",
      institution: "VSAA",
      name: "Sava sistēma",
      publicKey: "",
    });
    assert.equal(refused.status, 403);
  });

  test("an administrator registers a consumer, sees its secret once, grants it a service and revokes the grant", async () => {
    const admin = await asStaff({ personalCode: ANDRIS, method: "eid" }, "VDAA");
    const form = await admin.get("/darbs/datu-apmaina/pateretaji");
    assert.equal(form.status, 200);
    const created = await admin.post("/darbs/datu-apmaina/pateretaji", {
      _csrf: admin.csrf(form.body),
      clientId: "LV/GOV/NVA/bezdarbnieku-uzskaite",
      institution: "NVA",
      name: "NVA bezdarbnieku uzskaites sistēma",
      publicKey: "",
    });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get("cache-control"), "no-store");
    const secret =
      /<dt class="govuk-summary-list__key">Noslēpums<\/dt><dd class="govuk-summary-list__value"><code>([A-Za-z0-9_-]+)<\/code>/.exec(
        created.body,
      )?.[1];
    assert.ok(secret, "the secret is on the page");
    assert.match(text(created.body), /Epak to neglabā, un to vairs nevarēs parādīt/);
    const stored = await site.database.db
      .selectFrom("exchange.consumer")
      .select(["secret_hash", "institution"])
      .where("client_id", "=", "LV/GOV/NVA/bezdarbnieku-uzskaite")
      .executeTakeFirstOrThrow();
    assert.equal(stored.secret_hash, createHash("sha256").update(secret).digest("hex"), "only its hash is kept");
    assert.equal(stored.institution, "NVA");

    const list = await admin.get("/darbs/datu-apmaina/pateretaji");
    assert.match(
      text(list.body),
      /LV\/GOV\/NVA\/bezdarbnieku-uzskaite NVA bezdarbnieku uzskaites sistēma Nodarbinātības valsts aģentūra noslēpums/,
    );
    assert.ok(!list.body.includes(secret), "never shown again");

    const grantsForm = await admin.get("/darbs/datu-apmaina/atlaujas");
    assert.equal(grantsForm.status, 200);
    const id = await consumerId("LV/GOV/NVA/bezdarbnieku-uzskaite");
    const granted = await admin.post("/darbs/datu-apmaina/atlaujas", {
      _csrf: admin.csrf(grantsForm.body),
      consumerId: id,
      serviceId: serviceRowId,
      purposeLv: "Bezdarbnieka statusa pārbaude",
      purposeEn: "Checking unemployment status",
      legalBasis: "Bezdarbnieku un darba meklētāju atbalsta likums, 8. pants",
      exception: "yes",
    });
    assert.equal(granted.status, 303);
    assert.equal(granted.location, "/darbs/datu-apmaina/atlaujas?saglabats=1");
    const listed = await admin.follow(granted);
    assert.match(text(listed.body), /Izdevās Piekļuves atļauja piešķirta/);
    assert.match(
      text(listed.body),
      /NVA bezdarbnieku uzskaites sistēma LV\/GOV\/NVA\/bezdarbnieku-uzskaite Testa lietas LV\/GOV\/VDAA\/testa-registrs\/things Bezdarbnieka statusa pārbaude Bezdarbnieku un darba meklētāju atbalsta likums, 8. pants izņēmums: datu subjektiem neredzams/,
    );
    const grant = await site.database.db
      .selectFrom("exchange.access_grant")
      .select(["id", "exception", "log_bodies", "granted_by"])
      .where("consumer_id", "=", id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([grant.exception, grant.log_bodies], [true, false]);
    assert.match(grant.granted_by, /^user:/);
    assert.ok(listed.body.includes(`action="/darbs/datu-apmaina/atlaujas/${grant.id}/atsaukt"`));

    const service = await admin.get(`/darbs/datu-apmaina/pakalpojumi/${serviceRowId}`);
    assert.match(
      text(service.body),
      /NVA bezdarbnieku uzskaites sistēma .*Bezdarbnieka statusa pārbaude .*izņēmums: datu subjektiem neredzams/,
    );

    const revoked = await admin.post(`/darbs/datu-apmaina/atlaujas/${grant.id}/atsaukt`, { _csrf: admin.csrf(listed.body) });
    assert.equal(revoked.status, 303);
    assert.equal(revoked.location, "/darbs/datu-apmaina/atlaujas?atsaukts=1");
    const after = await admin.follow(revoked);
    assert.match(text(after.body), /Piekļuves atļauja atsaukta/);
    assert.ok(!after.body.includes(`/atlaujas/${grant.id}/atsaukt`), "no revoke button any more");
    assert.match(after.body, /<details class="govuk-details">/);
    assert.match(text(after.body), /Atsauktās atļaujas \(\d+\).*Bezdarbnieka statusa pārbaude/);

    const again = await admin.post(`/darbs/datu-apmaina/atlaujas/${grant.id}/atsaukt`, { _csrf: admin.csrf(after.body) });
    assert.equal(again.status, 404);
  });

  test("bad input is told at each field and what was typed is kept", async () => {
    const admin = await asStaff({ personalCode: ANDRIS, method: "eid" }, "VDAA");
    const form = await admin.get("/darbs/datu-apmaina/pateretaji");
    const csrf = admin.csrf(form.body);
    const bad = await admin.post("/darbs/datu-apmaina/pateretaji", {
      _csrf: csrf,
      clientId: "LV/GOV/NVA",
      institution: "NAV",
      name: " ",
      publicKey: '{"kty":"RSA"}',
    });
    assert.equal(bad.status, 400);
    assert.match(bad.body, /<title>Kļūda: Patērētāji/);
    const errors = [
      "Ievadiet klienta identifikatoru formā instance/klase/dalībnieks/apakšsistēma",
      "Izvēlieties iestādi",
      "Ievadiet sistēmas nosaukumu",
      "Ievadiet Ed25519 publisko atslēgu JWK formātā",
    ];
    const summary = text(/<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(bad.body)?.[0] ?? "");
    assert.deepEqual(
      errors.map((e) => summary.indexOf(e) >= 0),
      [true, true, true, true],
    );
    assert.ok(
      errors.every((e, i) => i === 0 || summary.indexOf(e) > summary.indexOf(errors[i - 1] as string)),
      "in the order of the fields",
    );
    assert.match(bad.body, /<p id="clientId-error" class="govuk-error-message">/);
    assert.match(bad.body, /<p id="publicKey-error" class="govuk-error-message">/);
    assert.equal(inputValue(bad.body, "clientId"), "LV/GOV/NVA");
    assert.match(bad.body, /<textarea[^>]*name="publicKey"[^>]*>\{&quot;kty&quot;:&quot;RSA&quot;\}<\/textarea>/);
    const none = await site.database.db
      .selectFrom("exchange.consumer")
      .select("id")
      .where("client_id", "=", "LV/GOV/NVA")
      .executeTakeFirst();
    assert.equal(none, undefined);

    const onlyInstitution = await admin.post("/darbs/datu-apmaina/pateretaji", {
      _csrf: csrf,
      clientId: "LV/GOV/NVA/cita-sistema",
      institution: "",
      name: "Cita sistēma",
      publicKey: "",
    });
    assert.equal(onlyInstitution.status, 400);
    assert.match(onlyInstitution.body, /<p id="institution-error" class="govuk-error-message">/);
    assert.equal(
      await site.database.db
        .selectFrom("exchange.consumer")
        .select("id")
        .where("client_id", "=", "LV/GOV/NVA/cita-sistema")
        .executeTakeFirst(),
      undefined,
      "the consumer is not kept when only the institution is wrong",
    );

    const taken = await admin.post("/darbs/datu-apmaina/pateretaji", {
      _csrf: csrf,
      clientId: "LV/GOV/VDAA/epak-portals",
      institution: "VDAA",
      name: "Vēl viens portāls",
      publicKey: "",
    });
    assert.equal(taken.status, 400);
    assert.match(taken.body, /Patērētājs ar šādu klienta identifikatoru jau ir reģistrēts/);
    assert.match(taken.body, /<option value="VDAA" selected/);

    const grants = await admin.get("/darbs/datu-apmaina/atlaujas");
    const empty = await admin.post("/darbs/datu-apmaina/atlaujas", {
      _csrf: admin.csrf(grants.body),
      consumerId: "",
      serviceId: serviceRowId,
      purposeLv: "Kaut kas",
      purposeEn: "",
      legalBasis: "",
      logBodies: "yes",
    });
    assert.equal(empty.status, 400);
    for (const field of ["consumerId", "purposeEn", "legalBasis"]) assert.match(empty.body, new RegExp(`<p id="${field}-error"`), field);
    assert.doesNotMatch(empty.body, /<p id="purposeLv-error"/);
    assert.match(text(empty.body), /Izvēlieties patērētāju.*Ievadiet mērķi.*Ievadiet tiesisko pamatu/);
    assert.equal(inputValue(empty.body, "purposeLv"), "Kaut kas");
    assert.match(empty.body, new RegExp(`<option value="${serviceRowId}" selected`));
    assert.match(empty.body, /<input class="govuk-checkboxes__input" id="logBodies" name="logBodies" type="checkbox" value="yes" checked/);
    assert.doesNotMatch(empty.body, /id="exception" name="exception" type="checkbox" value="yes" checked/);

    const portal = await consumerId("LV/GOV/VDAA/epak-portals");
    const twice: Page[] = [];
    for (let i = 0; i < 2; i++) {
      twice.push(
        await admin.post("/darbs/datu-apmaina/atlaujas", {
          _csrf: admin.csrf(grants.body),
          consumerId: portal,
          serviceId: serviceRowId,
          purposeLv: "Pārbaude",
          purposeEn: "A check",
          legalBasis: "Likums",
        }),
      );
    }
    assert.equal(twice[0]?.status, 303);
    assert.equal(twice[1]?.status, 400);
    assert.match(twice[1]?.body ?? "", /Šim patērētājam jau ir spēkā esoša atļauja šim pakalpojumam/);
  });
});
