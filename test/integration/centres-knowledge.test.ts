// The consultants' knowledge base over HTTP, as a browser without JavaScript uses it: consultants
// and administrators read and search it (a word typed without diacritics, in another form, finds
// the article); residents and other staff are refused; an administrator's article with problems is
// shown again with each problem at its field and what was typed kept, and a good change is saved
// with its audit row and found by search at once.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAs, loginAsStaff, Visitor } from "../harness/login.ts";

const DACE = "25059513742"; // consultant at the Cēsis centre
const ANDRIS = "30117515938"; // platform administrator
const ILZE = "14027814803"; // officer at VSAA, among others
const LIGA = "22078610560"; // a resident

function resultTitles(html: string): string[] {
  return [...html.matchAll(/<a class="govuk-link govuk-!-font-weight-bold" href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1] ?? "");
}

function errorLinks(html: string): string[] {
  const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
  return [...summary.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1] ?? "");
}

describe("the consultants' knowledge base", () => {
  let site: TestApp & { url: string };

  before(async () => {
    site = await listeningTestApp({ seed: true, env: { RATE_LIMIT_MAX: "100000" } });
  });
  after(() => site.close());

  const db = () => site.database.db;

  test("residents and staff in other roles cannot read it; anonymous visitors are sent to log in", async () => {
    const anonymous = await new Visitor(site.url).get("/darbs/zinasana");
    assert.equal(anonymous.status, 303);
    assert.match(anonymous.location ?? "", /^\/pieslegties\?atpakal=/);
    const resident = await loginAs(site.url, { personalCode: LIGA });
    assert.equal((await resident.get("/darbs/zinasana")).status, 403);
    assert.equal((await resident.get("/darbs/zinasana/eid-pin-kodi")).status, 403);
    const officer = await loginAsStaff(site.url, db(), { personalCode: ILZE }, "VSAA", "officer");
    assert.equal((await officer.get("/darbs/zinasana")).status, 403);
  });

  test("a consultant reads articles by topic and finds one by a word typed without diacritics", async () => {
    const dace = await loginAsStaff(site.url, db(), { personalCode: DACE }, "VPVKAC-CESIS", "consultant");
    const list = await dace.get("/darbs/zinasana");
    assert.equal(list.status, 200);
    assert.ok(resultTitles(list.body).length >= 10);
    assert.ok(!list.body.includes("/darbs/zinasana/jauns"), "no writing for consultants");

    const found = await dace.get(`/darbs/zinasana?q=${encodeURIComponent("deklaresanu")}`);
    assert.equal(found.status, 200);
    assert.equal(resultTitles(found.body)[0], "Dzīvesvietas deklarēšana: kā palīdzēt klientam");
    const signing = resultTitles((await dace.get(`/darbs/zinasana?q=${encodeURIComponent("parakstit dokumentu")}`)).body);
    assert.equal(signing[0], "Dokumenta parakstīšana un .edoc pārbaude", "a match in the title ranks first");
    const english = await dace.get(`/en/darbs/zinasana?q=${encodeURIComponent("blocked PIN")}`);
    assert.deepEqual(resultTitles(english.body), ["eID card PIN codes: forgotten or blocked"]);
    const nothing = await dace.get("/darbs/zinasana?q=kosmosa+kuģis");
    assert.match(nothing.body, /Atrasti 0 raksti/);

    const article = await dace.get("/darbs/zinasana/e-adreses-aktivizesana");
    assert.equal(article.status, 200);
    assert.match(article.body, /Pārbaudīts 2026\. gada 20\. oktobris/);
    assert.match(article.body, /<ol class="govuk-list govuk-list--number"><li>Klients pieslēdzas/);
    assert.ok(!article.body.includes("/labot"));
    assert.equal((await dace.get("/darbs/zinasana/e-adreses-aktivizesana/labot")).status, 403);
    assert.equal((await dace.get("/darbs/zinasana/nav-tada")).status, 404);
  });

  test("an administrator's article with problems comes back with each problem at its field", async () => {
    const andris = await loginAsStaff(site.url, db(), { personalCode: ANDRIS }, "VDAA", "administrator");
    const form = await andris.get("/darbs/zinasana/jauns");
    assert.equal(form.status, 200);
    const refused = await andris.post("/darbs/zinasana/jauns", {
      _csrf: andris.csrf(form.body),
      topic: "",
      title_lv: "Pases pieteikšana",
      body_lv: "",
      title_en: "x".repeat(151),
      body_en: "Text.",
      checked_on: "2999-01-01",
    });
    assert.equal(refused.status, 400);
    assert.match(refused.body, /<title>Kļūda: Jauns zināšanu bāzes raksts/);
    assert.deepEqual(errorLinks(refused.body), ["topic", "body_lv", "title_en", "checked_on"]);
    assert.match(refused.body, /Pārbaudes diena nevar būt nākotnē/);
    assert.match(refused.body, /id="title_lv" name="title_lv" type="text" value="Pases pieteikšana"/);
    assert.match(refused.body, /id="checked_on" name="checked_on" type="date" value="2999-01-01"/);
  });

  test("an administrator changes an article: saved, audited, and found by its new words", async () => {
    const andris = await loginAsStaff(site.url, db(), { personalCode: ANDRIS }, "VDAA", "administrator");
    const form = await andris.get("/darbs/zinasana/eid-pin-kodi/labot");
    assert.equal(form.status, 200);
    assert.match(form.body, /value="eID kartes PIN kodi: aizmirsti vai bloķēti"/);
    const saved = await andris.post("/darbs/zinasana/eid-pin-kodi/labot", {
      _csrf: andris.csrf(form.body),
      topic: "eid",
      title_lv: "eID kartes PIN kodi: aizmirsti vai bloķēti",
      body_lv: "Ja PUK kods ir pazudis, jaunus kodus izsniedz PMLP nodaļā.\n\n- Līdzi jāņem personas apliecība.",
      title_en: "eID card PIN codes: forgotten or blocked",
      body_en: "If the PUK code is lost, PMLP issues new codes.\n\n- Bring the identity card.",
      checked_on: "2026-11-01",
    });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, "/darbs/zinasana/eid-pin-kodi?saglabats=1");
    const page = await andris.get(saved.location ?? "");
    assert.match(page.body, /Raksts saglabāts/);
    assert.match(page.body, /Pārbaudīts 2026\. gada 1\. novembris/);
    assert.match(page.body, /<ul class="govuk-list govuk-list--bullet"><li>Līdzi jāņem personas apliecība\.<\/li><\/ul>/);

    const audit = await db()
      .selectFrom("platform.audit_log")
      .select(["actor", "subject_type", "details"])
      .where("event", "=", "centres.knowledge-article.update")
      .execute();
    assert.equal(audit.length, 1);
    const person = await db().selectFrom("identity.person").select("id").where("personal_code", "=", ANDRIS).executeTakeFirstOrThrow();
    assert.equal(audit[0]?.actor, `user:${person.id}`);
    assert.equal(audit[0]?.subject_type, "knowledge_article");
    assert.ok(!JSON.stringify(audit[0]?.details).includes(ANDRIS), "no personal code in the audit details");

    const dace = await loginAsStaff(site.url, db(), { personalCode: DACE }, "VPVKAC-CESIS", "consultant");
    const found = await dace.get(`/darbs/zinasana?q=${encodeURIComponent("personas apliecibu")}`);
    assert.ok(resultTitles(found.body).includes("eID kartes PIN kodi: aizmirsti vai bloķēti"), "the changed body is searched");
  });

  test("a new article gets its address from the Latvian title, and a second one with that title another", async () => {
    const andris = await loginAsStaff(site.url, db(), { personalCode: ANDRIS }, "VDAA", "administrator");
    const fields = {
      topic: "centre_work",
      title_lv: "Rindas kārtošana centrā",
      body_lv: "Klientus pieņem rindas kārtībā.",
      title_en: "Managing the queue",
      body_en: "Visitors are seen in turn.",
      checked_on: "2026-11-02",
    };
    const first = await andris.post("/darbs/zinasana/jauns", {
      _csrf: andris.csrf((await andris.get("/darbs/zinasana/jauns")).body),
      ...fields,
    });
    assert.equal(first.location, "/darbs/zinasana/rindas-kartosana-centra?saglabats=1");
    const second = await andris.post("/darbs/zinasana/jauns", {
      _csrf: andris.csrf((await andris.get("/darbs/zinasana/jauns")).body),
      ...fields,
    });
    assert.equal(second.location, "/darbs/zinasana/rindas-kartosana-centra-2?saglabats=1");
    const created = await db()
      .selectFrom("platform.audit_log")
      .select("subject_id")
      .where("event", "=", "centres.knowledge-article.create")
      .where("actor", "like", "user:%")
      .execute();
    assert.equal(created.length, 2);
  });
});
