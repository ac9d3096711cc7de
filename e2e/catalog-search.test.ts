// Finding a service from the front page in Chromium: without script (a plain GET form and
// links), and with script (suggestions while typing, chosen with the keyboard); the front page
// and the results pass axe-core in Latvian and English, at desktop width and at 320 px, where
// nothing scrolls sideways.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { expectNoAxeViolations, expectNoHorizontalScroll, needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { DESKTOP, inLocale, LOCALES, NARROW } from "./site-pages.ts";

const PAGES = [
  { name: "front page", path: "/" },
  { name: "results with a facet chosen", path: "/pakalpojumi?q=pabalsts&iestade=VSAA" },
  { name: "no results", path: "/pakalpojumi?q=qqxqzv" },
  { name: "every service, second page", path: "/pakalpojumi?lapa=2&visi=iestade" },
];

describe("catalogue search in Chromium", () => {
  const site = useSite();
  const browser = useBrowser();

  test("without script: search from the front page, then narrow by a facet", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: DESKTOP, javaScriptEnabled: false });
    await page.goto(site.url());
    await page.getByLabel("Meklēt pakalpojumu").fill("deklaresana");
    await Promise.all([page.waitForURL(/\/pakalpojumi\?q=deklaresana$/), page.getByRole("button", { name: "Meklēt" }).click()]);
    const first = page.locator(".epak-result h3 a").first();
    assert.equal(await first.textContent(), "Dzīvesvietas deklarēšana");
    assert.equal(await first.locator("mark").textContent(), "deklarēšana");

    await Promise.all([page.waitForURL(/tiessaiste=ja/), page.locator("#facet-online a").first().click()]);
    assert.match((await page.locator(".epak-chosen").textContent()) ?? "", /Saņemšana: Pieejams tiešsaistē/);
    await Promise.all([page.waitForURL(/q=deklaresana$/), page.locator(".epak-chosen a", { hasText: "Noņemt" }).click()]);
    assert.deepEqual(problems, []);
  });

  test("with script: suggestions appear while typing and the keyboard opens one", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: DESKTOP });
    await page.goto(site.url());
    const field = page.getByRole("combobox", { name: "Meklēt pakalpojumu" });
    await field.pressSequentially("pabal");
    const list = page.getByRole("listbox", { name: "Ieteiktie pakalpojumi" });
    await list.waitFor();
    const options = list.getByRole("option");
    const count = await options.count();
    assert.ok(count >= 2 && count <= 6, `${count} suggestions`);
    assert.equal(await field.getAttribute("aria-expanded"), "true");
    assert.match((await page.getByRole("status").textContent()) ?? "", new RegExp(`^${count} ieteikum`));
    await expectNoAxeViolations(page);

    await field.press("ArrowDown");
    await field.press("ArrowDown");
    const second = options.nth(1);
    assert.equal(await second.getAttribute("aria-selected"), "true");
    assert.equal(await field.getAttribute("aria-activedescendant"), await second.getAttribute("id"));
    const title = (await second.textContent()) ?? "";

    await field.press("Escape");
    assert.equal(await field.getAttribute("aria-expanded"), "false");
    assert.equal(await field.inputValue(), "pabal");
    assert.ok(await list.isHidden());

    await field.press("ArrowDown");
    await field.press("ArrowDown");
    await Promise.all([page.waitForURL(/\/pakalpojumi\/[a-z0-9-]+$/), field.press("Enter")]);
    assert.equal((await page.locator("h1").textContent())?.trim(), title);
    assert.deepEqual(problems, []);
  });

  test("with script, Enter without a chosen suggestion searches for what was typed", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: DESKTOP, locale: "en-GB" });
    await page.goto(`${site.url()}/en`);
    const field = page.getByRole("combobox", { name: "Search for a service" });
    await field.pressSequentially("benefit");
    await page.getByRole("listbox", { name: "Suggested services" }).waitFor();
    await Promise.all([page.waitForURL(/\/en\/pakalpojumi\?q=benefit$/), field.press("Enter")]);
    assert.match((await page.locator(".epak-results__count").textContent()) ?? "", /^\d+ services? found$/);
    assert.deepEqual(problems, []);
  });

  for (const locale of LOCALES) {
    for (const { name, path } of PAGES) {
      test(`${name} (${locale}): axe at 1280 and 320 px, no sideways scroll at 320 px`, needsBrowser, async (t) => {
        const { page, problems } = await browser.open(t, { viewport: DESKTOP });
        const response = await page.goto(`${site.url()}${inLocale(locale, path)}`);
        assert.equal(response?.status(), 200);
        assert.equal(await page.getAttribute("html", "lang"), locale);
        await expectNoAxeViolations(page);
        await page.setViewportSize(NARROW);
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page);
        assert.deepEqual(problems, []);
      });
    }
  }
});
