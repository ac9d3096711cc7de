// Every page of the shell, in Latvian and English, as Chromium shows it: the right status,
// language and heading, no axe-core WCAG 2.2 AA violations at desktop width or at 320 px, no
// sideways scrolling at 320 px, and nothing in the console (CSP violations included).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { expectNoAxeViolations, expectNoHorizontalScroll, needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { DESKTOP, LOCALES, NARROW, reach, SITE_PAGES } from "./site-pages.ts";

describe("every page in Chromium", () => {
  const site = useSite();
  const browser = useBrowser();

  for (const locale of LOCALES) {
    for (const sitePage of SITE_PAGES) {
      describe(`${sitePage.name} (${locale})`, () => {
        test("status, language, heading, clean console, axe at 1280 and 320 px, no sideways scroll at 320 px", needsBrowser, async (t) => {
          const { page, problems } = await browser.open(t, { viewport: DESKTOP });
          const response = await reach(page, site.url(), sitePage, locale);
          assert.equal(response?.status(), sitePage.status);
          assert.equal(await page.getAttribute("html", "lang"), locale);
          assert.equal((await page.locator("h1").textContent())?.trim(), sitePage.heading[locale]);
          // Epak's own script is allowed by the CSP and starts the design system's components.
          assert.ok(await page.evaluate(() => document.body.classList.contains("js-enabled")), "epak.js did not run");
          await expectNoAxeViolations(page);

          await page.setViewportSize(NARROW);
          await expectNoHorizontalScroll(page);
          await expectNoAxeViolations(page);
          assert.deepEqual(problems, []);
        });
      });
    }
  }
});
