// The public centre pages over HTTP on the demo data: the list in Latvian (and English)
// alphabetical order, the map's dots as links, the municipality and service filters, a centre's
// page with today's hours (closed on a public holiday, whatever the weekday), the catalogue's
// service pages naming the centres that offer the service, and the digital agents by place.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Clock } from "../../src/platform/clock.ts";
import { type TestApp, testApp } from "../harness/app.ts";

/** A clock the tests set to the day they need. */
class SetClock implements Clock {
  at = new Date("2026-11-16T10:00:00Z");
  now(): Date {
    return this.at;
  }
}

function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ")
    .trim();
}

function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `no #${id} on the page`);
  return html.slice(start, html.indexOf("</section>", start));
}

/** The centres' names in the list under the map, in page order. */
function listed(html: string): string[] {
  return [...section(html, "centru-saraksts").matchAll(/<h3[^>]*><a [^>]*>([^<]+)<\/a><\/h3>/g)].map((m) => m[1] ?? "");
}

/** The map's dots: each link's target and title. */
function dots(html: string): { href: string; title: string }[] {
  const svg = /<svg[^>]*aria-details[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
  return [...svg.matchAll(/<a href="([^"]+)"[^>]*><title>([^<]+)<\/title><circle/g)].map((m) => ({ href: m[1] ?? "", title: m[2] ?? "" }));
}

describe("client service centre pages", () => {
  let site: TestApp;
  const clock = new SetClock();
  const get = async (url: string) => {
    const res = await site.http.inject({ method: "GET", url });
    assert.equal(res.statusCode, 200, `${url}: ${res.statusCode}`);
    return res.body;
  };

  before(async () => {
    site = await testApp({ seed: true, clock });
  });
  after(() => site.close());

  test("every centre is listed in Latvian alphabetical order, and on the map as a link", async () => {
    const html = await get("/klientu-centri");
    const names = listed(html);
    assert.equal(names.length, 47, "a centre in each of the 42 municipalities and five in libraries");
    assert.deepEqual(names, [...names].sort(new Intl.Collator("lv").compare));
    // Latvian sorts Ķ after all of K and Ā after all of A, which a plain or English sort does not.
    assert.ok(names.indexOf("Ķekavas VPVKAC") > names.indexOf("Kuldīgas VPVKAC"));
    assert.ok(names.indexOf("Ādažu VPVKAC") > names.indexOf("Alūksnes VPVKAC"));
    assert.ok(text(html).includes("Atrasti 47 centri"));
    const map = dots(html);
    assert.equal(map.length, 47);
    assert.ok(map.some((d) => d.href === "/klientu-centri/cesis" && d.title.startsWith("Cēsu VPVKAC, Raunas iela 4")));
    assert.match(html, /<svg[^>]*aria-details="centru-saraksts"/, "the list is named as the map's text alternative");
  });

  test("in English the names and the order are English", async () => {
    const names = listed(await get("/en/klientu-centri"));
    assert.deepEqual(names, [...names].sort(new Intl.Collator("en").compare));
    assert.ok(names.includes("Ķekava client service centre"));
    assert.ok(names.indexOf("Ķekava client service centre") < names.indexOf("Kuldīga client service centre"));
  });

  test("a municipality's filter shows its centres, libraries included, on the list and the map", async () => {
    const html = await get("/klientu-centri?pasvaldiba=AIZKRAUKLES");
    assert.deepEqual(listed(html), [
      "Aizkraukles VPVKAC",
      "Jaunjelgavas bibliotēkas VPVKAC",
      "Kokneses bibliotēkas VPVKAC",
      "Skrīveru bibliotēkas VPVKAC",
    ]);
    assert.equal(dots(html).length, 4);
    assert.match(html, /<option value="AIZKRAUKLES" selected>Aizkraukles novada pašvaldība<\/option>/);
    assert.ok(text(html).includes("Darbojas bibliotēkā: Kokneses bibliotēka"));
  });

  test("a service's filter finds the centres offering it or its local variant", async () => {
    const local = await get("/klientu-centri?pakalpojums=majokla-pabalsts-cesis");
    assert.deepEqual(listed(local), ["Cēsu VPVKAC"]);
    assert.match(local, /<option value="majokla-pabalsts-cesis" selected>Mājokļa pabalsts \(Cēsu novada pašvaldība\)<\/option>/);
    const national = listed(await get("/klientu-centri?pakalpojums=majokla-pabalsts"));
    assert.ok(national.includes("Cēsu VPVKAC") && national.includes("Baldones bibliotēkas VPVKAC"), national.join());
    const both = await get("/klientu-centri?pasvaldiba=CESIS&pakalpojums=dzivesvietas-deklaresana");
    assert.deepEqual(listed(both), ["Cēsu VPVKAC"]);
    assert.match(both, /<option value="dzivesvietas-deklaresana" selected>Dzīvesvietas deklarēšana<\/option>/);
    const unknown = await get("/klientu-centri?pakalpojums=nav-tada&pasvaldiba=NAV");
    assert.equal(listed(unknown).length, 47, "an unknown choice is no choice");
  });

  test("a centre's page: contacts, hours per weekday, accessibility and the services offered there", async () => {
    clock.at = new Date("2026-11-16T10:00:00Z");
    const html = await get("/klientu-centri/cesis");
    const page = text(html);
    assert.match(html, /<h1 class="govuk-heading-xl">Cēsu VPVKAC<\/h1>/);
    assert.ok(page.includes("Adrese Raunas iela 4, Cēsis, Cēsu nov., LV-4101"));
    assert.ok(page.includes("Pirmdiena 8.00–18.00"));
    assert.ok(page.includes("Sestdiena Slēgts"));
    assert.ok(page.includes("Šodien atvērts 8.00–18.00"), "16 November 2026 is a Monday");
    assert.ok(page.includes("Tuvākās svētku dienas, kad centrs būs slēgts: 2026. gada 18. novembris"));
    assert.ok(page.includes("Ieeja ielas līmenī bez pakāpieniem"));
    assert.match(section(html, "services"), /href="\/pakalpojumi\/dzivesvietas-deklaresana">Dzīvesvietas deklarēšana</);
    assert.match(html, /href="\/pakalpojumi\/majokla-pabalsts-cesis">Mājokļa pabalsts \(Cēsu novada pašvaldība\)</);
    assert.equal((await site.http.inject({ method: "GET", url: "/klientu-centri/nav-tada" })).statusCode, 404);
  });

  test("on a public holiday every centre is closed, on any weekday; on a weekend day by its hours", async () => {
    clock.at = new Date("2026-11-18T08:00:00Z"); // Wednesday, Proclamation Day
    assert.ok(text(await get("/klientu-centri/cesis")).includes("Šodien slēgts (svētku diena)"));
    assert.ok(text(await get("/en/klientu-centri/riga")).includes("Closed today (public holiday)"));
    clock.at = new Date("2026-11-19T08:00:00Z");
    assert.ok(text(await get("/klientu-centri/cesis")).includes("Šodien atvērts 8.00–17.00"));
    clock.at = new Date("2026-11-21T08:00:00Z"); // Saturday: Riga opens, Cēsis does not
    assert.ok(text(await get("/klientu-centri/cesis")).includes("Šodien slēgts"));
    assert.ok(text(await get("/en/klientu-centri/riga")).includes("Open today 10:00–14:00"));
    // The night before, in Riga's time zone, is already the holiday there.
    clock.at = new Date("2026-11-17T22:30:00Z");
    assert.ok(text(await get("/klientu-centri/cesis")).includes("Šodien slēgts (svētku diena)"));
  });

  test("the catalogue's service page names the centres where one can apply in person", async () => {
    const local = await get("/pakalpojumi/majokla-pabalsts-cesis");
    const where = section(local, "in-person-centres");
    assert.match(where, /Kur pieteikt klātienē/);
    assert.match(where, /href="\/klientu-centri\/cesis">Cēsu VPVKAC</);
    assert.match(where, /href="\/klientu-centri\?pakalpojums=majokla-pabalsts-cesis"/);
    const state = await get("/en/pakalpojumi/dzivesvietas-deklaresana");
    assert.ok(text(state).includes("You can apply for this service at 47 one-stop state and municipal client service centres"));
    assert.match(
      state,
      /<details class="govuk-details">[\s\S]*href="\/en\/klientu-centri\/baldone">Baldone Library client service centre</,
    );
    const elsewhere = await get("/pakalpojumi/ierocu-atlauja");
    assert.ok(!elsewhere.includes('id="in-person-centres"'), "a service no centre offers has no such section");
  });

  test("digital agents are listed by place with a dot per place, and filtered by municipality", async () => {
    const all = await get("/digitalie-agenti");
    assert.ok(text(all).includes("42 digitālie aģenti, 40 vietās"), "Riga has three of them");
    const html = await get("/digitalie-agenti?pasvaldiba=MADONAS");
    const towns = [...html.slice(html.indexOf('id="agentu-saraksts"')).matchAll(/<h3[^>]*id="([^"]+)"[^>]*>([^<]+)<\/h3>/g)];
    assert.deepEqual(
      towns.map((m) => m[2]),
      ["Cesvaine", "Ērgļi", "Lubāna", "Varakļāni"],
    );
    const map = dots(html);
    assert.deepEqual(
      map.map((d) => d.href),
      towns.map((m) => `#${m[1]}`),
      "each dot leads to its place in the list",
    );
    assert.ok(text(html).includes("Santa Briede"));
    assert.ok(text(html).includes("latviešu, latgaliešu"));
  });
});
