// Finding one's way around the shell: the skip link, the language switch, error pages that say
// what happened in the page's language without internals, and a Content-Security-Policy that
// Chromium enforces.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { DESKTOP, inLocale, LOCALES, OTHER, reach, SITE_PAGES } from "./site-pages.ts";

const SKIP_LINK_TEXT = { lv: "Pāriet uz galveno saturu", en: "Skip to main content" };
const LANGUAGE_NAME = { lv: "Latviešu", en: "English" };

describe("navigation in Chromium", () => {
  const site = useSite();
  const browser = useBrowser();

  for (const locale of LOCALES) {
    const other = OTHER[locale];
    for (const sitePage of SITE_PAGES) {
      describe(`${sitePage.name} (${locale})`, () => {
        if (!sitePage.movesFocus) {
          test("has the skip link as the first thing Tab reaches, and it moves focus to main", needsBrowser, async (t) => {
            const { page, problems } = await browser.open(t, { viewport: DESKTOP });
            await reach(page, site.url(), sitePage, locale);
            assert.deepEqual(problems, [], "the page did not load cleanly");
            await page.keyboard.press("Tab");
            const focused = page.locator(":focus");
            assert.equal(await focused.getAttribute("href"), "#main-content");
            assert.equal((await focused.textContent())?.trim(), SKIP_LINK_TEXT[locale]);
            assert.ok(await focused.isVisible(), "the focused skip link is not visible");
            await page.keyboard.press("Enter");
            assert.equal(await page.evaluate(() => document.activeElement?.id), "main-content");
            assert.equal(await page.evaluate(() => document.activeElement?.tagName), "MAIN");
          });
        }

        test(`switches language to the same page in ${other}`, needsBrowser, async (t) => {
          const { page, problems } = await browser.open(t, { viewport: DESKTOP });
          await reach(page, site.url(), sitePage, locale);
          assert.deepEqual(problems, [], "the page did not load cleanly");
          const link = page.locator(`header nav a[hreflang="${other}"]`);
          assert.equal((await link.textContent())?.trim(), LANGUAGE_NAME[other]);
          assert.equal(await link.getAttribute("lang"), other);
          await Promise.all([page.waitForNavigation(), link.click()]);
          // The same page, query string included (a report form keeps the page it is about).
          const expected = new URL(inLocale(other, sitePage.shownAt ?? sitePage.path), site.url());
          const landed = new URL(page.url());
          assert.equal(`${landed.pathname}${landed.search}`, `${expected.pathname}${expected.search}`);
          assert.equal(await page.getAttribute("html", "lang"), other);
          assert.equal((await page.locator("h1").textContent())?.trim(), sitePage.heading[other]);
        });
      });
    }

    for (const path of ["/nav-tadas-lapas", "/dev/kluda"]) {
      test(`${inLocale(locale, path)} shows no error internals, only a reference to quote`, needsBrowser, async (t) => {
        const { page } = await browser.open(t, { viewport: DESKTOP });
        const response = await page.goto(`${site.url()}${inLocale(locale, path)}`);
        const source = (await response?.text()) ?? "";
        const shown = (await page.locator("body").textContent()) ?? "";
        for (const text of [source, shown]) {
          assert.doesNotMatch(text, /Error:|deliberate failure|\bat .+:\d+:\d+|node_modules|\.tsx?\b/);
        }
        const requestId = response?.headers()["x-request-id"];
        assert.ok(requestId, "no x-request-id header");
        assert.ok(shown.includes(requestId), `the page does not show the request reference ${requestId}`);
      });
    }
  }

  test("the Content-Security-Policy is sent and Chromium enforces it", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: DESKTOP });
    const response = await page.goto(site.url());
    const policy = response?.headers()["content-security-policy"] ?? "";
    assert.match(policy, /(^|;)\s*script-src 'self'(;|$)/);
    assert.match(policy, /(^|;)\s*style-src 'self'(;|$)/);
    assert.deepEqual([...problems], [], "the page did not load cleanly");
    const outcome = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener("securitypolicyviolation", (event) => resolve(`blocked by ${event.effectiveDirective}`), {
            once: true,
          });
          const script = document.createElement("script");
          script.textContent = "document.documentElement.dataset.injected = 'ran'";
          document.head.append(script);
          if (document.documentElement.dataset.injected === "ran") resolve("ran");
        }),
    );
    assert.equal(outcome, "blocked by script-src-elem");
    // The watcher that finds no violation on every other page must see this one. Its report
    // crosses from the page to Node on its own, so give it a few round trips to arrive.
    const reported = () => problems.some((p) => p.startsWith("CSP violation: script-src-elem blocked inline"));
    for (let trip = 0; trip < 20 && !reported(); trip++) await page.evaluate(() => 0);
    assert.ok(reported(), `the page watcher missed the violation: ${JSON.stringify(problems)}`);
  });
});
