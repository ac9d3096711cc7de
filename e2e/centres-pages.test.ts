// The client service centres' pages in Chromium: the list with its map, a filtered list, two
// centres' pages and the digital agents pass axe-core in Latvian and English at 1280 and 320 px
// without scrolling sideways; without JavaScript a person filters the centres, follows a dot on
// the map to a centre, and finds digital agents by municipality; the consultants' knowledge base
// passes the same checks for a consultant and, with its form's errors, for an administrator.
import assert from "node:assert/strict";
import { describe, type TestContext, test } from "node:test";
import type { Page } from "playwright-core";
import { expectNoAxeViolations, expectNoHorizontalScroll, needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { loginAsStaff } from "../test/harness/login.ts";
import { DESKTOP, inLocale, LOCALES, type Locale, NARROW } from "./site-pages.ts";

const PAGES = [
  { name: "the centres", path: "/klientu-centri", heading: { lv: "Klientu apkalpošanas centri", en: "Client service centres" } },
  {
    name: "the centres of a municipality offering a service",
    path: "/klientu-centri?pasvaldiba=AIZKRAUKLES&pakalpojums=dzivesvietas-deklaresana",
    heading: { lv: "Klientu apkalpošanas centri", en: "Client service centres" },
  },
  { name: "a centre", path: "/klientu-centri/cesis", heading: { lv: "Cēsu VPVKAC", en: "Cēsis client service centre" } },
  {
    name: "a centre in a library",
    path: "/klientu-centri/baldone",
    heading: { lv: "Baldones bibliotēkas VPVKAC", en: "Baldone Library client service centre" },
  },
  { name: "the digital agents", path: "/digitalie-agenti", heading: { lv: "Digitālie aģenti", en: "Digital agents" } },
  {
    name: "a service with the centres offering it",
    path: "/pakalpojumi/majokla-pabalsts-cesis",
    heading: { lv: "Mājokļa pabalsts (Cēsu novada pašvaldība)", en: "Housing benefit (Cēsis Municipality)" },
  },
] as const;

const DACE = "25059513742"; // consultant at the Cēsis centre
const ANDRIS = "30117515938"; // platform administrator

async function heading(page: Page): Promise<string> {
  return ((await page.locator("main h1").textContent()) ?? "").trim();
}

/** Both widths, both checks: axe-core and no sideways scrolling. */
async function checkPage(page: Page): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await expectNoAxeViolations(page);
  await page.setViewportSize(NARROW);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
}

describe("client service centres in a browser", () => {
  const site = useSite();
  const browser = useBrowser();

  for (const locale of LOCALES) {
    test(`every centres page passes axe-core and fits 320 px (${locale})`, needsBrowser, async (t) => {
      const { page, problems } = await browser.open(t, { viewport: DESKTOP });
      for (const p of PAGES) {
        await t.test(p.name, async () => {
          await page.setViewportSize(DESKTOP);
          const response = await page.goto(`${site.url()}${inLocale(locale, p.path)}`);
          assert.equal(response?.status(), 200);
          assert.equal(await page.getAttribute("html", "lang"), locale);
          assert.equal(await heading(page), p.heading[locale]);
          await checkPage(page);
        });
      }
      assert.deepEqual(problems, []);
    });
  }

  test("without JavaScript, a person filters the centres, follows a dot on the map and finds digital agents", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: NARROW, javaScriptEnabled: false });
    await page.goto(`${site.url()}/klientu-centri`);
    const dots = page.locator("figure svg a");
    assert.equal(await dots.count(), 47);

    await t.test("the filter is a form that works without script", async () => {
      await page.getByLabel("Pašvaldība").selectOption({ label: "Aizkraukles novada pašvaldība" });
      await page.getByLabel("Pakalpojums").selectOption({ label: "Dzīvesvietas deklarēšana" });
      await page.getByRole("button", { name: "Rādīt" }).click();
      await page.waitForURL(/pasvaldiba=AIZKRAUKLES&pakalpojums=dzivesvietas-deklaresana/);
      assert.equal(await page.getByRole("status").textContent(), "Atrasti 4 centri");
      assert.equal(await dots.count(), 4);
      assert.equal(await page.locator("#centru-saraksts h3").count(), 4);
    });

    await t.test("each dot on the map is a link to its centre", async () => {
      const koknese = page.locator('figure svg a[href="/klientu-centri/koknese"]');
      assert.equal(
        await koknese.locator("title").textContent(),
        "Kokneses bibliotēkas VPVKAC, Kokneses bibliotēka, Koknese, Aizkraukles nov.",
      );
      await koknese.click();
      await page.waitForURL(/\/klientu-centri\/koknese$/);
      assert.equal(await heading(page), "Kokneses bibliotēkas VPVKAC");
      assert.match((await page.locator(".govuk-inset-text").textContent()) ?? "", /Šodien, .*(atvērts|slēgts)/);
    });

    await t.test("the digital agents of a municipality, with a dot that leads to their place in the list", async () => {
      await page.goto(`${site.url()}/digitalie-agenti`);
      await page.getByLabel("Pašvaldība").selectOption({ label: "Ludzas novada pašvaldība" });
      await page.getByRole("button", { name: "Rādīt" }).click();
      await page.waitForURL(/pasvaldiba=LUDZAS/);
      assert.equal(await page.getByRole("status").textContent(), "2 digitālie aģenti, 2 vietās");
      await page.locator('figure svg a[href="#vieta-ludzas-zilupe"]').click();
      await page.waitForURL(/#vieta-ludzas-zilupe$/);
      assert.equal(await page.locator("#vieta-ludzas-zilupe").textContent(), "Zilupe");
    });
    assert.deepEqual(problems, []);
  });

  /** A browser context logged in as staff: the session made over HTTP, handed to the browser. */
  async function staffPage(t: TestContext, personalCode: string, unit: string, role: "consultant" | "administrator") {
    const visitor = await loginAsStaff(site.url(), site.app().database.db, { personalCode }, unit, role);
    const opened = await browser.open(t, { viewport: DESKTOP });
    // Its form token's cookie too, as a browser that logged in itself would have.
    const cookies = ["epak_session", "epak_csrf"].map((name) => ({ name, value: visitor.cookie(name) ?? "", url: site.url() }));
    assert.ok(
      cookies.every((c) => c.value),
      "logged in, with a form token",
    );
    await opened.context.addCookies(cookies);
    return opened;
  }

  for (const locale of LOCALES) {
    test(`the knowledge base passes axe-core and fits 320 px, also with the form's errors (${locale})`, needsBrowser, async (t) => {
      const consultant = await staffPage(t, DACE, "VPVKAC-CESIS", "consultant");
      const go = async (page: Page, path: string, status = 200) => {
        const response = await page.goto(`${site.url()}${inLocale(locale as Locale, path)}`);
        assert.equal(response?.status(), status, path);
      };
      await go(consultant.page, "/darbs/zinasana");
      await checkPage(consultant.page);
      await go(consultant.page, "/darbs/zinasana?q=deklaresana");
      assert.equal(
        await consultant.page.locator("main li a").first().textContent(),
        locale === "lv" ? "Dzīvesvietas deklarēšana: kā palīdzēt klientam" : "Declaring a place of residence: helping a visitor",
      );
      await checkPage(consultant.page);
      await go(consultant.page, "/darbs/zinasana/dzivesvietas-deklaresana");
      await checkPage(consultant.page);

      const admin = await staffPage(t, ANDRIS, "VDAA", "administrator");
      await go(admin.page, "/darbs/zinasana/jauns");
      await Promise.all([
        admin.page.waitForNavigation(),
        admin.page.getByRole("button", { name: locale === "lv" ? "Saglabāt" : "Save" }).click(),
      ]);
      assert.equal(await admin.page.locator(".govuk-error-summary a").count(), 5, "topic, two titles and two texts");
      await checkPage(admin.page);
      assert.deepEqual([...consultant.problems, ...admin.problems], []);
    });
  }
});
