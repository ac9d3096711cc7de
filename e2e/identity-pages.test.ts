// Every page of logging in, the account and the staff area, in Latvian and English, as Chromium
// shows it: the right status, language and heading, no axe-core WCAG 2.2 AA violations at
// desktop width or at 320 px, no sideways scrolling at 320 px, and nothing in the console.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { expectNoAxeViolations, expectNoHorizontalScroll, needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { documentStatus, heading, IDENTITY_PAGES, TEXT } from "./identity-pages.ts";
import { DESKTOP, LOCALES, NARROW } from "./site-pages.ts";

describe("every login, account and staff page in Chromium", () => {
  const site = useSite();
  const browser = useBrowser();

  for (const locale of LOCALES) {
    for (const identityPage of IDENTITY_PAGES) {
      test(
        `${identityPage.name} (${locale}): status, language, heading, clean console, axe at 1280 and 320 px, no sideways scroll`,
        needsBrowser,
        async (t) => {
          const { page, problems } = await browser.open(t, { viewport: DESKTOP });
          const status = documentStatus(page);
          await identityPage.reach(page, site.url(), locale);
          assert.equal(status(), identityPage.status);
          await t.test("in the page's language, with its heading", async () => {
            assert.equal(await page.getAttribute("html", "lang"), locale);
            assert.equal(await heading(page), identityPage.heading[locale]);
            if (identityPage.errors) {
              assert.equal((await page.locator(".govuk-error-summary h2").textContent())?.trim(), TEXT[locale].errorSummary);
            }
          });
          await t.test("no two elements share an id", async () => {
            const ids = await page.locator("[id]").evaluateAll((elements) => elements.map((e) => e.id));
            assert.deepEqual(
              ids.filter((id, i) => ids.indexOf(id) !== i),
              [],
            );
          });
          await expectNoAxeViolations(page);

          await page.setViewportSize(NARROW);
          await expectNoAxeViolations(page);
          await t.test("no sideways scroll at 320 px", () => expectNoHorizontalScroll(page));
          assert.deepEqual(problems, []);
        },
      );
    }
  }
});
