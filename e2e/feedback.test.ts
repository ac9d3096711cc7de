// "Report a problem with this page" end to end in Chromium, with and without JavaScript: an empty
// report gets the error summary and the field error, a written one reaches the database intact
// and is thanked for, and a too-long one keeps what was typed.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { DESKTOP, inLocale, LOCALES, type Locale, submit } from "./site-pages.ts";

const TEXT = {
  lv: {
    required: "Aprakstiet problēmu",
    tooLong: "Apraksts nedrīkst būt garāks par 1200 rakstzīmēm",
    titlePrefix: "Kļūda:",
    thanks: "Paldies par ziņojumu",
    report: "Poga „Nosūtīt” nestrādā — ķēķis, ļoti žēl",
  },
  en: {
    required: "Describe the problem",
    tooLong: "The description must be 1200 characters or fewer",
    titlePrefix: "Error:",
    thanks: "Thank you for your report",
    report: "The “Send” button does nothing — sorry",
  },
};

/** What a person sees of the form's errors: the summary's links and the message by the field. */
async function shownErrors(page: Page) {
  const summary = page.locator(".govuk-error-summary");
  return {
    summaryVisible: await summary.isVisible(),
    summaryLinks: await summary.locator("a").evaluateAll((links) => links.map((a) => [a.getAttribute("href"), a.textContent?.trim()])),
    fieldError: (await page.locator("#problem-error").textContent())?.trim() ?? "",
    describedBy: (await page.locator("#problem").getAttribute("aria-describedby"))?.split(" ") ?? [],
    title: await page.title(),
  };
}

describe("reporting a problem in Chromium", () => {
  const site = useSite();
  const browser = useBrowser();

  async function storedReports(problem: string) {
    return site
      .app()
      .database.db.selectFrom("platform.page_feedback")
      .select(["page_path", "locale", "problem"])
      .where("problem", "=", problem)
      .execute();
  }

  async function expectRequiredError(page: Page, locale: Locale) {
    const errors = await shownErrors(page);
    assert.ok(errors.summaryVisible, "no error summary");
    assert.deepEqual(errors.summaryLinks, [["#problem", TEXT[locale].required]]);
    assert.match(errors.fieldError, new RegExp(`${TEXT[locale].required}$`));
    assert.ok(errors.describedBy.includes("problem-error"), "the field is not described by its error");
    assert.ok(errors.title.startsWith(TEXT[locale].titlePrefix), `the title "${errors.title}" does not say there is an error`);
  }

  async function expectThanked(page: Page, locale: Locale, report: string) {
    const url = new URL(page.url());
    assert.equal(url.pathname, inLocale(locale, "/atsauksme/paldies"));
    assert.equal(url.searchParams.get("lapa"), "/pieklustamiba");
    assert.equal((await page.locator("h1").textContent())?.trim(), TEXT[locale].thanks);
    assert.equal(await page.locator("main a.govuk-link").getAttribute("href"), inLocale(locale, "/pieklustamiba"));
    assert.deepEqual(await storedReports(report), [{ page_path: "/pieklustamiba", locale, problem: report }]);
  }

  for (const locale of LOCALES) {
    const formUrl = () => `${site.url()}${inLocale(locale, "/atsauksme?lapa=/pieklustamiba")}`;

    describe(`in ${locale}`, () => {
      test("without JavaScript, an empty report shows the errors and a written one is sent", needsBrowser, async (t) => {
        const { page, problems } = await browser.open(t, { viewport: DESKTOP, javaScriptEnabled: false });
        await page.goto(formUrl());
        assert.equal(await page.evaluate(() => document.body.classList.contains("js-enabled")), false);

        const refused = await submit(page);
        assert.equal(refused?.status(), 400);
        await expectRequiredError(page, locale);

        const report = `${TEXT[locale].report} (no script)`;
        await page.locator("#problem").fill(report);
        const sent = await submit(page);
        assert.equal(sent?.status(), 200);
        await expectThanked(page, locale, report);
        assert.deepEqual(problems, []);
      });

      test("without JavaScript, a too-long report is refused and keeps what was typed", needsBrowser, async (t) => {
        const { page } = await browser.open(t, { viewport: DESKTOP, javaScriptEnabled: false });
        await page.goto(formUrl());
        // 1201 characters that trimming leaves as they are: one more than allowed.
        const report = `${`${TEXT[locale].report} `.repeat(60).slice(0, 1200)}!`;
        await page.locator("#problem").fill(report);
        const refused = await submit(page);
        assert.equal(refused?.status(), 400);
        assert.ok((await page.locator("#problem-error").textContent())?.trim().endsWith(TEXT[locale].tooLong), "no too-long error");
        assert.equal(await page.locator("#problem").inputValue(), report);
        assert.deepEqual(await storedReports(report), []);
      });

      test("with JavaScript, the error summary takes focus and leads to the field, and the report is sent", needsBrowser, async (t) => {
        const { page, problems } = await browser.open(t, { viewport: DESKTOP });
        await page.goto(formUrl());
        await submit(page);
        await expectRequiredError(page, locale);
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("govuk-error-summary")), true);

        await page.locator(".govuk-error-summary a").click();
        assert.equal(await page.evaluate(() => document.activeElement?.id), "problem");

        const report = `${TEXT[locale].report} (script)`;
        await page.keyboard.type(report);
        await submit(page);
        await expectThanked(page, locale, report);
        assert.deepEqual(problems, []);
      });
    });
  }
});
