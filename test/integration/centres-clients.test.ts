// A consultant's work for a visitor at a client service centre, over HTTP as a browser without
// JavaScript does it: identify the visitor (the register and a document), record the written
// authorisation with its scan, fill the place-of-residence declaration for them and submit it;
// the visitor then finds it in their own account with where and by whom it was submitted. An
// authorisation that has run out is refused both at the start and at submission; paper
// applications carry their scan into the case; consultants of other centres and residents see nothing.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAs, loginAsStaff, type Page, Visitor } from "../harness/login.ts";
import { completeResidence, OLENA } from "../harness/residence-application.ts";

const DACE = "25059513742"; // consultant at the Cēsis centre
const LIGA = "22078610560"; // a resident
const SERVICE = "dzivesvietas-deklaresana";
const PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

function errorFields(html: string): string[] {
  const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
  return [...summary.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1] ?? "");
}

function today(): string {
  return new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Riga" });
}

describe("the assisted channel at a client service centre", () => {
  let site: TestApp & { url: string };
  let dace: Visitor;
  let visitPath = "";

  before(async () => {
    site = await listeningTestApp({ seed: true, env: { RATE_LIMIT_MAX: "100000" } });
    dace = await loginAsStaff(site.url, site.database.db, { personalCode: DACE }, "VPVKAC-CESIS", "consultant");
  });
  after(() => site.close());

  const db = () => site.database.db;

  async function identify(visitor: Visitor, fields: [string, string][]): Promise<Page> {
    const form = await visitor.get("/darbs/klienti");
    return visitor.post("/darbs/klienti", [["_csrf", visitor.csrf(form.body)], ...fields]);
  }

  async function recordAuthorisation(scope: [string, string][], scan: Blob | null): Promise<Page> {
    const page = await dace.get(`${visitPath}/pilnvara`);
    assert.equal(page.status, 200);
    const form = new FormData();
    form.set("_csrf", dace.csrf(page.body));
    for (const [name, value] of scope) form.append(name, value);
    if (scan) form.set("scan", scan, "pilnvara.pdf");
    return dace.postMultipart(`${visitPath}/pilnvara`, form);
  }

  test("residents and consultants of other units cannot open the screens", async () => {
    const resident = await loginAs(site.url, { personalCode: LIGA });
    assert.equal((await resident.get("/darbs/klienti")).status, 403);
    assert.equal((await new Visitor(site.url).get("/darbs/klienti")).status, 303);
  });

  test("identifying a visitor: each problem at its field, then the visitor's page", async () => {
    const empty = await identify(dace, []);
    assert.equal(empty.status, 400);
    assert.deepEqual(errorFields(empty.body).sort(), ["documentChecked", "documentKind", "documentNumber", "personalCode"]);
    const wrong = await identify(dace, [
      ["personalCode", "010101-00000"],
      ["documentKind", "passport"],
      ["documentNumber", "lv 12345"],
      ["documentChecked", "yes"],
    ]);
    assert.equal(wrong.status, 400);
    assert.deepEqual(errorFields(wrong.body), ["personalCode"]);
    assert.match(wrong.body, /value="lv 12345"/, "what was typed is kept");

    const done = await identify(dace, [
      ["personalCode", OLENA],
      ["documentKind", "residence_permit"],
      ["documentNumber", "rp 1234567"],
      ["documentChecked", "yes"],
    ]);
    assert.equal(done.status, 303, done.body.slice(0, 400));
    visitPath = new URL(done.location ?? "", site.url).pathname;
    const visit = await dace.get(visitPath);
    assert.equal(visit.status, 200);
    assert.match(visit.body, /Olena Kovalenko/);
    assert.match(visit.body, /••••••567/, "the document number is shown masked");
    assert.match(visit.body, /Nav spēkā esošas pilnvaras/);
    const audit = await db()
      .selectFrom("platform.audit_log")
      .select(["actor", "on_behalf_of", "details"])
      .where("event", "=", "centres.visitor.identify")
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.on_behalf_of, "centre:VPVKAC-CESIS");
    assert.ok(!JSON.stringify(audit).includes("326771"), "no personal code in the audit row");
  });

  test("without an authorisation the consultant cannot start the e-service for the visitor", async () => {
    const visit = await dace.get(visitPath);
    const refused = await dace.post(`${visitPath}/sakt`, [
      ["_csrf", dace.csrf(visit.body)],
      ["service", SERVICE],
    ]);
    assert.equal(refused.status, 403);
    assert.match(refused.body, /nav spēkā esošas rakstiskas pilnvaras/);
  });

  test("recording an authorisation: a missing scan and bad dates are refused at their fields; then it is in force", async () => {
    const bad = await recordAuthorisation(
      [
        ["scope", "chosen"],
        ["validFrom", "2020-01-01"],
        ["validUntil", "nav datums"],
      ],
      null,
    );
    assert.equal(bad.status, 400);
    assert.deepEqual(errorFields(bad.body).sort(), ["scan", "services", "validFrom", "validUntil"]);
    const notPdf = await recordAuthorisation(
      [
        ["scope", "all"],
        ["validFrom", today()],
        ["validUntil", today()],
      ],
      new Blob(["MZ not a scan"], { type: "application/pdf" }),
    );
    assert.equal(notPdf.status, 400);
    assert.deepEqual(errorFields(notPdf.body), ["scan"]);

    const saved = await recordAuthorisation(
      [
        ["scope", "chosen"],
        ["services", SERVICE],
        ["validFrom", today()],
        ["validUntil", today()],
      ],
      new Blob([PDF], { type: "application/pdf" }),
    );
    assert.equal(saved.status, 303, saved.body.slice(0, 500));
    const visit = await dace.follow(saved);
    assert.match(visit.body, /Rakstiskā pilnvara reģistrēta/);
    assert.match(visit.body, /PIL-\d{4}-\d{6}/);
    assert.match(visit.body, /Aizpildīt klienta vārdā/);
    const scanHref = /href="([^"]+\/skenejums)"/.exec(visit.body)?.[1] ?? "";
    const scan = await dace.get(scanHref);
    assert.equal(scan.status, 200);
    assert.equal(scan.headers.get("content-type"), "application/pdf");
  });

  test("the consultant fills and submits the declaration for the visitor; the visitor sees who submitted it", async () => {
    const visit = await dace.get(visitPath);
    const started = await dace.post(`${visitPath}/sakt`, [
      ["_csrf", dace.csrf(visit.body)],
      ["service", SERVICE],
    ]);
    assert.equal(started.status, 303, started.body.slice(0, 400));
    const applicationId = /\/pieteikumi\/([0-9a-f-]{36})/.exec(started.location ?? "")?.[1] ?? "";
    assert.ok(applicationId);
    const first = await dace.follow(started);
    assert.match(first.body, /Olena Kovalenko/, "the form is prefilled with the visitor's register data");

    const submitted = await completeResidence(dace, started, applicationId);
    assert.equal(submitted.status, 303, submitted.body.slice(0, 600));
    const row = await db()
      .selectFrom("eservices.application")
      .select(["channel", "created_by", "subject_kind", "number", "assistance"])
      .where("id", "=", applicationId)
      .executeTakeFirstOrThrow();
    assert.equal(row.channel, "assisted");
    assert.equal(row.subject_kind, "person");
    assert.match(row.number ?? "", /^EP-\d{4}-\d{6}$/);
    const receipt = await dace.get(`/pieteikumi/${applicationId}/apliecinajums.pdf`);
    assert.equal(receipt.status, 200, "the consultant prints the receipt");
    const afterVisit = await dace.get(visitPath);
    assert.match(afterVisit.body, /Drukāt apliecinājumu/);

    const olena = await loginAs(site.url, { personalCode: OLENA });
    const mine = await olena.get("/mani-pieteikumi");
    assert.ok(mine.body.includes(row.number ?? "?"), "the application is in the visitor's own account");
    assert.match(mine.body, /konsultants: Dace Liepiņa/);
    assert.match(mine.body, /rakstiskā pilnvara: PIL-\d{4}-\d{6}/);
    const forHer = await db()
      .selectFrom("platform.audit_log")
      .select(["actor", "channel", "details"])
      .where("event", "=", "eservices.application.submit-for")
      .executeTakeFirstOrThrow();
    assert.equal(forHer.channel, "assisted");
  });

  test("an authorisation that has run out is refused at the start and at submission, and the draft is kept", async () => {
    const visit = await dace.get(visitPath);
    const started = await dace.post(`${visitPath}/sakt`, [
      ["_csrf", dace.csrf(visit.body)],
      ["service", SERVICE],
    ]);
    assert.equal(started.status, 303);
    const applicationId = /\/pieteikumi\/([0-9a-f-]{36})/.exec(started.location ?? "")?.[1] ?? "";
    // The authorisation was valid for one day; that day is now past.
    await sql`update mandates.authorisation set valid_from = valid_from - 10, valid_until = valid_until - 1`.execute(db());
    const submitted = await completeResidence(dace, started, applicationId);
    assert.equal(submitted.status, 403);
    assert.match(submitted.body, /pilnvaras PIL-\d{4}-\d{6} derīguma termiņš ir beidzies/);
    const row = await db().selectFrom("eservices.application").select(["status"]).where("id", "=", applicationId).executeTakeFirstOrThrow();
    assert.equal(row.status, "draft");
    const again = await dace.get(visitPath);
    const refused = await dace.post(`${visitPath}/sakt`, [
      ["_csrf", dace.csrf(again.body)],
      ["service", SERVICE],
    ]);
    assert.equal(refused.status, 403);
    assert.match(refused.body, /PIL-\d{4}-\d{6} derīguma termiņš ir beidzies/);
  });

  test("a paper application: the scan is required, then it is the visitor's application with the scan among its files", async () => {
    const page = await dace.get(`${visitPath}/papira?pakalpojums=${SERVICE}`);
    assert.equal(page.status, 200);
    const noScan = new FormData();
    noScan.set("_csrf", dace.csrf(page.body));
    noScan.set("service", SERVICE);
    const refused = await dace.postMultipart(`${visitPath}/papira`, noScan);
    assert.equal(refused.status, 400);
    assert.deepEqual(errorFields(refused.body), ["scan"]);
    const form = new FormData();
    form.set("_csrf", dace.csrf(page.body));
    form.set("service", SERVICE);
    form.set("scan", new Blob([PDF], { type: "application/pdf" }), "iesniegums.pdf");
    const started = await dace.postMultipart(`${visitPath}/papira`, form);
    assert.equal(started.status, 303, started.body.slice(0, 400));
    const applicationId = /\/pieteikumi\/([0-9a-f-]{36})/.exec(started.location ?? "")?.[1] ?? "";
    const submitted = await completeResidence(dace, started, applicationId);
    assert.equal(submitted.status, 303, "paper needs no authorisation: the visitor signed the paper");
    const files = await db().selectFrom("eservices.attachment").select(["question"]).where("application_id", "=", applicationId).execute();
    assert.ok(files.some((f) => f.question === "paperScan"));
    const row = await db()
      .selectFrom("eservices.application")
      .select(["channel"])
      .where("id", "=", applicationId)
      .executeTakeFirstOrThrow();
    assert.equal(row.channel, "paper");
  });

  test("the statistics count the assisted and the paper application by centre, service and channel", async () => {
    const andris = await loginAsStaff(site.url, db(), { personalCode: "30117515938" }, "VDAA", "administrator");
    const page = await andris.get(`/darbs/klientu-centri/statistika?no=${today()}&lidz=${today()}`);
    assert.equal(page.status, 200);
    const row =
      /<tr class="govuk-table__row">\s*<td class="govuk-table__cell">([^<]*Cēs[^<]*)<\/td>\s*<td class="govuk-table__cell">([^<]+)<\/td>\s*<td[^>]*>(\d+)<\/td>\s*<td[^>]*>(\d+)<\/td>/.exec(
        page.body,
      );
    assert.ok(row, page.body.slice(0, 200));
    assert.equal(row[2], "Dzīvesvietas deklarēšana");
    assert.deepEqual([row[3], row[4]], ["1", "1"], "one assisted (the refused draft is not counted), one paper");
    const bad = await andris.get("/darbs/klientu-centri/statistika?no=2026-13-01&lidz=x");
    assert.equal(bad.status, 400);
    assert.equal((await dace.get("/darbs/klientu-centri/statistika")).status, 403);
  });

  test("a consultant of another centre cannot open this visit or its authorisation's scan", async () => {
    const liga = await db().selectFrom("identity.person").select("id").where("personal_code", "=", LIGA).executeTakeFirstOrThrow();
    await db()
      .insertInto("identity.staff_membership")
      .values({ person_id: liga.id, role: "consultant", unit_kind: "centre", unit_code: "VPVKAC-RIGA" })
      .execute();
    const other = await loginAsStaff(site.url, db(), { personalCode: LIGA }, "VPVKAC-RIGA", "consultant");
    assert.equal((await other.get("/darbs/klienti")).status, 200, "a consultant of her own centre");
    assert.equal((await other.get(visitPath)).status, 404);
    const authorisation = await db().selectFrom("mandates.authorisation").select("id").executeTakeFirstOrThrow();
    assert.equal((await other.get(`${visitPath}/pilnvaras/${authorisation.id}/skenejums`)).status, 404);
  });
});
