// The institution editors' workflow over HTTP, as browsers without JavaScript send it: the form
// of a published service gives back the very document; an incomplete draft is saved as typed,
// its problems named at their fields, and refused for review; a second editor publishes what the
// first sent (the first may not), after which the public page and search have the new text; an
// editor of another institution is told the service does not exist; the history compares versions.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { StaffRole } from "../../src/modules/identity/index.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAsStaff, type Page, Visitor } from "../harness/login.ts";

const EDGARS = "09046814431"; // editor at PMLP
const ILZE = "14027814803"; // editor at PMLP and at Cēsis municipality (and officer at VSAA)

type Field = [string, string];

function decode(value: string): string {
  return value.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}(?:="([^"]*)")?(?=\\s|/?$)`).exec(attributes);
  return match ? decode(match[1] ?? "") : null;
}

/** What a browser sends for the editor's form as the page shows it (before any button's own field). */
function formFields(html: string): Field[] {
  const form = /<form[^>]*id="service-form"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  assert.ok(form, "the page has the service form");
  const fields: Field[] = [];
  const controls = /<input\b([^>]*?)\/?>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>/g;
  for (const m of form.matchAll(controls)) {
    if (m[1] !== undefined) {
      const name = attribute(m[1], "name");
      const type = attribute(m[1], "type") ?? "text";
      if (!name || ((type === "checkbox" || type === "radio") && attribute(m[1], "checked") === null)) continue;
      fields.push([name, attribute(m[1], "value") ?? ""]);
    } else if (m[2] !== undefined) {
      const name = attribute(m[2], "name");
      if (name) fields.push([name, decode(m[3] ?? "")]);
    } else if (m[4] !== undefined) {
      const name = attribute(m[4], "name");
      const chosen = [...(m[5] ?? "").matchAll(/<option\b([^>]*)>/g)].find((o) => attribute(o[1] ?? "", "selected") !== null);
      if (name) fields.push([name, chosen ? (attribute(chosen[1] ?? "", "value") ?? "") : ""]);
    }
  }
  return fields;
}

function withField(fields: Field[], name: string, value: string): Field[] {
  const found = fields.some(([n]) => n === name);
  return found ? fields.map(([n, v]) => [n, n === name ? value : v]) : [...fields, [name, value]];
}

/** A page's text without tags, entities read back, spaces collapsed. */
function text(html: string): string {
  return decode(html.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
}

function errorLinks(html: string): string[] {
  const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
  return [...summary.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] ?? "");
}

describe("the catalogue editors' workflow", () => {
  let site: TestApp & { url: string };

  before(async () => {
    site = await listeningTestApp({ seed: true, env: { RATE_LIMIT_MAX: "100000" } });
  });
  after(() => site.close());

  const editor = (personalCode: string, unit: string, role: StaffRole = "editor") =>
    loginAsStaff(site.url, site.database.db, { personalCode }, unit, role);

  const serviceRow = (identifier: string) =>
    site.database.db
      .selectFrom("catalog.service")
      .select(["published", "published_version", "draft", "draft_state", "submitted_by"])
      .where("identifier", "=", identifier)
      .executeTakeFirstOrThrow();

  /** Opens the edit page and sends its form back with `changes`, pressing the button `action`. */
  async function send(visitor: Visitor, identifier: string, action: string, changes: Field[] = []): Promise<Page> {
    const page = await visitor.get(`/darbs/katalogs/pakalpojumi/${identifier}`);
    assert.equal(page.status, 200, `the edit page of ${identifier}`);
    let fields = formFields(page.body);
    for (const [name, value] of changes) fields = withField(fields, name, value);
    return visitor.post(`/darbs/katalogs/pakalpojumi/${identifier}`, [...fields, ["action", action]]);
  }

  test("an editor's list shows their institution's services and their states, and only theirs", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const list = await edgars.get("/darbs/katalogs");
    assert.equal(list.status, 200);
    assert.match(list.body, /href="\/darbs\/katalogs\/pakalpojumi\/pases-izsniegsana"/);
    assert.match(text(list.body), /Pases izsniegšana Publicēta 1\. versija/);
    assert.doesNotMatch(list.body, /bernu-piedzimsanas-pabalsts/, "a VSAA service is not listed");
    assert.match(text(list.body), /Gaida pārbaudi Neviens melnraksts negaida pārbaudi\./);
    const inReview = await edgars.get("/darbs/katalogs?stavoklis=parbaude");
    assert.match(text(inReview.body), /Šādā stāvoklī pakalpojumu nav\./);
    const english = await edgars.get("/en/darbs/katalogs");
    assert.match(text(english.body), /Issuing a passport Version 1 published/);
  });

  test("the form of a published service, sent back unchanged, is a draft equal to the published version", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const saved = await send(edgars, "dzivesvietas-deklaresana", "save");
    assert.equal(saved.status, 303);
    assert.equal(saved.location, "/darbs/katalogs/pakalpojumi/dzivesvietas-deklaresana?saglabats=1");
    const row = await serviceRow("dzivesvietas-deklaresana");
    assert.deepEqual(row.draft, row.published);
    assert.equal(row.draft_state, "editing");
    const page = await edgars.get(saved.location);
    assert.match(text(page.body), /Melnraksts saglabāts\./);
    assert.deepEqual(errorLinks(page.body), []);
  });

  test("an incomplete new service is saved as typed, its problems shown at their fields, and refused for review", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const form = await edgars.get("/darbs/katalogs/pakalpojumi/jauns");
    assert.equal(form.status, 200);
    const fields = formFields(form.body);
    const typed: Field[] = [
      ["identifier", "uzturesanas-atlaujas-dublikats"],
      ["title.lv", "Uzturēšanās atļaujas dublikāts"],
      ["costs.0.amount", "divdesmit"],
      ["costs.0.description.lv", "Valsts nodeva"],
    ];
    let sent = fields;
    for (const [name, value] of typed) sent = withField(sent, name, value);
    const saved = await edgars.post("/darbs/katalogs/pakalpojumi/jauns", [...sent, ["action", "save"]]);
    assert.equal(saved.status, 303);
    const page = await edgars.get(saved.location ?? "");
    assert.equal(page.status, 200);
    assert.match(text(page.body), /Melnraksts saglabāts, bet vēl nav gatavs pārbaudei/);
    // What was typed is in its boxes again.
    assert.match(page.body, /id="title-lv" name="title\.lv" type="text" value="Uzturēšanās atļaujas dublikāts"/);
    assert.match(page.body, /id="costs-0-amount" name="costs\.0\.amount" type="text" value="divdesmit"/);
    // Each problem is linked from the summary and written next to its field.
    const links = errorLinks(page.body);
    for (const id of [
      "title-en",
      "description-lv",
      "audience",
      "kind",
      "maturity",
      "costs-0-amount",
      "costs-0-description-en",
      "steps-lv",
    ]) {
      assert.ok(links.includes(id), `the summary links to #${id}: ${links.join(", ")}`);
      assert.match(page.body, new RegExp(`id="${id}-error"`), `a message next to #${id}`);
    }
    assert.match(text(page.body), /Summa eiro: norādiet summu eiro, piemēram, 12,50/);
    assert.match(text(page.body), /Nosaukums \(angliski\): aizpildiet šo lauku/);
    const row = await serviceRow("uzturesanas-atlaujas-dublikats");
    assert.equal(row.published, null);
    assert.equal((row.draft as { title: { lv: string } }).title.lv, "Uzturēšanās atļaujas dublikāts");

    const refused = await send(edgars, "uzturesanas-atlaujas-dublikats", "submit");
    assert.equal(refused.status, 400);
    assert.match(text(refused.body), /Melnrakstu nevar nodot pārbaudei/);
    assert.ok(errorLinks(refused.body).includes("title-en"));
    assert.equal((await serviceRow("uzturesanas-atlaujas-dublikats")).draft_state, "editing");
  });

  test("a new service needs an identifier of its own before anything is saved", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const fields = formFields((await edgars.get("/darbs/katalogs/pakalpojumi/jauns")).body);
    const bad = await edgars.post("/darbs/katalogs/pakalpojumi/jauns", [
      ...withField(fields, "identifier", "Pase Jauna"),
      ["action", "save"],
    ]);
    assert.equal(bad.status, 400);
    assert.deepEqual(errorLinks(bad.body), ["identifier"]);
    assert.match(text(bad.body), /Identifikators: identifikatorā drīkst būt tikai mazie latīņu burti/);
    const taken = await edgars.post("/darbs/katalogs/pakalpojumi/jauns", [
      ...withField(fields, "identifier", "bernu-piedzimsanas-pabalsts"),
      ["action", "save"],
    ]);
    assert.equal(taken.status, 400);
    assert.match(text(taken.body), /Šāds identifikators katalogā jau ir/);
    const row = await serviceRow("bernu-piedzimsanas-pabalsts");
    assert.equal(row.draft, null, "another institution's service is not touched");
  });

  test("'add another' and 'remove' show the form again with the list changed, saving nothing", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const added = await send(edgars, "pilsonibas-iegusana-naturalizacija", "add:requirements.0.evidence");
    assert.equal(added.status, 200);
    const evidence = formFields(added.body).filter(([n]) => /^requirements\.0\.evidence\.\d+\.title\.lv$/.test(n));
    const last = evidence.at(-1);
    assert.ok(last && last[1] === "", "a new empty document at the end of the first requirement");
    assert.match(
      added.body,
      new RegExp(`formaction="/darbs/katalogs/pakalpojumi/pilsonibas-iegusana-naturalizacija#requirements-0-evidence-${evidence.length}"`),
    );
    assert.equal((await serviceRow("pilsonibas-iegusana-naturalizacija")).draft, null);

    const before = formFields(added.body).filter(([n]) => /^outputs\.\d+\.title\.lv$/.test(n)).length;
    const removed = await edgars.post("/darbs/katalogs/pakalpojumi/pilsonibas-iegusana-naturalizacija", [
      ...formFields(added.body),
      ["action", "remove:outputs.0"],
    ]);
    assert.equal(removed.status, 200);
    assert.equal(formFields(removed.body).filter(([n]) => /^outputs\.\d+\.title\.lv$/.test(n)).length, before - 1);
    // The document added a moment ago is still there: the form carries its own state.
    assert.equal(formFields(removed.body).filter(([n]) => /^requirements\.0\.evidence\.\d+\.title\.lv$/.test(n)).length, evidence.length);
  });

  test("a draft sent for review is published by a second editor, not by the one who sent it; the public page and search then have it", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const newText =
      "Pase ir ceļošanas dokuments, ko izsniedz papildus personas apliecībai. Iesniegumu var iesniegt jebkurā PMLP nodaļā, arī ar ziloņkaula krāsas fotogrāfiju.";
    const submitted = await send(edgars, "pases-izsniegsana", "submit", [["description.lv", newText]]);
    assert.equal(submitted.status, 303);
    assert.equal(submitted.location, "/darbs/katalogs/pakalpojumi/pases-izsniegsana/parbaude?nodots=1");
    const review = await edgars.get(submitted.location ?? "");
    assert.match(text(review.body), /Melnraksts nodots pārbaudei\./);
    assert.match(text(review.body), /Apraksts \(latviski\)/);
    assert.match(text(review.body), /ziloņkaula krāsas fotogrāfiju/);
    assert.match(text(review.body), /Jūs nodevāt šo melnrakstu pārbaudei, tāpēc publicēt to var tikai cits redaktors/);
    assert.doesNotMatch(review.body, /\/parbaude\/publicet"/, "no publish button for the one who sent it");

    // While in review nobody changes the draft.
    const locked = await edgars.get("/darbs/katalogs/pakalpojumi/pases-izsniegsana");
    assert.match(text(locked.body), /Melnraksts ir nodots pārbaudei\. To nevar labot/);
    assert.doesNotMatch(locked.body, /id="service-form"/);

    const own = await edgars.post("/darbs/katalogs/pakalpojumi/pases-izsniegsana/parbaude/publicet", { _csrf: edgars.csrf(review.body) });
    assert.equal(own.status, 403);
    assert.match(text(own.body), /Publicēt var cits redaktors, nevis tas, kurš melnrakstu nodeva pārbaudei/);
    assert.equal((await serviceRow("pases-izsniegsana")).published_version, 1);

    const ilze = await editor(ILZE, "PMLP");
    const list = await ilze.get("/darbs/katalogs");
    assert.match(text(list.body), /Gaida pārbaudi Pases izsniegšana Nodeva pārbaudei: Edgars Liepiņš/);
    const ilzeReview = await ilze.get("/darbs/katalogs/pakalpojumi/pases-izsniegsana/parbaude");
    assert.match(ilzeReview.body, /action="\/darbs\/katalogs\/pakalpojumi\/pases-izsniegsana\/parbaude\/publicet"/);
    const published = await ilze.post("/darbs/katalogs/pakalpojumi/pases-izsniegsana/parbaude/publicet", {
      _csrf: ilze.csrf(ilzeReview.body),
    });
    assert.equal(published.status, 303);
    assert.equal(published.location, "/darbs/katalogs/pakalpojumi/pases-izsniegsana/versijas?publicets=2");
    const row = await serviceRow("pases-izsniegsana");
    assert.equal(row.published_version, 2);
    assert.equal(row.draft, null);

    const history = await ilze.get(published.location ?? "");
    assert.equal(history.status, 200);
    assert.match(text(history.body), /Publicēta 2\. versija\./);
    assert.match(text(history.body), /2\. versija \S+ \S+ Ilze Kalniņa Edgars Liepiņš/);
    assert.match(text(history.body), /Apraksts \(latviski\) Latvijas pilsoņa vai nepilsoņa pase .* ziloņkaula krāsas fotogrāfiju/);

    const publicPage = await new Visitor(site.url).get("/pakalpojumi/pases-izsniegsana");
    assert.equal(publicPage.status, 200);
    assert.match(text(publicPage.body), /ziloņkaula krāsas fotogrāfiju/);
    const search = await site.http.inject({ method: "GET", url: "/api/v1/services?q=zilonkaula" });
    assert.equal(search.statusCode, 200);
    const items = (search.json() as { items: { identifier: string }[] }).items.map((i) => i.identifier);
    assert.ok(items.includes("pases-izsniegsana"), `search for the new word finds the service: ${items.join(", ")}`);

    const audit = await site.database.db
      .selectFrom("platform.audit_log")
      .select(["event", "actor"])
      .where("subject_id", "=", "pases-izsniegsana")
      .where("event", "in", ["catalog.draft.save", "catalog.draft.submit", "catalog.service.publish"])
      .orderBy("id")
      .execute();
    assert.deepEqual(
      audit.map((a) => a.event),
      ["catalog.service.publish", "catalog.draft.save", "catalog.draft.submit", "catalog.service.publish"],
    );
    assert.notEqual(audit[2]?.actor, audit[3]?.actor, "submitted and published by two people");
  });

  test("a reviewer can send a draft back, after which its editor can change it again", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const submitted = await send(edgars, "personas-apliecibas-izsniegsana", "submit", [["title.en", "Issuing an identity card (eID)"]]);
    assert.equal(submitted.status, 303);
    const ilze = await editor(ILZE, "PMLP");
    const review = await ilze.get("/darbs/katalogs/pakalpojumi/personas-apliecibas-izsniegsana/parbaude");
    const returned = await ilze.post("/darbs/katalogs/pakalpojumi/personas-apliecibas-izsniegsana/parbaude/atgriezt", {
      _csrf: ilze.csrf(review.body),
    });
    assert.equal(returned.status, 303);
    assert.equal(returned.location, "/darbs/katalogs/pakalpojumi/personas-apliecibas-izsniegsana?atgriezts=1");
    const row = await serviceRow("personas-apliecibas-izsniegsana");
    assert.equal(row.draft_state, "editing");
    assert.equal(row.published_version, 1);
    const page = await edgars.get("/darbs/katalogs/pakalpojumi/personas-apliecibas-izsniegsana?atgriezts=1");
    assert.match(text(page.body), /Melnraksts atgriezts labošanai\./);
    assert.match(page.body, /value="Issuing an identity card \(eID\)"/);
  });

  test("an editor of another institution is told the service does not exist, and a non-editor is refused", async () => {
    const cesis = await editor(ILZE, "CESIS");
    const before = await serviceRow("pases-izsniegsana");
    for (const path of ["", "/parbaude", "/versijas", "/prieksskatijums"]) {
      const page = await cesis.get(`/darbs/katalogs/pakalpojumi/pases-izsniegsana${path}`);
      assert.equal(page.status, 404, `GET ${path || "edit"}`);
    }
    const csrf = cesis.csrf((await cesis.get("/darbs/katalogs")).body);
    const post = await cesis.post("/darbs/katalogs/pakalpojumi/pases-izsniegsana", { _csrf: csrf, "title.lv": "Cits", action: "save" });
    assert.equal(post.status, 404);
    const publish = await cesis.post("/darbs/katalogs/pakalpojumi/pases-izsniegsana/parbaude/publicet", { _csrf: csrf });
    assert.equal(publish.status, 404);
    assert.deepEqual(await serviceRow("pases-izsniegsana"), before);

    const officer = await editor(ILZE, "VSAA", "officer");
    assert.equal((await officer.get("/darbs/katalogs")).status, 403);
    const anonymous = await new Visitor(site.url).get("/darbs/katalogs");
    assert.equal(anonymous.status, 303);
  });

  test("a form sent without its CSRF token changes nothing", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const page = await edgars.get("/darbs/katalogs/pakalpojumi/deklaretas-dzivesvietas-izzina");
    const fields = formFields(page.body).filter(([n]) => n !== "_csrf");
    const sent = await edgars.post("/darbs/katalogs/pakalpojumi/deklaretas-dzivesvietas-izzina", [...fields, ["action", "save"]]);
    assert.equal(sent.status, 403);
    assert.equal((await serviceRow("deklaretas-dzivesvietas-izzina")).draft, null);
  });

  test("a municipality's editor changes only the local details of a variant, beside the national text", async () => {
    const cesis = await editor(ILZE, "CESIS");
    const list = await cesis.get("/darbs/katalogs");
    assert.match(text(list.body), /Mājokļa pabalsts \(Cēsu novada pašvaldība\)/);
    const page = await cesis.get("/darbs/katalogs/pakalpojumi/majokla-pabalsts-cesis");
    assert.equal(page.status, 200);
    assert.match(text(page.body), /Valsts apraksts/);
    const names = formFields(page.body).map(([n]) => n);
    assert.ok(!names.includes("title.lv") && !names.includes("description.lv"), "no national text in the form");
    assert.ok(names.includes("note.lv") && names.includes("contactPoint.phone"));
    const note = "Cēsu novadā mājokļa pabalstu piešķir Cēsu novada Sociālais dienests; iesniegumu var iesniegt arī Vecpiebalgā.";
    const saved = await send(cesis, "majokla-pabalsts-cesis", "save", [["note.lv", note]]);
    assert.equal(saved.status, 303);
    const row = await serviceRow("majokla-pabalsts-cesis");
    const published = row.published as Record<string, unknown>;
    assert.deepEqual(row.draft, { ...published, note: { ...(published.note as object), lv: note } });
  });

  test("the history compares any two versions, and says which choice is wrong", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    await send(edgars, "terminuzturesanas-atlauja", "submit", [["processingTime.en", "Up to 30 days"]]);
    const ilze = await editor(ILZE, "PMLP");
    const review = await ilze.get("/darbs/katalogs/pakalpojumi/terminuzturesanas-atlauja/parbaude");
    await ilze.post("/darbs/katalogs/pakalpojumi/terminuzturesanas-atlauja/parbaude/publicet", { _csrf: ilze.csrf(review.body) });

    const history = await edgars.get("/en/darbs/katalogs/pakalpojumi/terminuzturesanas-atlauja/versijas?a=1&b=2");
    assert.equal(history.status, 200);
    assert.match(
      text(history.body),
      /Changes between version 1 and version 2 Field In version 1 In version 2 Processing time \(in English\) \S.* Up to 30 days/,
    );
    const same = await edgars.get("/darbs/katalogs/pakalpojumi/terminuzturesanas-atlauja/versijas?a=2&b=2");
    assert.equal(same.status, 400);
    assert.deepEqual(errorLinks(same.body), ["b"]);
    const unknown = await edgars.get("/darbs/katalogs/pakalpojumi/terminuzturesanas-atlauja/versijas?a=7&b=2");
    assert.equal(unknown.status, 400);
    assert.match(text(unknown.body), /Izvēlieties versiju no saraksta/);
  });
});
