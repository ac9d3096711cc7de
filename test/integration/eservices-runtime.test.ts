// The form runtime through HTTP, as a browser without JavaScript uses it: a tenant declares her
// residence at a flat she does not own (so the owner's consent step appears), with a wrong date
// corrected on the way, a break with save and return, a file checked by its content, "check your
// answers", and a submission sent twice that makes one application with one receipt.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { extractText, getDocumentProxy } from "unpdf";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAs, type Page, type Visitor } from "../harness/login.ts";

const OLENA = "326771-08675";
const RAIMONDS = "030371-14620";
const SERVICE = "dzivesvietas-deklaresana";

let t: TestApp;
let base: string;

before(async () => {
  const site = await listeningTestApp({ seed: true });
  t = site;
  base = site.url;
});
after(() => t.close());

function pdfBytes(): string {
  return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
}

async function post(visitor: Visitor, page: Page, path: string, fields: [string, string][]): Promise<Page> {
  return visitor.post(path, [["_csrf", visitor.csrf(page.body)], ...fields]);
}

async function startAsOlena(): Promise<{ visitor: Visitor; draft: string; first: Page }> {
  const visitor = await loginAs(base, { personalCode: OLENA });
  const start = await visitor.get(`/e-pakalpojumi/${SERVICE}`);
  assert.equal(start.status, 200);
  const started = await post(visitor, start, `/e-pakalpojumi/${SERVICE}/sakt`, [["for", "s0"]]);
  assert.equal(started.status, 303);
  const draft = /\/pieteikumi\/([0-9a-f-]{36})/.exec(started.location ?? "")?.[1];
  assert.ok(draft, `started draft: ${started.location}`);
  const first = await visitor.follow(started);
  return { visitor, draft, first };
}

test("a tenant declares her residence: consent step, corrected date, save and return, one application for two submits", async () => {
  const { visitor, draft, first } = await startAsOlena();
  assert.match(first.url.pathname, /\/lapa\/person$/);
  assert.match(first.body, /Kovalenko/, "the person's name comes from the population register");

  const person = await post(visitor, first, first.url.pathname, [["action", "continue"]]);
  const addressPage = await visitor.follow(person);
  assert.match(addressPage.url.pathname, /\/lapa\/newAddress$/);

  // The address is searched in the address data and chosen from the results.
  const searched = await post(visitor, addressPage, addressPage.url.pathname, [
    ["action", "search:address"],
    ["address.search", "brivibas 101"],
  ]);
  assert.equal(searched.status, 200);
  assert.match(searched.body, /Brīvības iela 101-5, Rīga/);
  const chosen = await post(visitor, searched, addressPage.url.pathname, [
    ["action", "continue"],
    ["address", "105117328"],
  ]);
  const movedIn = await visitor.follow(chosen);
  assert.match(movedIn.url.pathname, /\/lapa\/movedIn$/);

  // A date in the future is refused next to the field, and what was typed stays.
  const future = await post(visitor, movedIn, movedIn.url.pathname, [
    ["action", "continue"],
    ["livingFrom.day", "5"],
    ["livingFrom.month", "1"],
    ["livingFrom.year", "2031"],
  ]);
  assert.equal(future.status, 422);
  assert.match(future.body, /govuk-error-summary/);
  assert.match(future.body, /href="#livingFrom-day"/);
  assert.match(future.body, /value="2031"/);

  // A break: save, leave, come back through "Mani pieteikumi".
  const saved = await post(visitor, future, movedIn.url.pathname, [
    ["action", "save"],
    ["livingFrom.day", "1"],
    ["livingFrom.month", "11"],
    ["livingFrom.year", "2026"],
  ]);
  assert.match((await visitor.follow(saved)).body, /saglabāts/i);
  const mine = await visitor.get("/mani-pieteikumi");
  assert.match(mine.body, new RegExp(`/pieteikumi/${draft}`));
  const resumed = await visitor.follow(await visitor.get(`/pieteikumi/${draft}`));
  assert.match(resumed.url.pathname, /\/lapa\/movedIn$/, "the draft resumes at the first page not completed");
  assert.match(resumed.body, /value="2026"/);
  const basisPage = await visitor.follow(
    await post(visitor, resumed, resumed.url.pathname, [
      ["action", "continue"],
      ["livingFrom.day", "1"],
      ["livingFrom.month", "11"],
      ["livingFrom.year", "2026"],
    ]),
  );
  assert.match(basisPage.url.pathname, /\/lapa\/legalBasis$/, "she does not own the flat, so the legal basis is asked");
  const ownerPage = await visitor.follow(
    await post(visitor, basisPage, basisPage.url.pathname, [
      ["action", "continue"],
      ["basis", "ownerConsent"],
      ["ownerKind", "person"],
    ]),
  );
  assert.match(ownerPage.url.pathname, /\/lapa\/owner$/);
  assert.match(ownerPage.body, /enctype="multipart\/form-data"/);

  // A file that is not what its name says is refused by its content; a real PDF is kept.
  const ownerFields = (file: Blob, name: string) => {
    const form = new FormData();
    form.set("_csrf", visitor.csrf(ownerPage.body));
    form.set("action", "continue");
    form.set("ownerName", "Raimonds Vanags");
    form.set("ownerPersonalCode", RAIMONDS);
    form.set("consentDocument", file, name);
    return form;
  };
  const fake = await visitor.postMultipart(ownerPage.url.pathname, ownerFields(new Blob(["<html>not a pdf</html>"]), "piekrisana.pdf"));
  assert.equal(fake.status, 422);
  assert.match(fake.body, /Šāda veida failu pievienot nevar/);
  const withPdf = await visitor.postMultipart(
    ownerPage.url.pathname,
    ownerFields(new Blob([pdfBytes()], { type: "application/pdf" }), "piekrišana.pdf"),
  );
  assert.equal(withPdf.status, 303, withPdf.body.slice(0, 300));
  const notice = await visitor.follow(withPdf);
  assert.match(notice.url.pathname, /\/lapa\/notice$/);
  const check = await visitor.follow(
    await post(visitor, notice, notice.url.pathname, [
      ["action", "continue"],
      ["delivery", "eAddress"],
    ]),
  );
  assert.match(check.url.pathname, /\/parbaude$/);
  assert.match(check.body, /Brīvības iela 101-5, Rīga/);
  assert.match(check.body, /piekrišana\.pdf/);

  // Without the declaration ticked, nothing is submitted.
  const unticked = await post(visitor, check, `/pieteikumi/${draft}/iesniegt`, []);
  assert.equal(unticked.status, 422);

  // Two submissions of the same draft, at once: one application, one number.
  const token = visitor.csrf(check.body);
  const [a, b] = await Promise.all([
    visitor.post(`/pieteikumi/${draft}/iesniegt`, [
      ["_csrf", token],
      ["declaration", "yes"],
    ]),
    visitor.post(`/pieteikumi/${draft}/iesniegt`, [
      ["_csrf", token],
      ["declaration", "yes"],
    ]),
  ]);
  assert.equal(a.status, 303);
  assert.equal(b.status, 303);
  const rows = await t.database.db
    .selectFrom("eservices.application")
    .select(["number", "status", "channel", "subject_kind"])
    .where("id", "=", draft)
    .execute();
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.status, "submitted");
  assert.equal(rows[0]?.channel, "online");
  assert.match(rows[0]?.number ?? "", /^EP-\d{4}-\d{6}$/);
  const submits = await t.database.db
    .selectFrom("platform.audit_log")
    .select("id")
    .where("event", "=", "eservices.application.submit")
    .where("subject_id", "=", draft)
    .execute();
  assert.equal(submits.length, 1);
  const jobs = await t.database.db.selectFrom("eservices.receipt").select("application_id").where("application_id", "=", draft).execute();
  assert.equal(jobs.length, 1);

  const confirmation = await visitor.follow(a);
  assert.match(confirmation.body, new RegExp(rows[0]?.number ?? "none"));
  const receipt = await fetch(`${base}/pieteikumi/${draft}/apliecinajums.pdf`, {
    headers: { cookie: `epak_session=${visitor.cookie("epak_session")}` },
  });
  assert.equal(receipt.headers.get("content-type"), "application/pdf");
  const text = (await extractText(await getDocumentProxy(new Uint8Array(await receipt.arrayBuffer())), { mergePages: true })).text;
  assert.match(text, /Olena Kovalenko/);
  assert.match(text, /Brīvības iela 101-5/);
});

test("another person cannot open someone's draft, and a deleted draft is gone", async () => {
  const { visitor, draft } = await startAsOlena();
  const stranger = await loginAs(base, { personalCode: RAIMONDS });
  assert.equal((await stranger.get(`/pieteikumi/${draft}/lapa/person`)).status, 404);
  const mine = await visitor.get("/mani-pieteikumi");
  const deleted = await post(visitor, mine, `/pieteikumi/${draft}/dzest`, []);
  assert.equal(deleted.status, 303);
  assert.equal((await visitor.get(`/pieteikumi/${draft}/lapa/person`)).status, 404);
});
