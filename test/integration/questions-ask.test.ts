// Asking an institution a question through HTTP, as a browser without JavaScript does: field
// messages with what was typed kept, the reference number, the same form sent twice making one
// question, and "Mani jautājumi" showing only the person's own questions.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAs, type Page, type Visitor } from "../harness/login.ts";

const JANIS = "15038413866";
const OLENA = "32677108675";

function submissionOf(page: Page): string {
  const key = /name="submission" value="([^"]+)"/.exec(page.body)?.[1];
  assert.ok(key, "the form carries its submission key");
  return key;
}

/** The error summary's links, as [field, message]. */
function errorSummary(body: string): [string, string][] {
  const summary = /<div class="govuk-error-summary__body">([\s\S]*?)<\/div>/.exec(body)?.[1] ?? "";
  return [...summary.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((m) => [m[1] ?? "", m[2] ?? ""]);
}

function selectedInstitution(body: string): string | null {
  const chosen = /<option value(?:="([^"]*)")? selected/.exec(body);
  return chosen ? (chosen[1] ?? "") : null;
}

describe("asking a question", () => {
  let site: TestApp & { url: string };

  before(async () => {
    site = await listeningTestApp({ seed: true });
  });
  after(() => site.close());

  async function form(visitor: Visitor, path = "/uzdot-jautajumu"): Promise<Page> {
    const page = await visitor.get(path);
    assert.equal(page.status, 200);
    return page;
  }

  async function ask(visitor: Visitor, page: Page, fields: Record<string, string>, path = "/uzdot-jautajumu"): Promise<Page> {
    return visitor.post(path, { _csrf: visitor.csrf(page.body), submission: submissionOf(page), ...fields });
  }

  test("the form needs a login, and comes back to it after logging in", async () => {
    const anonymous = await fetch(`${site.url}/uzdot-jautajumu`, { redirect: "manual" });
    assert.equal(anonymous.status, 303);
    assert.equal(anonymous.headers.get("location"), "/pieslegties?atpakal=%2Fuzdot-jautajumu");
    const visitor = await loginAs(site.url, { personalCode: JANIS, back: "/uzdot-jautajumu" });
    assert.match((await form(visitor)).body, /<h1 class="govuk-heading-l">Uzdot jautājumu iestādei<\/h1>/);
  });

  test("an empty form names every field in the summary and beside the field", async () => {
    const visitor = await loginAs(site.url, { personalCode: JANIS, back: "/uzdot-jautajumu" });
    const page = await ask(visitor, await form(visitor), { institution: "", subject: "", question: "" });
    assert.equal(page.status, 400);
    assert.match(page.body, /<title>Kļūda: Uzdot jautājumu iestādei/);
    assert.deepEqual(errorSummary(page.body), [
      ["institution", "Izvēlieties iestādi, kurai jautājat"],
      ["subject", "Ierakstiet jautājuma tematu"],
      ["question", "Ierakstiet savu jautājumu"],
    ]);
    assert.match(page.body, /id="subject-error"/);
    assert.match(page.body, /id="question-error"/);
    const stored = await site.database.db.selectFrom("questions.question").select("id").where("subject", "=", "").execute();
    assert.equal(stored.length, 0);
  });

  test("too long a text and an unknown institution are refused, and what was typed stays", async () => {
    const visitor = await loginAs(site.url, { personalCode: JANIS, back: "/uzdot-jautajumu" });
    const first = await form(visitor);
    const subject = "Ā".repeat(151);
    const question = `${"Garš jautājums ar <b>zīmēm</b> & rindām.\r\n".repeat(100)}`;
    const page = await ask(visitor, first, { institution: "NAV-TADAS", subject, question, emailNotice: "yes" });
    assert.equal(page.status, 400);
    assert.deepEqual(errorSummary(page.body), [
      ["institution", "Izvēlieties iestādi no saraksta"],
      ["subject", "Tematam jābūt ne garākam par 150 rakstzīmēm"],
      ["question", "Jautājumam jābūt ne garākam par 4000 rakstzīmēm"],
      ["emailNotice", "Lai saņemtu paziņojumu e-pastā, vispirms apstipriniet e-pasta adresi sadaļā “Mani dati” vai noņemiet atzīmi"],
    ]);
    assert.match(page.body, new RegExp(`value="${subject}"`), "the subject as typed");
    assert.ok(page.body.includes("Garš jautājums ar &lt;b>zīmēm&lt;/b> &amp; rindām."), "the question as typed, escaped");
    assert.equal(submissionOf(page), submissionOf(first), "still the same form");
  });

  test("a question is stored with a JA number, audited without personal data, and confirmed", async () => {
    const visitor = await loginAs(site.url, { personalCode: JANIS, back: "/uzdot-jautajumu" });
    const sent = await ask(visitor, await form(visitor), {
      institution: "VSAA",
      subject: "  Pabalsts par bērna piedzimšanu  ",
      question: "Labdien!\r\n\r\nKad izmaksās pabalstu?",
    });
    assert.equal(sent.status, 303);
    const id = /^\/uzdot-jautajumu\/mani\/([0-9a-f-]{36})\/nosutits$/.exec(sent.location ?? "")?.[1];
    assert.ok(id, `sent to the confirmation: ${sent.location}`);
    const confirmation = await visitor.follow(sent);
    const number = /<strong>(JA-\d{4}-\d{6})<\/strong>/.exec(confirmation.body)?.[1];
    assert.ok(number, "the confirmation shows the reference number");
    assert.match(confirmation.body, /Jautājums nosūtīts iestādei: Valsts sociālās apdrošināšanas aģentūra\./);

    const row = await site.database.db
      .selectFrom("questions.question")
      .select(["number", "institution", "subject", "body", "status", "asker_name", "locale"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, {
      number,
      institution: "VSAA",
      subject: "Pabalsts par bērna piedzimšanu",
      body: "Labdien!\n\nKad izmaksās pabalstu?",
      status: "waiting",
      asker_name: "Jānis Bērziņš",
      locale: "lv",
    });
    assert.match(number, new RegExp(`^JA-${new Date().getUTCFullYear()}-\\d{6}$`));

    const audit = await site.database.db
      .selectFrom("platform.audit_log")
      .select(["actor", "on_behalf_of", "subject_type", "details"])
      .where("event", "=", "questions.question.ask")
      .where("subject_id", "=", id)
      .executeTakeFirstOrThrow();
    assert.match(audit.actor, /^user:[0-9a-f-]{36}$/);
    assert.equal(audit.on_behalf_of, null);
    assert.deepEqual(audit.details, { number, institution: "VSAA" });
    assert.doesNotMatch(JSON.stringify(audit), new RegExp(JANIS));
  });

  test("the same form sent twice makes one question", async () => {
    const visitor = await loginAs(site.url, { personalCode: JANIS, back: "/uzdot-jautajumu" });
    const page = await form(visitor);
    const fields = { institution: "VID", subject: "Deklarācija", question: "Kad jāiesniedz gada ienākumu deklarācija?" };
    const [one, two] = await Promise.all([ask(visitor, page, fields), ask(visitor, page, fields)]);
    assert.equal(one.status, 303);
    assert.equal(two.status, 303);
    assert.equal(one.location, two.location);
    const rows = await site.database.db.selectFrom("questions.question").select("id").where("subject", "=", "Deklarācija").execute();
    assert.equal(rows.length, 1);
  });

  test("coming from a catalogue service, its institution is chosen already; anything else chooses nothing", async () => {
    const visitor = await loginAs(site.url, { personalCode: JANIS, back: "/uzdot-jautajumu" });
    assert.equal(selectedInstitution((await form(visitor, "/uzdot-jautajumu?pakalpojums=bernu-kopsanas-pabalsts")).body), "VSAA");
    assert.equal(selectedInstitution((await form(visitor, "/uzdot-jautajumu?pakalpojums=nav-tada")).body), "");
    assert.equal(selectedInstitution((await form(visitor, "/uzdot-jautajumu?pakalpojums=%3Cx%3E")).body), "");
  });

  test("'Mani jautājumi' lists the person's own questions only, and another's question is not found", async () => {
    const janis = await loginAs(site.url, { personalCode: JANIS, back: "/uzdot-jautajumu" });
    const sent = await ask(janis, await form(janis), {
      institution: "CSDD",
      subject: "Tehniskā apskate",
      question: "Vai var pierakstīties tiešsaistē?",
    });
    const path = (sent.location ?? "").replace(/\/nosutits$/, "");

    const mine = await janis.get("/uzdot-jautajumu/mani");
    assert.equal(mine.status, 200);
    assert.match(mine.body, new RegExp(`<a class="govuk-link" href="${path}">Tehniskā apskate</a>`));
    assert.match(mine.body, /Ceļu satiksmes drošības direkcija/);
    const one = await janis.get(path);
    assert.equal(one.status, 200);
    assert.match(one.body, /Vai var pierakstīties tiešsaistē\?/);
    assert.match(one.body, /Gaida atbildi/);
    assert.match(one.body, /Iestāde vēl nav atbildējusi/);

    const olena = await loginAs(site.url, { personalCode: OLENA, back: "/uzdot-jautajumu/mani" });
    const hers = await olena.get("/uzdot-jautajumu/mani");
    assert.match(hers.body, /Jums vēl nav neviena uzdota jautājuma\./);
    assert.doesNotMatch(hers.body, /Tehniskā apskate/);
    assert.equal((await olena.get(path)).status, 404);
    assert.equal((await olena.get(`${path}/nosutits`)).status, 404);
    assert.equal((await olena.get("/uzdot-jautajumu/mani/nav-uuid")).status, 404);
  });

  test("in English, the form and its messages are English, and the question remembers its language", async () => {
    const visitor = await loginAs(site.url, { personalCode: OLENA, back: "/en/uzdot-jautajumu" });
    const page = await form(visitor, "/en/uzdot-jautajumu");
    assert.match(page.body, /<h1 class="govuk-heading-l">Ask an institution a question<\/h1>/);
    assert.match(page.body, /action="\/en\/uzdot-jautajumu"/);
    const wrong = await ask(visitor, page, { institution: "", subject: "Residence", question: "" }, "/en/uzdot-jautajumu");
    assert.deepEqual(errorSummary(wrong.body), [
      ["institution", "Choose the institution you are asking"],
      ["question", "Enter your question"],
    ]);
    const sent = await ask(
      visitor,
      wrong,
      { institution: "PMLP", subject: "Residence", question: "How long is a permit valid?" },
      "/en/uzdot-jautajumu",
    );
    assert.match(sent.location ?? "", /^\/en\/uzdot-jautajumu\/mani\/[0-9a-f-]{36}\/nosutits$/);
    const row = await site.database.db
      .selectFrom("questions.question")
      .select("locale")
      .where("subject", "=", "Residence")
      .executeTakeFirstOrThrow();
    assert.equal(row.locale, "en");
  });
});
