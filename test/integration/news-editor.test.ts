// Editors write news for their institution over HTTP, as a browser without JavaScript sends it:
// an incomplete article is refused with its problems named at their fields and what was typed
// kept; a complete one is previewed in both languages, published (the first time with the
// announcement enqueued in the same transaction), changed, taken down and published again. Only
// editors reach these pages, and an editor of another institution is told the article does not exist.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAs, loginAsStaff, Visitor } from "../harness/login.ts";

const EDGARS = "09046814431"; // editor at PMLP
const ILZE = "14027814803"; // editor at PMLP and Cēsis, officer at VSAA and Cēsis
const LIGA = "22078610560"; // a resident

const ARTICLE = {
  title_lv: "Pases var pieteikt internetā",
  summary_lv: "Pasi tagad var pieteikt e-pakalpojumā.",
  body_lv: "Pirmā rindkopa.\n\nOtrā rindkopa.",
  title_en: "Passports can be applied for online",
  summary_en: "A passport can now be applied for through an e-service.",
  body_en: "First paragraph.\n\nSecond paragraph.",
};

function errorLinks(html: string): string[] {
  const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
  return [...summary.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1] ?? "");
}

describe("news editors", () => {
  let site: TestApp & { url: string };

  before(async () => {
    site = await listeningTestApp({ seed: true, env: { RATE_LIMIT_MAX: "100000" } });
  });
  after(() => site.close());

  const db = () => site.database.db;
  const editor = (personalCode: string, unit: string) => loginAsStaff(site.url, db(), { personalCode }, unit, "editor");
  const announcements = async (articleId: string) => {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from pgboss.job where name = 'news.article.announce' and data->>'articleId' = ${articleId}`.execute(db());
    return rows[0]?.n ?? 0;
  };

  test("only editors reach the news pages: others are sent to log in or refused", async () => {
    const anonymous = await new Visitor(site.url).get("/darbs/aktualitates");
    assert.equal(anonymous.status, 303);
    assert.match(anonymous.location ?? "", /^\/pieslegties\?atpakal=/);
    const resident = await loginAs(site.url, { personalCode: LIGA });
    assert.equal((await resident.get("/darbs/aktualitates")).status, 403);
    assert.equal((await resident.get("/darbs/aktualitates/jauna")).status, 403);
    const officer = await loginAsStaff(site.url, db(), { personalCode: ILZE }, "VSAA", "officer");
    assert.equal((await officer.get("/darbs/aktualitates")).status, 403);
  });

  test("an editor writes, previews, publishes, changes, takes down and publishes again", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const list = await edgars.get("/darbs/aktualitates");
    assert.equal(list.status, 200);
    assert.match(list.body, /Iestāde: Pilsonības un migrācijas lietu pārvalde/);

    // Incomplete: every missing field is listed and linked, what was typed stays.
    const form = await edgars.get("/darbs/aktualitates/jauna");
    const refused = await edgars.post("/darbs/aktualitates/jauna", {
      _csrf: edgars.csrf(form.body),
      title_lv: ARTICLE.title_lv,
      summary_lv: "",
      body_lv: "",
      title_en: "x".repeat(151),
      summary_en: "",
      body_en: "",
      action: "preview",
    });
    assert.equal(refused.status, 400);
    assert.match(refused.body, /<title>Kļūda: Jauna aktualitāte/);
    assert.deepEqual(errorLinks(refused.body), ["summary_lv", "body_lv", "title_en", "summary_en", "body_en"]);
    assert.match(refused.body, /Virsraksts angļu valodā nedrīkst būt garāks par 150 rakstzīmēm/);
    assert.match(refused.body, /id="title_lv" name="title_lv" type="text" value="Pases var pieteikt internetā"/);
    assert.equal(await db().selectFrom("news.article").select("id").where("title_lv", "=", ARTICLE.title_lv).executeTakeFirst(), undefined);

    // Complete: saved as a draft, then the preview.
    const saved = await edgars.post("/darbs/aktualitates/jauna", { _csrf: edgars.csrf(form.body), ...ARTICLE, action: "preview" });
    assert.equal(saved.status, 303);
    const id = /^\/darbs\/aktualitates\/([0-9a-f-]{36})\/prieksskatijums$/.exec(saved.location ?? "")?.[1];
    assert.ok(id, saved.location ?? "no location");
    const row = await db().selectFrom("news.article").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    assert.equal(row.institution, "PMLP");
    assert.equal(row.status, "draft");
    assert.equal(row.slug, "pases-var-pieteikt-interneta");
    const preview = await edgars.get(saved.location ?? "");
    assert.equal(preview.status, 200);
    for (const shown of [
      ARTICLE.title_lv,
      ARTICLE.title_en,
      "Otrā rindkopa.",
      "Second paragraph.",
      "visiem abonentiem tiks nosūtīts e-pasts",
    ])
      assert.ok(preview.body.includes(shown), shown);
    assert.match(preview.body, /<div lang="en">/);
    assert.equal((await new Visitor(site.url).get("/aktualitates/pases-var-pieteikt-interneta")).status, 404, "a draft is not public");

    // Publishing: public at once, announced once.
    const published = await edgars.post(`/darbs/aktualitates/${id}/publicet`, { _csrf: edgars.csrf(preview.body) });
    assert.equal(published.status, 303);
    assert.equal(published.location, `/darbs/aktualitates/${id}/prieksskatijums?pazinojums=publicets`);
    assert.match((await edgars.get(published.location ?? "")).body, /Aktualitāte publicēta\. Abonentiem tiek sūtīts e-pasts\./);
    const reader = new Visitor(site.url);
    const lv = await reader.get("/aktualitates/pases-var-pieteikt-interneta");
    assert.equal(lv.status, 200);
    assert.match(lv.body, /Publicēja: Pilsonības un migrācijas lietu pārvalde/);
    assert.match((await reader.get("/en/aktualitates")).body, /Passports can be applied for online/);
    assert.equal(await announcements(id), 1);

    // Changing the published article: the public page follows.
    const editForm = await edgars.get(`/darbs/aktualitates/${id}`);
    assert.match(editForm.body, /name="body_en"[^>]*>First paragraph\.\n\nSecond paragraph\.<\/textarea>/);
    const changed = await edgars.post(`/darbs/aktualitates/${id}`, {
      _csrf: edgars.csrf(editForm.body),
      ...ARTICLE,
      title_en: "Passports online",
      action: "save",
    });
    assert.equal(changed.location, `/darbs/aktualitates/${id}?pazinojums=saglabats`);
    assert.match((await edgars.get(changed.location ?? "")).body, /Aktualitāte saglabāta\./);
    assert.match(
      (await reader.get("/en/aktualitates/pases-var-pieteikt-interneta")).body,
      /<h1 class="govuk-heading-xl">Passports online<\/h1>/,
    );

    // Taking it down and putting it back: not announced a second time.
    const down = await edgars.post(`/darbs/aktualitates/${id}/nonemt`, { _csrf: edgars.csrf(editForm.body) });
    assert.equal(down.location, `/darbs/aktualitates/${id}/prieksskatijums?pazinojums=nonemts`);
    assert.equal((await reader.get("/aktualitates/pases-var-pieteikt-interneta")).status, 404);
    const downPreview = await edgars.get(down.location ?? "");
    assert.match(downPreview.body, /Noņemta/);
    assert.match(downPreview.body, /abonentiem to vēlreiz nesūtīsim/);
    const again = await edgars.post(`/darbs/aktualitates/${id}/publicet`, { _csrf: edgars.csrf(downPreview.body) });
    assert.equal(again.location, `/darbs/aktualitates/${id}/prieksskatijums?pazinojums=atkal-publicets`);
    assert.equal((await reader.get("/aktualitates/pases-var-pieteikt-interneta")).status, 200);
    assert.equal(await announcements(id), 1, "announced only the first time");

    const person = await db().selectFrom("identity.person").select("id").where("personal_code", "=", EDGARS).executeTakeFirstOrThrow();
    const audit = await db()
      .selectFrom("platform.audit_log")
      .select(["event", "actor", "on_behalf_of", "details"])
      .where("subject_id", "=", id)
      .orderBy("id")
      .execute();
    assert.deepEqual(
      audit.map((a) => a.event),
      ["news.article.create", "news.article.publish", "news.article.update", "news.article.unpublish", "news.article.publish"],
    );
    for (const a of audit) {
      assert.equal(a.actor, `user:${person.id}`);
      assert.equal(a.on_behalf_of, "institution:PMLP");
    }
    assert.deepEqual(
      audit.filter((a) => a.event === "news.article.publish").map((a) => a.details),
      [{ first: true }, { first: false }],
    );
  });

  test("an editor of another institution is told the article does not exist, and cannot act on it", async () => {
    const article = await db().selectFrom("news.article").select("id").where("institution", "=", "PMLP").executeTakeFirstOrThrow();
    const ilze = await editor(ILZE, "CESIS");
    assert.equal((await ilze.get(`/darbs/aktualitates/${article.id}/prieksskatijums`)).status, 404);
    assert.equal((await ilze.get(`/darbs/aktualitates/${article.id}`)).status, 404);
    const list = await ilze.get("/darbs/aktualitates");
    assert.match(list.body, /Jūsu iestādei vēl nav aktualitāšu/);
    assert.equal((await ilze.post(`/darbs/aktualitates/${article.id}/nonemt`, { _csrf: ilze.csrf(list.body) })).status, 404);
    assert.equal((await ilze.get("/darbs/aktualitates/nav-tads")).status, 404);
  });

  test("a form without its CSRF token changes nothing", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const page = await edgars.post("/darbs/aktualitates/jauna", { ...ARTICLE, title_lv: "Bez žetona", action: "save" });
    assert.equal(page.status, 403);
    assert.equal(await db().selectFrom("news.article").select("id").where("title_lv", "=", "Bez žetona").executeTakeFirst(), undefined);
  });
});
