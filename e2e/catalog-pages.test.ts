// The catalogue's reading pages in Chromium: a service with many channels, a municipality's
// variant, an institution, a life situation and the A–Z list each pass axe-core in Latvian and
// English and fit 320 px; without JavaScript a person picks their municipality on a service every
// municipality provides, jumps to a letter of the A–Z list and follows a life situation's step to
// a service.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { expectNoAxeViolations, expectNoHorizontalScroll, needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { DESKTOP, inLocale, LOCALES, NARROW } from "./site-pages.ts";

/** Each page with its heading in each language, written out so that a page in the wrong language fails. */
const PAGES = [
  {
    name: "a service with many channels",
    path: "/pakalpojumi/dzivesvietas-deklaresana",
    heading: { lv: "Dzīvesvietas deklarēšana", en: "Declaring your place of residence" },
  },
  {
    name: "a municipality's variant",
    path: "/pakalpojumi/majokla-pabalsts-cesis",
    heading: { lv: "Mājokļa pabalsts (Cēsu novada pašvaldība)", en: "Housing benefit (Cēsis Municipality)" },
  },
  {
    name: "a service every municipality provides",
    path: "/pakalpojumi/majokla-pabalsts",
    heading: { lv: "Mājokļa pabalsts", en: "Housing benefit" },
  },
  {
    name: "an institution",
    path: "/iestades/PMLP",
    heading: { lv: "Pilsonības un migrācijas lietu pārvalde", en: "Office of Citizenship and Migration Affairs" },
  },
  {
    name: "the institutions",
    path: "/iestades",
    heading: { lv: "Iestādes un pašvaldības", en: "Institutions and municipalities" },
  },
  {
    name: "a life situation",
    path: "/dzives-situacijas/berna-piedzimsana",
    heading: { lv: "Bērna piedzimšana", en: "Birth of a child" },
  },
  {
    name: "the life situations",
    path: "/dzives-situacijas",
    heading: { lv: "Dzīves situācijas", en: "Life situations" },
  },
  {
    name: "the business situations",
    path: "/biznesa-situacijas",
    heading: { lv: "Biznesa situācijas", en: "Business situations" },
  },
  { name: "the A–Z list", path: "/pakalpojumi/a-z", heading: { lv: "Pakalpojumi no A līdz Ž", en: "Services A to Z" } },
] as const;

async function heading(page: Page): Promise<string> {
  return ((await page.locator("main h1").textContent()) ?? "").trim();
}

describe("catalogue reading pages in a browser", () => {
  const site = useSite();
  const browser = useBrowser();

  for (const locale of LOCALES) {
    test(`every reading page passes axe-core and fits 320 px (${locale})`, needsBrowser, async (t) => {
      const { page, problems } = await browser.open(t, { viewport: DESKTOP });
      for (const p of PAGES) {
        await t.test(p.name, async () => {
          await page.setViewportSize(DESKTOP);
          const response = await page.goto(`${site.url()}${inLocale(locale, p.path)}`);
          assert.equal(response?.status(), 200);
          assert.equal(await page.getAttribute("html", "lang"), locale);
          assert.equal(await heading(page), p.heading[locale]);
          await expectNoAxeViolations(page);
          await page.setViewportSize(NARROW);
          await expectNoHorizontalScroll(page);
          await expectNoAxeViolations(page);
        });
      }
      assert.deepEqual(problems, []);
    });
  }

  test("without JavaScript, a person chooses their municipality and reaches its page", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: NARROW, javaScriptEnabled: false });
    await page.goto(`${site.url()}/pakalpojumi/majokla-pabalsts`);

    await t.test("sent without a choice, the form says what to do next to the field", async () => {
      await page.getByRole("button", { name: "Rādīt pašvaldības informāciju" }).click();
      await page.waitForLoadState();
      assert.match(await page.title(), /^Kļūda: Mājokļa pabalsts/);
      assert.equal(
        (await page.locator("#pasvaldiba-error").textContent())?.replace(/\s+/g, " ").trim(),
        "Kļūda: Izvēlieties pašvaldību no saraksta",
      );
    });

    await t.test("with Cēsis chosen, the Cēsis page with its local details", async () => {
      await page.getByLabel("Jūsu pašvaldība").selectOption({ label: "Cēsu novada pašvaldība" });
      await page.getByRole("button", { name: "Rādīt pašvaldības informāciju" }).click();
      await page.waitForURL(/\/pakalpojumi\/majokla-pabalsts-cesis$/);
      assert.equal(await heading(page), "Mājokļa pabalsts (Cēsu novada pašvaldība)");
      assert.match((await page.locator(".govuk-inset-text").textContent()) ?? "", /Vietējā informācija: Cēsu novada pašvaldība/);
    });

    await t.test("and back to the national description from there", async () => {
      await page.getByRole("link", { name: "Pakalpojuma vispārīgais apraksts un citas pašvaldības" }).click();
      await page.waitForURL(/\/pakalpojumi\/majokla-pabalsts$/);
      assert.equal(await heading(page), "Mājokļa pabalsts");
    });
    assert.deepEqual(problems, []);
  });

  // axe-core runs as a script in the page, so the error state is checked where script runs.
  for (const locale of LOCALES) {
    test(`the municipality chooser's error passes axe-core (${locale})`, needsBrowser, async (t) => {
      const { page, problems } = await browser.open(t, { viewport: NARROW });
      const response = await page.goto(`${site.url()}${inLocale(locale, "/pakalpojumi/majokla-pabalsts?pasvaldiba=")}`);
      assert.equal(response?.status(), 400);
      assert.equal(await page.locator(".govuk-error-summary a").getAttribute("href"), "#pasvaldiba");
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
      assert.deepEqual(problems, []);
    });
  }

  test("without JavaScript, the A–Z letters jump to their services and a situation's step leads to a service", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: NARROW, javaScriptEnabled: false });

    await t.test("the letter Ā leads to services starting with Ā", async () => {
      await page.goto(`${site.url()}/pakalpojumi/a-z`);
      const nav = page.getByRole("navigation", { name: "Pāriet uz burtu" });
      await nav.getByRole("link", { name: "Ā", exact: true }).click();
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      assert.equal(target, "letter-Ā");
      const section = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Ā", exact: true }) });
      const first = ((await section.getByRole("link").first().textContent()) ?? "").trim();
      assert.match(first, /^Ā/);
    });

    await t.test("a life situation's step links to the service, which has the e-service button", async () => {
      await page.goto(`${site.url()}/dzives-situacijas/berna-piedzimsana`);
      const step = page.locator("main ol > li", { has: page.getByRole("heading", { name: /^3\. solis/ }) });
      await step.getByRole("link", { name: "Dzīvesvietas deklarēšana" }).click();
      await page.waitForURL(/\/pakalpojumi\/dzivesvietas-deklaresana$/);
      const start = page.getByRole("link", { name: "Sākt e-pakalpojumu" });
      assert.equal(await start.getAttribute("href"), "/e-pakalpojumi/dzivesvietas-deklaresana");
    });
    assert.deepEqual(problems, []);
  });
});
