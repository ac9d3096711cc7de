// The catalogue's reading pages over HTTP, on the demo catalogue: a service with many channels, a
// service whose e-service is inside Epak, a template with its municipality chooser and one of its
// municipalities' pages, the A–Z list in each language's order, the institutions and the life and
// business situations, and the answers for addresses that do not exist.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DEMO_CATALOGUE } from "../../src/modules/catalog/demo/index.ts";
import { type TestApp, testApp } from "../harness/app.ts";

/** A page's text without tags, with the entities it uses read back and spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ");
}

/** The headings of the page's own content (not the site notices or the footer). */
function headings(html: string, level: number): string[] {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
  return [...main.matchAll(new RegExp(`<h${level}[^>]*>([\\s\\S]*?)</h${level}>`, "g"))].map((m) => text(m[1] ?? "").trim());
}

function startButtons(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]+)"[^>]*class="govuk-button govuk-button--start/g)].map((m) => m[1] ?? "");
}

const LATVIAN_ALPHABET = "0–9 A Ā B C Č D E Ē F G Ģ H I Ī J K Ķ L Ļ M N Ņ O P R S Š T U Ū V Z Ž".split(" ");

describe("catalogue reading pages", () => {
  let site: TestApp;
  const get = async (url: string) => site.http.inject({ method: "GET", url });

  before(async () => {
    site = await testApp({ seed: true });
  });
  after(() => site.close());

  describe("a service", () => {
    test("dzīvesvietas deklarēšana shows its institution, its level in words, the e-service button and every other channel", async () => {
      const res = await get("/pakalpojumi/dzivesvietas-deklaresana");
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<title>Dzīvesvietas deklarēšana – /);
      const page = text(res.body);
      assert.ok(page.includes("Pakalpojumu sniedz Pilsonības un migrācijas lietu pārvalde"), page);
      // The level follows from what the Epak e-service does: register data from two institutions, decision to the e-address.
      assert.ok(page.includes("Elektronizācijas līmenis 5 no 5"), page);
      assert.ok(page.includes("Šis e-pakalpojums sasniedz 5. elektronizācijas līmeni no 5."));
      assert.deepEqual(startButtons(res.body), ["/e-pakalpojumi/dzivesvietas-deklaresana"]);
      assert.ok(page.includes("Klātienē Pēc iepriekšēja pieraksta"), "the in-person channel with its note");
      assert.ok(page.includes("4,27 € – Valsts nodeva"), "the fee in Latvian euro");
      assert.ok(page.includes("Izpildes termiņš Elektroniski – uzreiz"));
      assert.match(res.body, /<nav class="govuk-breadcrumbs"[\s\S]*href="\/">Sākums<[\s\S]*href="\/pakalpojumi">Pakalpojumi</);
      assert.match(res.body, /href="\/iestades\/PMLP"/);
      assert.match(res.body, /href="\/dzives-situacijas\/dzivesvietas-maina"/);
      assert.deepEqual(
        headings(res.body, 2).filter((h) =>
          ["Kā saņemt pakalpojumu", "Maksa un izpildes termiņš", "Kas nepieciešams", "Kā rīkoties", "Ko saņemsiet"].includes(h),
        ),
        ["Kā saņemt pakalpojumu", "Maksa un izpildes termiņš", "Kas nepieciešams", "Kā rīkoties", "Ko saņemsiet"],
      );
      assert.match(page, /Versija: 1 Atjaunināts: \d{4}\. gada \d{1,2}\. \p{L}+/u);
    });

    test("in English it is the English description, with English money and links that stay in English", async () => {
      const res = await get("/en/pakalpojumi/dzivesvietas-deklaresana");
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="en"/);
      const page = text(res.body);
      assert.ok(headings(res.body, 1).includes("Declaring your place of residence"));
      assert.ok(page.includes("Level of digitisation 5 of 5"), page);
      assert.deepEqual(startButtons(res.body), ["/en/e-pakalpojumi/dzivesvietas-deklaresana"]);
      assert.ok(page.includes("€4.27 – State fee"));
      assert.match(res.body, /href="\/en\/iestades\/PMLP"/);
      assert.ok(!page.includes("Dzīvesvietas deklarēšana"), "no Latvian title on the English page");
    });

    test("an e-service inside Epak is started at its Epak address, in the page's language", async () => {
      const lv = await get("/pakalpojumi/mana-ipasuma-deklaretas-personas");
      assert.deepEqual(startButtons(lv.body), ["/e-pakalpojumi/mana-ipasuma-deklaretas-personas"]);
      assert.ok(!text(lv.body).includes("atvērsies vietnē"), "an Epak page is not another site");
      const en = await get("/en/pakalpojumi/mana-ipasuma-deklaretas-personas");
      assert.deepEqual(startButtons(en.body), ["/en/e-pakalpojumi/mana-ipasuma-deklaretas-personas"]);
    });

    test("an address that is no service is the page-not-found page, in either language", async () => {
      for (const [url, heading] of [
        ["/pakalpojumi/nav-tada-pakalpojuma", "Lapa nav atrasta"],
        ["/en/pakalpojumi/nav-tada-pakalpojuma", "Page not found"],
        ["/pakalpojumi/%E2%80%AE", "Lapa nav atrasta"],
      ] as const) {
        const res = await get(url);
        assert.equal(res.statusCode, 404, url);
        assert.ok(headings(res.body, 1).includes(heading), `${url}: ${headings(res.body, 1).join(" | ")}`);
      }
    });
  });

  describe("a service every municipality provides", () => {
    test("the national description offers all 42 municipalities to choose from and links each one's page", async () => {
      const res = await get("/pakalpojumi/majokla-pabalsts");
      assert.equal(res.statusCode, 200);
      const page = text(res.body);
      assert.ok(page.includes("Šo pakalpojumu sniedz katra pašvaldība"));
      const select = /<select[^>]*name="pasvaldiba"[^>]*>([\s\S]*?)<\/select>/.exec(res.body)?.[1] ?? "";
      const options = [...select.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
      assert.equal(options.length, 42);
      assert.ok(options.includes("CESIS") && options.includes("RIGA"));
      assert.match(res.body, /href="\/pakalpojumi\/majokla-pabalsts-cesis">Cēsu novada pašvaldība</);
      assert.ok(page.includes("Visas pašvaldības (42)"));
      assert.ok(page.includes("Par pakalpojumu jautājiet savai pašvaldībai."));
    });

    test("choosing a municipality leads to its page, in the language of the form", async () => {
      const lv = await get("/pakalpojumi/majokla-pabalsts?pasvaldiba=CESIS");
      assert.equal(lv.statusCode, 303);
      assert.equal(lv.headers.location, "/pakalpojumi/majokla-pabalsts-cesis");
      const en = await get("/en/pakalpojumi/majokla-pabalsts?pasvaldiba=RIGA");
      assert.equal(en.statusCode, 303);
      assert.equal(en.headers.location, "/en/pakalpojumi/majokla-pabalsts-riga");
    });

    test("sending the chooser without a municipality it knows says so next to the field", async () => {
      for (const value of ["", "NOWHERE"]) {
        const res = await get(`/pakalpojumi/majokla-pabalsts?pasvaldiba=${value}`);
        assert.equal(res.statusCode, 400, value);
        assert.match(res.body, /<title>Kļūda: Mājokļa pabalsts/);
        assert.match(res.body, /<p id="pasvaldiba-error" class="govuk-error-message">[\s\S]*Izvēlieties pašvaldību no saraksta/);
        assert.match(res.body, /<div class="govuk-error-summary"/);
      }
    });

    test("a service that is not a template takes no notice of a municipality in its address", async () => {
      const res = await get("/pakalpojumi/pases-izsniegsana?pasvaldiba=CESIS");
      assert.equal(res.statusCode, 200);
      assert.ok(!res.body.includes("govuk-error-message"));
    });

    test("a municipality's page says what the municipality adds, its contacts, and links to the national description", async () => {
      const res = await get("/pakalpojumi/majokla-pabalsts-cesis");
      assert.equal(res.statusCode, 200);
      const page = text(res.body);
      assert.ok(headings(res.body, 1).includes("Mājokļa pabalsts (Cēsu novada pašvaldība)"));
      assert.ok(page.includes("Vietējā informācija: Cēsu novada pašvaldība Mājokļa pabalstu Cēsu novadā piešķir"), page);
      assert.match(res.body, /href="\/pakalpojumi\/majokla-pabalsts">Pakalpojuma vispārīgais apraksts un citas pašvaldības</);
      assert.ok(page.includes("Kur pieejams Cēsu novada pašvaldība"));
      assert.ok(page.includes("Pakalpojumu sniedz Cēsu novada pašvaldība"));
      assert.ok(!res.body.includes('name="pasvaldiba"'), "no chooser on a municipality's own page");
      const en = text((await get("/en/pakalpojumi/majokla-pabalsts-cesis")).body);
      assert.ok(en.includes("Local details: Cēsis Municipality"), en);
    });
  });

  describe("the A–Z list", () => {
    test("lists every service once, without municipalities' variants, under letters in Latvian order", async () => {
      const res = await get("/pakalpojumi/a-z");
      assert.equal(res.statusCode, 200);
      const links = [...res.body.matchAll(/<li><a class="govuk-link" href="\/pakalpojumi\/([^"]+)">/g)].map((m) => m[1]);
      assert.equal(new Set(links).size, links.length, "no service twice");
      assert.equal(links.length, DEMO_CATALOGUE.services.length);
      assert.ok(links.includes("majokla-pabalsts"));
      assert.ok(!links.some((l) => l?.startsWith("majokla-pabalsts-")), "no variant");
      const letters = headings(res.body, 2);
      const positions = letters.map((l) => LATVIAN_ALPHABET.indexOf(l));
      assert.ok(!positions.includes(-1), `letters outside the alphabet: ${letters.join(" ")}`);
      assert.deepEqual(
        positions,
        [...positions].sort((a, b) => a - b),
        `letters out of order: ${letters.join(" ")}`,
      );
      assert.ok(
        letters.includes("Č") || letters.includes("Ā") || letters.includes("Š"),
        "letters with diacritics are letters of their own",
      );
      // Within a letter, titles in Latvian collation order.
      const collator = new Intl.Collator("lv");
      const section = /<h2[^>]*>P<\/h2>([\s\S]*?)<\/section>/.exec(res.body)?.[1] ?? "";
      const titles = [...section.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1] ?? "");
      assert.ok(titles.length > 5);
      assert.deepEqual(titles, [...titles].sort(collator.compare));
      // Every letter is reachable from the letter list.
      for (const id of [...res.body.matchAll(/<h2 class="govuk-heading-l" id="([^"]+)"/g)].map((m) => m[1])) {
        assert.ok(res.body.includes(`href="#${id}"`), `no link to ${id}`);
      }
    });

    test("in English it lists English titles by the English alphabet", async () => {
      const res = await get("/en/pakalpojumi/a-z");
      assert.equal(res.statusCode, 200);
      const letters = headings(res.body, 2);
      for (const l of letters) assert.match(l, /^([A-Z]|0–9)$/, `not an English letter: ${l}`);
      assert.deepEqual(letters, [...letters].sort(new Intl.Collator("en").compare));
      assert.match(res.body, /href="\/en\/pakalpojumi\/dzivesvietas-deklaresana">Declaring your place of residence</);
    });
  });

  describe("institutions", () => {
    test("the list groups institutions by kind, alphabetically within each", async () => {
      const res = await get("/iestades");
      assert.equal(res.statusCode, 200);
      assert.deepEqual(headings(res.body, 2).slice(1), [
        "Ministrijas",
        "Valsts iestādes",
        "Valstspilsētu pašvaldības",
        "Novadu pašvaldības",
        "Citas iestādes",
      ]);
      const cities = /id="state_city">[\s\S]*?<ul class="govuk-list">([\s\S]*?)<\/ul>/.exec(res.body)?.[1] ?? "";
      const names = [...cities.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1] ?? "");
      assert.equal(names.length, 7);
      assert.deepEqual(names, [...names].sort(new Intl.Collator("lv").compare));
      assert.match(res.body, /href="\/iestades\/PMLP">Pilsonības un migrācijas lietu pārvalde \(PMLP\)</);
    });

    test("an institution's page has its supervisor, contacts, website and its services", async () => {
      const res = await get("/iestades/PMLP");
      assert.equal(res.statusCode, 200);
      const page = text(res.body);
      assert.ok(headings(res.body, 1).includes("Pilsonības un migrācijas lietu pārvalde"));
      assert.match(res.body, /Pārraugošā iestāde: <a class="govuk-link" href="\/iestades\/IEM">/);
      assert.ok(page.includes("Tālrunis +371 67209400"));
      assert.match(res.body, /href="https:\/\/www\.pmlp\.gov\.lv">www\.pmlp\.gov\.lv</);
      assert.match(res.body, /href="\/pakalpojumi\/dzivesvietas-deklaresana">Dzīvesvietas deklarēšana</);
      const count = DEMO_CATALOGUE.services.filter((s) => s.institution === "PMLP").length;
      assert.ok(page.includes(`Katalogā ir ${count} šīs iestādes pakalpojum`), page);
    });

    test("a ministry lists the institutions it supervises; a municipality lists its own variants", async () => {
      const lm = await get("/iestades/LM");
      assert.ok(headings(lm.body, 2).includes("Padotībā esošās iestādes"));
      assert.match(lm.body, /href="\/iestades\/VSAA"/);
      const cesis = await get("/iestades/CESIS");
      assert.match(cesis.body, /href="\/pakalpojumi\/majokla-pabalsts-cesis"/);
    });

    test("an unknown institution is not found", async () => {
      assert.equal((await get("/iestades/NAV")).statusCode, 404);
      assert.equal((await get("/en/iestades/NAV")).statusCode, 404);
    });
  });

  describe("life and business situations", () => {
    const birth = DEMO_CATALOGUE.events.find((e) => e.identifier === "berna-piedzimsana");

    test("a life situation is its steps in order, numbered, each with its services and the e-service tag where online", async () => {
      assert.ok(birth);
      const res = await get("/dzives-situacijas/berna-piedzimsana");
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<nav class="govuk-breadcrumbs"[\s\S]*href="\/dzives-situacijas">Dzīves situācijas</);
      const steps = headings(res.body, 3);
      assert.deepEqual(
        steps,
        birth.steps.map((s, i) => `${i + 1}. solis ${s.title.lv}`),
      );
      assert.match(
        res.body,
        /href="\/pakalpojumi\/dzivesvietas-deklaresana">Dzīvesvietas deklarēšana<\/a> <strong class="govuk-tag govuk-tag--green">e-pakalpojums</,
      );
      assert.match(res.body, /href="\/pakalpojumi\/dzimsanas-registracija">/);
      const en = await get("/en/dzives-situacijas/berna-piedzimsana");
      assert.deepEqual(
        headings(en.body, 3),
        birth.steps.map((s, i) => `Step ${i + 1} ${s.title.en}`),
      );
    });

    test("a situation asked for under the other kind's address moves to its own", async () => {
      const res = await get("/biznesa-situacijas/berna-piedzimsana");
      assert.equal(res.statusCode, 301);
      assert.equal(res.headers.location, "/dzives-situacijas/berna-piedzimsana");
      const en = await get("/en/dzives-situacijas/uznemuma-dibinasana");
      assert.equal(en.headers.location, "/en/biznesa-situacijas/uznemuma-dibinasana");
      assert.equal((await get("/biznesa-situacijas/uznemuma-dibinasana")).statusCode, 200);
    });

    test("each index lists its own kind of situation only", async () => {
      const life = await get("/dzives-situacijas");
      assert.equal(life.statusCode, 200);
      const business = await get("/biznesa-situacijas");
      for (const e of DEMO_CATALOGUE.events) {
        const own = e.kind === "life" ? life.body : business.body;
        const other = e.kind === "life" ? business.body : life.body;
        assert.ok(own.includes(`/${e.identifier}"`), `${e.identifier} missing from its list`);
        assert.ok(!other.includes(`/${e.identifier}"`), `${e.identifier} in the other list`);
      }
    });

    test("an unknown situation is not found", async () => {
      assert.equal((await get("/dzives-situacijas/nav-tadas")).statusCode, 404);
      assert.equal((await get("/biznesa-situacijas/nav-tadas")).statusCode, 404);
    });
  });
});
