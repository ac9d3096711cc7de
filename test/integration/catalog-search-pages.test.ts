// The catalogue's front door as a person uses it without script: the front page's search box and
// situations, and the results page with its facets, filters, pages and advice, on the demo
// catalogue, in Latvian and English. Bad addresses never break the page.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { importCatalogue } from "../../src/modules/catalog/commands/import-catalogue.ts";
import { ManualClock } from "../../src/platform/clock.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { Messages } from "../../src/platform/i18n/messages.ts";
import { type TestApp, testApp } from "../harness/app.ts";

type Result = { href: string; title: string; marked: string[]; summaryMarked: string[]; institution: string; online: boolean };

function marks(html: string): string[] {
  return [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((mark) => mark[1] ?? "");
}

function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ")
    .trim();
}

function results(html: string): Result[] {
  return [...html.matchAll(/<li class="epak-result">([\s\S]*?)<\/li>/g)].map((m) => {
    const item = m[1] ?? "";
    const link = /<h3[^>]*><a class="govuk-link" href="([^"]+)">([\s\S]*?)<\/a><\/h3>/.exec(item);
    const meta = /<p class="govuk-body-s epak-result__meta"><span>([\s\S]*?)<\/span>/.exec(item);
    const summary = /<p class="govuk-body epak-result__summary">([\s\S]*?)<\/p>/.exec(item);
    return {
      href: link?.[1] ?? "",
      title: text(link?.[2] ?? ""),
      marked: marks(link?.[2] ?? ""),
      summaryMarked: marks(summary?.[1] ?? ""),
      institution: text(meta?.[1] ?? ""),
      online: item.includes("govuk-tag"),
    };
  });
}

function countHeading(html: string): string {
  return text(/<h2 class="govuk-heading-m epak-results__count">([\s\S]*?)<\/h2>/.exec(html)?.[1] ?? "");
}

/** A facet's links in the sidebar: what each says, with its count, and where it goes. */
function facetLinks(html: string, facet: string): { label: string; count: number; href: string }[] {
  const group = new RegExp(`<div class="epak-facet" id="facet-${facet}">([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? "";
  return [...group.matchAll(/<a class="govuk-link" href="([^"]+)">([\s\S]*?)<\/a>/g)].map((m) => {
    const label = text(m[2] ?? "");
    return {
      label: label.replace(/ \(\d+\)$/, ""),
      count: Number(/\((\d+)\)$/.exec(label)?.[1] ?? Number.NaN),
      href: (m[1] ?? "").replaceAll("&amp;", "&"),
    };
  });
}

describe("catalogue search pages", () => {
  let site: TestApp;
  const clock = new ManualClock();
  const get = async (url: string) => {
    const res = await site.http.inject({ method: "GET", url });
    return { status: res.statusCode, body: res.body };
  };

  before(async () => {
    site = await testApp({ seed: true, clock });
  });
  after(async () => {
    await site.close();
  });

  describe("front page", () => {
    test("has a search form that works without script, and the life and business situations", async () => {
      const { status, body } = await get("/");
      assert.equal(status, 200);
      assert.match(body, /<search class="epak-search epak-search--l"><form method="get" action="\/pakalpojumi">/);
      assert.match(body, /<label class="govuk-label govuk-label--l" for="q">Meklēt pakalpojumu<\/label>/);
      assert.match(body, /<input class="govuk-input epak-search__input" id="q" name="q" type="search"/);
      assert.match(
        body,
        /<a class="govuk-link epak-situations__link" href="\/dzives-situacijas\/berna-piedzimsana">Bērna piedzimšana<\/a>/,
      );
      const business = [...body.matchAll(/href="\/biznesa-situacijas\/[^"]+"/g)];
      assert.ok(business.length >= 8, `business situations: ${business.length}`);
      assert.ok([...body.matchAll(/href="\/dzives-situacijas\/[^"]+"/g)].length >= 20);
      assert.match(body, /href="\/pakalpojumi\/a-z"/);
      assert.match(body, /href="\/iestades"/);
      // What was there before the catalogue stays.
      assert.match(body, /Kā izmantot e-pakalpojumus/);
    });

    test("in English, the form and the situations lead to English pages", async () => {
      const { status, body } = await get("/en");
      assert.equal(status, 200);
      assert.match(body, /<search class="epak-search epak-search--l"><form method="get" action="\/en\/pakalpojumi">/);
      assert.match(body, /href="\/en\/dzives-situacijas\/berna-piedzimsana">Birth of a child<\/a>/);
      assert.match(body, /Search for a service/);
    });
  });

  describe("results", () => {
    test("a query typed without diacritics finds the service it means first, with the match marked", async () => {
      const { status, body } = await get("/pakalpojumi?q=deklaresana");
      assert.equal(status, 200);
      const found = results(body);
      assert.equal(found[0]?.href, "/pakalpojumi/dzivesvietas-deklaresana");
      assert.equal(found[0]?.title, "Dzīvesvietas deklarēšana");
      assert.deepEqual(found[0]?.marked, ["deklarēšana"]);
      // The summary starts at its first sentence with a match: "… Dzīvesvietu var deklarēt sev …".
      assert.deepEqual(found[0]?.summaryMarked, ["deklarēt", "deklarācijā"]);
      assert.equal(found[0]?.institution, "Pilsonības un migrācijas lietu pārvalde");
      assert.equal(found[0]?.online, true);
      // The box keeps what was asked.
      assert.match(body, /id="q" name="q" type="search" value="deklaresana"/);
      assert.match(body, /<title>“deklaresana” – pakalpojumu meklēšana – /);
    });

    test("a common word finds many services, twenty to a page, with pages to go through", async () => {
      const first = await get("/pakalpojumi?q=pabalsts");
      const total = Number(/^(\d+) pakalpojum/.exec(countHeading(first.body))?.[1]);
      assert.ok(total > 20, `found ${total}`);
      assert.equal(results(first.body).length, 20);
      assert.match(first.body, /<nav class="govuk-pagination" aria-label="Rezultātu lapas">/);
      assert.match(first.body, /href="\/pakalpojumi\?q=pabalsts&amp;lapa=2" rel="next"/);

      const second = await get("/pakalpojumi?q=pabalsts&lapa=2");
      assert.equal(second.status, 200);
      const onSecond = results(second.body).map((r) => r.href);
      assert.equal(onSecond.length, Math.min(20, total - 20));
      assert.ok(
        onSecond.every((href) => !results(first.body).some((r) => r.href === href)),
        "page 2 repeats page 1",
      );
      assert.match(second.body, /aria-label="2\. lapa" aria-current="page"/);
      assert.match(second.body, /rel="prev"/);
    });

    test("the count reads right in Latvian for every number", () => {
      const messages = new Messages();
      const lv = (count: number) => messages.format("lv", "catalog.search.count", { count });
      assert.equal(lv(1), "1 pakalpojums atrasts");
      assert.equal(lv(21), "21 pakalpojums atrasts");
      assert.equal(lv(3), "3 pakalpojumi atrasti");
      assert.equal(lv(11), "11 pakalpojumi atrasti");
      assert.equal(lv(20), "20 pakalpojumi atrasti");
      assert.equal(messages.format("en", "catalog.search.count", { count: 1 }), "1 service found");
      assert.equal(messages.format("en", "catalog.search.count", { count: 7 }), "7 services found");
    });

    test("facets show their counts, and choosing one narrows the results to it", async () => {
      const { body } = await get("/pakalpojumi?q=pabalsts");
      const institutions = facetLinks(body, "institution");
      const vsaa = institutions.find((f) => f.label === "Valsts sociālās apdrošināšanas aģentūra");
      assert.ok(vsaa, `institutions: ${institutions.map((f) => f.label).join(", ")}`);
      assert.ok(vsaa.count > 1 && vsaa.count < Number(/^(\d+)/.exec(countHeading(body))?.[1]));
      assert.equal(vsaa.href, "/pakalpojumi?q=pabalsts&iestade=VSAA");
      for (const facet of ["audience", "kind", "event", "online"]) {
        assert.ok(facetLinks(body, facet).length > 0, `no ${facet} facet`);
      }

      const narrowed = await get(vsaa.href);
      assert.equal(
        countHeading(narrowed.body),
        `${vsaa.count} pakalpojumi atrasti`.replace(/^1 pakalpojumi atrasti$/, "1 pakalpojums atrasts"),
      );
      assert.ok(results(narrowed.body).every((r) => r.institution === "Valsts sociālās apdrošināšanas aģentūra"));
      // The chosen filter is shown with a link that takes it away again.
      assert.match(
        narrowed.body,
        /Iestāde: Valsts sociālās apdrošināšanas aģentūra <a class="govuk-link" href="\/pakalpojumi\?q=pabalsts">Noņemt/,
      );
      // Searching again keeps the filter.
      assert.match(narrowed.body, /<input type="hidden" name="iestade" value="VSAA"\/>/);
    });

    test("filters combine, and online narrows to e-services", async () => {
      const { body } = await get("/pakalpojumi?q=pabalsts&iestade=VSAA&tiessaiste=ja");
      const found = results(body);
      assert.ok(found.length > 0);
      assert.ok(found.every((r) => r.online && r.institution === "Valsts sociālās apdrošināšanas aģentūra"));
      assert.match(body, /Noņemt visus filtrus/);
    });

    test("without a municipality a municipal service shows once; with one, that municipality's own", async () => {
      const national = results((await get("/pakalpojumi?q=majokla+pabalsts")).body).map((r) => r.href);
      assert.ok(national.includes("/pakalpojumi/majokla-pabalsts"), national.join(", "));
      assert.ok(!national.some((href) => href.startsWith("/pakalpojumi/majokla-pabalsts-")));

      const riga = await get("/pakalpojumi?q=majokla+pabalsts&pasvaldiba=RIGA");
      const local = results(riga.body);
      assert.ok(
        local.some((r) => r.href === "/pakalpojumi/majokla-pabalsts-riga"),
        local.map((r) => r.href).join(", "),
      );
      assert.match(riga.body, /<option value="RIGA" selected>Rīgas valstspilsētas pašvaldība/);
      assert.equal([...riga.body.matchAll(/<option value="[A-Z-]+"/g)].length, 42);
    });

    test("the institution facet lists ten, and a plain link shows all", async () => {
      const short = await get("/pakalpojumi");
      assert.equal(facetLinks(short.body, "institution").length, 10);
      const all = /<a class="govuk-link" href="(\/pakalpojumi\?visi=iestade#facet-institution)">Rādīt visas iestādes \((\d+)\)<\/a>/.exec(
        short.body,
      );
      assert.ok(all, "no link to all institutions");
      const long = await get(all[1] ?? "");
      assert.equal(facetLinks(long.body, "institution").length, Number(all[2]));
    });

    test("an empty query lists every service, to browse by filter", async () => {
      const { status, body } = await get("/pakalpojumi");
      assert.equal(status, 200);
      const total = Number(/^(\d+)/.exec(countHeading(body))?.[1]);
      assert.ok(total >= 150, `listed ${total}`);
      assert.equal(results(body).length, 20);
      assert.equal(results(body)[0]?.marked.length, 0);
    });

    test("English pages show English titles and words", async () => {
      const { status, body } = await get("/en/pakalpojumi?q=declaring+residence");
      assert.equal(status, 200);
      const first = results(body)[0];
      assert.equal(first?.href, "/en/pakalpojumi/dzivesvietas-deklaresana");
      assert.equal(first?.title, "Declaring your place of residence");
      assert.deepEqual(first?.marked, ["Declaring", "residence"]);
      assert.equal(first?.institution, "Office of Citizenship and Migration Affairs");
      assert.match(countHeading(body), /^\d+ services? found$/);
      assert.match(body, /<html lang="en"/);
    });

    test("nothing found: the page says so and what to try", async () => {
      const { status, body } = await get("/pakalpojumi?q=qqxqzv+wwzzkk");
      assert.equal(status, 200);
      assert.equal(countHeading(body), "Neviens pakalpojums netika atrasts");
      assert.match(body, /pārbaudiet, vai vārdi uzrakstīti pareizi/);
      assert.match(body, /href="\/dzives-situacijas">pārlūkojiet dzīves situācijas/);
      assert.match(body, /href="\/pakalpojumi\/a-z">skatiet visu pakalpojumu sarakstu no A līdz Z/);
      assert.equal(results(body).length, 0);
    });

    test("a mistyped word finds the service and says the words were read as similar ones", async () => {
      const { body } = await get("/pakalpojumi?q=deklaresanna+dzivesvietaz");
      assert.ok(results(body).length > 0);
      assert.match(body, /Rādām rezultātus vārdiem, kas līdzīgi ievadītajiem/);
    });
  });

  describe("bad addresses", () => {
    test("unknown filter values and a page that is not a number are ignored, and the page says so", async () => {
      const { status, body } = await get(
        "/pakalpojumi?q=pabalsts&iestade=NAV-TADAS&veids=citads&lapa=abc&pasvaldiba=VSAA&tiessaiste=varbut",
      );
      assert.equal(status, 200);
      assert.match(body, /Daļa no meklēšanas adreses netika ņemta vērā/);
      assert.ok(results(body).length > 0);
      assert.doesNotMatch(body, /Izvēlētie filtri/);
    });

    test("a page past the last shows the first", async () => {
      const { status, body } = await get("/pakalpojumi?q=deklaresana&lapa=999");
      assert.equal(status, 200);
      assert.equal(results(body)[0]?.href, "/pakalpojumi/dzivesvietas-deklaresana");
    });

    test("markup in the query comes back as text", async () => {
      const { status, body } = await get(`/pakalpojumi?q=${encodeURIComponent('"><script>alert(1)</script>')}`);
      assert.equal(status, 200);
      assert.doesNotMatch(body, /<script>alert/);
      assert.match(body, /value="&quot;>&lt;script>alert\(1\)&lt;\/script>"/);
    });

    test("repeated and overlong parameters do not break the page", async () => {
      const { status, body } = await get(`/pakalpojumi?q=pase&q=pabalsts&iestade=PMLP&iestade=VSAA&q2=${"x".repeat(500)}`);
      assert.equal(status, 200);
      assert.match(body, /value="pase"/);
      const long = await get(`/pakalpojumi?q=${"pabalsts ".repeat(100)}`);
      assert.equal(long.status, 200);
    });
  });

  // Last, as it adds to the catalogue.
  test("a situation editors add reaches the front page within half a minute", async () => {
    const event = {
      identifier: "testa-situacija",
      kind: "life" as const,
      title: { lv: "Testa situācija", en: "Test situation" },
      description: { lv: "Situācija testam.", en: "A situation for a test." },
      steps: [{ title: { lv: "Deklarējiet dzīvesvietu", en: "Declare your residence" }, services: ["dzivesvietas-deklaresana"] }],
    };
    assert.doesNotMatch((await get("/")).body, /Testa situācija/);
    const imported = await inTransaction(site.database.db, (trx) =>
      importCatalogue(
        { actor: "system:test", onBehalfOf: null, channel: "online", trx, requestId: null },
        { institutions: [], services: [], localVariants: [], events: [event] },
      ),
    );
    assert.equal(imported.ok, true);
    clock.advance(29_000);
    assert.doesNotMatch((await get("/")).body, /Testa situācija/, "read again before its time");
    clock.advance(1_000);
    assert.match((await get("/")).body, /href="\/dzives-situacijas\/testa-situacija">Testa situācija<\/a>/);
    assert.match((await get("/en")).body, /href="\/en\/dzives-situacijas\/testa-situacija">Test situation<\/a>/);
  });
});
