// The e-service editors' workflow over HTTP, as browsers without JavaScript send it: an editor
// creates an e-service for a catalogue service, writes it in the structured editor (problems next
// to their fields, nothing typed lost, a preview of unsaved edits), and publishes it, after which
// the catalogue service page shows its maturity; a definition file with errors is refused with
// messages that name the place and the line; a good file publishes the next version while the
// earlier stays readable; an editor of another institution is told the e-service does not exist.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { parse } from "yaml";
import { DEMO_DEFINITION_FILES } from "../../src/modules/eservices/definitions/index.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAsStaff, type Page, type Visitor } from "../harness/login.ts";

const EDGARS = "09046814431"; // editor at PMLP
const ILZE = "14027814803"; // editor at PMLP and at Cēsis municipality
const DECLARATION = "dzivesvietas-deklaresana"; // a demo e-service of PMLP, published as version 1

type Field = [string, string];

function decode(value: string): string {
  return value.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}(?:="([^"]*)")?(?=\\s|/?$)`).exec(attributes);
  return match ? decode(match[1] ?? "") : null;
}

/** What a browser sends for the form `id` as the page shows it (before any button's own field). */
function formFields(html: string, id: string): Field[] {
  const form = new RegExp(`<form[^>]*id="${id}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1];
  assert.ok(form, `the page has the form ${id}`);
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

function withChanges(fields: Field[], changes: Field[]): Field[] {
  let result = fields;
  for (const [name, value] of changes) {
    const found = result.some(([n]) => n === name);
    result = found ? result.map(([n, v]) => [n, n === name ? value : v]) : [...result, [name, value]];
  }
  return result;
}

/** A page's text without tags, entities read back, spaces collapsed. */
function text(html: string): string {
  return decode(html.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
}

function summaryLinks(html: string): string[] {
  const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
  return [...summary.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? "");
}

function demoFile(service: string): string {
  const file = DEMO_DEFINITION_FILES.find((f) => f.endsWith(`/${service}.yaml`));
  assert.ok(file, `a demo definition of ${service}`);
  return readFileSync(file, "utf8");
}

describe("the e-service editors' workflow", () => {
  let site: TestApp & { url: string };

  before(async () => {
    site = await listeningTestApp({ seed: true, env: { RATE_LIMIT_MAX: "100000" } });
  });
  after(() => site.close());

  const editor = (personalCode: string, unit: string) => loginAsStaff(site.url, site.database.db, { personalCode }, unit, "editor");

  const definitionRow = (service: string) =>
    site.database.db
      .selectFrom("eservices.definition")
      .select(["published_version", "draft"])
      .where("service", "=", service)
      .executeTakeFirstOrThrow();

  const versionCount = async (service: string) =>
    (await site.database.db.selectFrom("eservices.definition_version").select("version").where("service", "=", service).execute()).length;

  /** Sends the form `formId` of `page` (at `path`) with `changes`, pressing the button `action`. */
  function resend(visitor: Visitor, page: Page, path: string, formId: string, action: string, changes: Field[] = []): Promise<Page> {
    assert.equal(page.status, 200, `the form at ${path}`);
    return visitor.post(path, [...withChanges(formFields(page.body, formId), changes), ["action", action]]);
  }

  async function send(visitor: Visitor, path: string, formId: string, action: string, changes: Field[] = []): Promise<Page> {
    return resend(visitor, await visitor.get(path), path, formId, action, changes);
  }

  function upload(visitor: Visitor, page: Page, service: string, name: string, content: string, publish: boolean): Promise<Page> {
    const form = new FormData();
    form.set("_csrf", visitor.csrf(page.body));
    form.set("file", new Blob([content]), name);
    if (publish) form.set("publish", "true");
    return visitor.postMultipart(`/darbs/e-pakalpojumi/${service}/augsupielade`, form);
  }

  test("an editor creates an e-service, writes it in the structured editor and publishes it", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const list = await edgars.get("/darbs/e-pakalpojumi");
    assert.equal(list.status, 200);
    assert.match(list.body, new RegExp(`href="/darbs/e-pakalpojumi/${DECLARATION}"`));
    assert.match(text(list.body), /1\. versija/);
    const candidates = [
      ...(/<select[^>]*name="service"[^>]*>([\s\S]*?)<\/select>/.exec(list.body)?.[1] ?? "").matchAll(/value="([^"]+)"/g),
    ];
    const service = candidates[0]?.[1];
    assert.ok(service, "a catalogue service of PMLP without an e-service is offered");
    assert.ok(!candidates.some((c) => c[1] === DECLARATION), "a service with an e-service is not offered again");

    const created = await edgars.post("/darbs/e-pakalpojumi", { _csrf: edgars.csrf(list.body), service });
    assert.equal(created.status, 303);
    assert.equal(created.location, `/darbs/e-pakalpojumi/${service}`);
    const overview = await edgars.get(`/darbs/e-pakalpojumi/${service}`);
    assert.match(text(overview.body), /Melnrakstā problēmu nav/);
    const again = await edgars.post("/darbs/e-pakalpojumi", { _csrf: edgars.csrf(list.body), service });
    assert.equal(again.status, 400);
    assert.match(text(again.body), /Šim pakalpojumam e-pakalpojums jau ir/);

    // A problem is saved as typed, shown next to its field and named in the summary.
    const general = `/darbs/e-pakalpojumi/${service}/struktura/iestatijumi`;
    const saved = await send(edgars, general, "general-form", "save", [["title.en", ""]]);
    assert.equal(saved.status, 303);
    const withProblem = await edgars.get(saved.location ?? "");
    assert.deepEqual(summaryLinks(withProblem.body), ["#f-title-en"]);
    assert.match(withProblem.body, /id="f-title-en-error"/);
    assert.match(text(withProblem.body), /Nosaukums \(angliski\): aizpildiet šo lauku/);

    // Publishing is refused while the draft has problems, naming each by its place.
    const refused = await edgars.post(`/darbs/e-pakalpojumi/${service}/publicet`, { _csrf: edgars.csrf(overview.body) });
    assert.equal(refused.status, 400);
    assert.match(text(refused.body), /Melnrakstu nevar publicēt/);
    assert.deepEqual(summaryLinks(refused.body), [`/darbs/e-pakalpojumi/${service}/struktura/iestatijumi#f-title-en`]);
    assert.equal(await versionCount(service), 0);
    const fixed = await send(edgars, general, "general-form", "save", [["title.en", "A new e-service"]]);
    assert.match(text((await edgars.get(fixed.location ?? "")).body), /Saglabāts\./);

    // A new question opens at once; its type's fields come once it is saved.
    const page = `/darbs/e-pakalpojumi/${service}/struktura/lapas/1`;
    const added = await send(edgars, page, "page-form", "add:questions");
    assert.equal(added.status, 303);
    const question = `/darbs/e-pakalpojumi/${service}/struktura/lapas/1/jautajumi/2`;
    assert.equal(added.location, question);
    const typed: Field[] = [
      ["id", "hasChildren"],
      ["type", "choice"],
      ["label.lv", "Vai jums ir bērni?"],
      ["label.en", "Do you have children?"],
    ];
    const choice = await edgars.get((await send(edgars, question, "question-form", "save", typed)).location ?? "");
    assert.ok(summaryLinks(choice.body).includes("#f-options"), "a choice without options is named at the options");
    assert.match(text(choice.body), /Pievienojiet atbilžu variantus/);

    // "Pievienot" adds an option row without saving; the row's boxes come back with the form.
    const withRow = await resend(edgars, choice, question, "question-form", "add:options");
    assert.equal(withRow.status, 200);
    assert.match(withRow.body, /name="options\.0\.value"/);
    const options: Field[] = [
      ["options.0.value", "yes"],
      ["options.0.label.lv", "Jā"],
      ["options.0.label.en", "Yes"],
      ["showIf.field", "fullName"],
      ["showIf.operator", "answered"],
    ];
    const optionSaved = await resend(edgars, withRow, question, "question-form", "save", options);
    assert.equal(optionSaved.status, 303);
    const stored = (await definitionRow(service)).draft as { pages: { questions: unknown[] }[] };
    assert.deepEqual(stored.pages[0]?.questions[1], {
      id: "hasChildren",
      type: "choice",
      label: { lv: "Vai jums ir bērni?", en: "Do you have children?" },
      options: [{ value: "yes", label: { lv: "Jā", en: "Yes" } }],
      showIf: { field: "fullName", answered: true },
    });

    // The preview shows what was typed without saving it.
    const preview = await send(edgars, question, "question-form", "preview", [["label.lv", "Cik jums ir bērnu?"]]);
    assert.equal(preview.status, 200);
    const panel = /<div id="preview-panel"[\s\S]*?<div id="preview-status"/.exec(preview.body)?.[0] ?? "";
    assert.match(text(panel), /Cik jums ir bērnu\?/);
    assert.match(text(panel), /Nesaglabātas izmaiņas/);
    assert.match(preview.body, /value="Cik jums ir bērnu\?"/);
    const unchanged = (await definitionRow(service)).draft as { pages: { questions: { label: { lv: string } }[] }[] };
    assert.equal(unchanged.pages[0]?.questions[1]?.label.lv, "Vai jums ir bērni?");

    // Pages are added, moved and removed from the structure.
    const structure = await edgars.get(`/darbs/e-pakalpojumi/${service}/struktura`);
    const newPage = await edgars.post(`/darbs/e-pakalpojumi/${service}/struktura`, {
      _csrf: edgars.csrf(structure.body),
      action: "add:pages",
    });
    assert.equal(newPage.location, `/darbs/e-pakalpojumi/${service}/struktura/lapas/2`);
    await send(edgars, newPage.location ?? "", "page-form", "save", [
      ["title.lv", "Bērni"],
      ["title.en", "Children"],
    ]);
    const pageIds = async () => ((await definitionRow(service)).draft as { pages: { id: string }[] }).pages.map((p) => p.id);
    const [first, second] = await pageIds();
    const moved = await edgars.post(`/darbs/e-pakalpojumi/${service}/struktura`, {
      _csrf: edgars.csrf(structure.body),
      action: "up:pages.1",
    });
    assert.equal(moved.location, `/darbs/e-pakalpojumi/${service}/struktura#f-pages-0`);
    assert.deepEqual(await pageIds(), [second, first]);
    await edgars.post(`/darbs/e-pakalpojumi/${service}/struktura`, { _csrf: edgars.csrf(structure.body), action: "remove:pages.0" });
    assert.deepEqual(await pageIds(), [first]);

    const published = await edgars.post(`/darbs/e-pakalpojumi/${service}/publicet`, { _csrf: edgars.csrf(overview.body) });
    assert.equal(published.status, 303);
    assert.equal(published.location, `/darbs/e-pakalpojumi/${service}?publicets=1`);
    const row = await definitionRow(service);
    assert.equal(row.published_version, 1);
    assert.equal(row.draft, null);
    assert.match(text((await edgars.get(published.location ?? "")).body), /Publicēta 1\. versija/);

    // The catalogue service now leads to the e-service and tells its maturity level.
    const servicePage = await edgars.get(`/pakalpojumi/${service}`);
    assert.match(servicePage.body, new RegExp(`href="/e-pakalpojumi/${service}"`));
    assert.match(text(servicePage.body), /sasniedz 4\. elektronizācijas līmeni/);
  });

  test("every screen of a published e-service, saved unchanged, gives back the very definition", async () => {
    // The Cēsis housing allowance has sections, groups with inner questions, files and conditions.
    for (const [personalCode, unit, service] of [
      [EDGARS, "PMLP", DECLARATION],
      [ILZE, "CESIS", "majokla-pabalsts-cesis"],
    ] as const) {
      const visitor = await editor(personalCode, unit);
      const base = `/darbs/e-pakalpojumi/${service}/struktura`;
      const saves = [await send(visitor, `${base}/iestatijumi`, "general-form", "save")];
      const published = (
        await site.database.db
          .selectFrom("eservices.definition_version")
          .select("document")
          .where("service", "=", service)
          .where("version", "=", 1)
          .executeTakeFirstOrThrow()
      ).document as { pages: { questions: { questions?: unknown[] }[] }[] };
      for (const [p, page] of published.pages.entries()) {
        saves.push(await send(visitor, `${base}/lapas/${p + 1}`, "page-form", "save"));
        for (const [q, question] of page.questions.entries()) {
          const path = `${base}/lapas/${p + 1}/jautajumi/${q + 1}`;
          saves.push(await send(visitor, path, "question-form", "save"));
          for (const i of (question.questions ?? []).keys()) saves.push(await send(visitor, `${path}/${i + 1}`, "question-form", "save"));
        }
      }
      for (const saved of saves) assert.equal(saved.status, 303, saved.url.pathname);
      assert.deepEqual((await definitionRow(service)).draft, published, service);
      const discarded = await visitor.post(`/darbs/e-pakalpojumi/${service}/atmest`, {
        _csrf: visitor.csrf((await visitor.get(base)).body),
      });
      assert.equal(discarded.location, `/darbs/e-pakalpojumi/${service}?atmests=1`);
      assert.equal((await definitionRow(service)).draft, null);
    }
  });

  test("discarding the draft of an e-service never published removes it, and its service may have one again", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const list = await edgars.get("/darbs/e-pakalpojumi");
    const service = /<select[^>]*name="service"[^>]*>[\s\S]*?value="([^"]+)"/.exec(list.body)?.[1];
    assert.ok(service);
    await edgars.post("/darbs/e-pakalpojumi", { _csrf: edgars.csrf(list.body), service });
    const discarded = await edgars.post(`/darbs/e-pakalpojumi/${service}/atmest`, { _csrf: edgars.csrf(list.body) });
    assert.equal(discarded.location, "/darbs/e-pakalpojumi?atmests=1");
    const rows = await site.database.db.selectFrom("eservices.definition").select("service").where("service", "=", service).execute();
    assert.deepEqual(rows, []);
    const after = await edgars.get(discarded.location);
    assert.match(text(after.body), /Nepublicētais e-pakalpojums ir izdzēsts/);
    assert.match(after.body, new RegExp(`<option value="${service}"`));
  });

  test("an editor of another institution is told the e-service does not exist", async () => {
    const ilze = await editor(ILZE, "CESIS");
    const list = await ilze.get("/darbs/e-pakalpojumi");
    assert.equal(list.status, 200);
    assert.doesNotMatch(list.body, new RegExp(DECLARATION));
    for (const path of ["", "/struktura", "/struktura/lapas/1", "/struktura/lapas/1/jautajumi/1", "/lejupielade/yaml"]) {
      assert.equal((await ilze.get(`/darbs/e-pakalpojumi/${DECLARATION}${path}`)).status, 404, path);
    }
    const publish = await ilze.post(`/darbs/e-pakalpojumi/${DECLARATION}/publicet`, { _csrf: ilze.csrf(list.body) });
    assert.equal(publish.status, 404);
    assert.equal(await versionCount(DECLARATION), 1);
  });

  test("a YAML or JSON file with errors is refused with the place and line of each, and nothing changes", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const overview = await edgars.get(`/darbs/e-pakalpojumi/${DECLARATION}`);
    const source = demoFile(DECLARATION);
    const definition = parse(source) as { pages: { questions: { type: string }[] }[] };
    const pageIndex = definition.pages.findIndex((p) => p.questions.some((q) => q.type === "address"));
    const questionIndex = definition.pages[pageIndex]?.questions.findIndex((q) => q.type === "address") ?? -1;
    const yaml = source.replace("type: address", "type: colour");
    const line = yaml.split("\n").findIndex((l) => l.includes("type: colour")) + 1;

    const refusedYaml = await upload(edgars, overview, DECLARATION, "deklaracija.yaml", yaml, true);
    assert.equal(refusedYaml.status, 400);
    assert.match(text(refusedYaml.body), /Failu deklaracija\.yaml nevarēja pieņemt/);
    const place = `${line}\\. rinda: ${pageIndex + 1}\\. lapa «[^»]+» › ${questionIndex + 1}\\. jautājums «[^»]+» › Veids: norādiet derīgu vērtību`;
    assert.match(text(refusedYaml.body), new RegExp(place));
    assert.deepEqual(summaryLinks(refusedYaml.body), ["#upload-file"]);

    const json = JSON.stringify({ ...parse(source), assurance: "very high" }, null, 2);
    const jsonLine = json.split("\n").findIndex((l) => l.includes('"assurance"')) + 1;
    const refusedJson = await upload(edgars, overview, DECLARATION, "deklaracija.json", json, false);
    assert.equal(refusedJson.status, 400);
    assert.match(text(refusedJson.body), new RegExp(`${jsonLine}\\. rinda: Pieslēgšanās drošības līmenis: norādiet derīgu vērtību`));

    const broken = json.replace('"fee": null,', '"fee": null,,');
    const brokenLine = broken.split("\n").findIndex((l) => l.includes(",,")) + 1;
    const brokenColumn = (broken.split("\n")[brokenLine - 1] ?? "").indexOf(",,") + 2;
    const refusedSyntax = await upload(edgars, overview, DECLARATION, "deklaracija.json", broken, false);
    assert.equal(refusedSyntax.status, 400);
    assert.match(text(refusedSyntax.body), new RegExp(`${brokenLine}\\. rinda, ${brokenColumn}\\. zīme: Šeit faila pierakstā ir kļūda`));

    const row = await definitionRow(DECLARATION);
    assert.equal(row.draft, null);
    assert.equal(row.published_version, 1);
    assert.equal(await versionCount(DECLARATION), 1);
  });

  test("a good file becomes the draft or, ticked, version 2, while version 1 stays readable", async () => {
    const edgars = await editor(EDGARS, "PMLP");
    const overview = await edgars.get(`/darbs/e-pakalpojumi/${DECLARATION}`);
    const current = await edgars.get(`/darbs/e-pakalpojumi/${DECLARATION}/lejupielade/yaml`);
    assert.equal(current.status, 200);
    assert.match(current.headers.get("content-disposition") ?? "", /attachment; filename="dzivesvietas-deklaresana\.yaml"/);
    const before = parse(current.body) as { title: { lv: string } };
    const changed = current.body.replace(`lv: ${before.title.lv}`, "lv: Dzīvesvietas deklarēšana tiešsaistē");

    const drafted = await upload(edgars, overview, DECLARATION, "deklaracija.yml", changed, false);
    assert.equal(drafted.status, 303);
    assert.equal(drafted.location, `/darbs/e-pakalpojumi/${DECLARATION}?augsupieladets=1`);
    assert.equal(((await definitionRow(DECLARATION)).draft as { title: { lv: string } }).title.lv, "Dzīvesvietas deklarēšana tiešsaistē");
    assert.equal(await versionCount(DECLARATION), 1);

    const published = await upload(edgars, overview, DECLARATION, "deklaracija.yml", changed, true);
    assert.equal(published.status, 303);
    assert.equal(published.location, `/darbs/e-pakalpojumi/${DECLARATION}?publicets=2`);
    const row = await definitionRow(DECLARATION);
    assert.equal(row.published_version, 2);
    assert.equal(row.draft, null);

    const first = await edgars.get(`/darbs/e-pakalpojumi/${DECLARATION}/lejupielade/json?versija=1`);
    assert.equal((JSON.parse(first.body) as { title: { lv: string } }).title.lv, before.title.lv);
    const second = await edgars.get(`/darbs/e-pakalpojumi/${DECLARATION}/lejupielade/json?versija=2`);
    assert.equal((JSON.parse(second.body) as { title: { lv: string } }).title.lv, "Dzīvesvietas deklarēšana tiešsaistē");
    assert.equal((await edgars.get(`/darbs/e-pakalpojumi/${DECLARATION}/lejupielade/json?versija=3`)).status, 404);
    const page = text((await edgars.get(published.location ?? "")).body);
    assert.match(page, /Publicēta 2\. versija/);
    assert.match(page, /Versija Publicēta Publicēja Fails 2 .* Edgars Liepiņš .* 1 .* Epak \(demonstrācijas dati\)/);
  });
});
