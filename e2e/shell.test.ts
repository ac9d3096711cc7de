// Every page of the shell, in Latvian and English, as Chromium shows it: the right language and
// heading, no axe-core WCAG 2.2 AA violations, no sideways scrolling at 320 px, a skip link that
// works, a language switch to the same page, and a Content-Security-Policy that holds.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserSkip, expectNoAxeViolations, expectNoHorizontalScroll, useBrowser, useSite } from "../test/harness/browser.ts";
import { inLocale, LOCALES, OTHER, reach, SITE_PAGES } from "./site-pages.ts";

const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };
const SKIP_LINK_TEXT = { lv: "Pāriet uz galveno saturu", en: "Skip to main content" };
const LANGUAGE_NAME = { lv: "Latviešu", en: "English" };

describe("page shell in Chromium", { skip: browserSkip() }, () => {
  const site = useSite();
  const browser = useBrowser();

  for (const locale of LOCALES) {
    const other = OTHER[locale];
    for (const sitePage of SITE_PAGES) {
      describe(`${sitePage.name} (${locale})`, () => {
        test("answers with its status, language and heading, passes axe and runs clean", async () => {
          const { page, problems } = await browser.open({ viewport: DESKTOP });
          const response = await reach(page, site.url(), sitePage, locale);
          assert.equal(response?.status(), sitePage.status);
          assert.equal(await page.getAttribute("html", "lang"), locale);
          assert.equal((await page.locator("h1").textContent())?.trim(), sitePage.heading[locale]);
          // Epak's own script is allowed by the CSP and starts the design system's components.
          assert.ok(await page.evaluate(() => document.body.classList.contains("js-enabled")), "epak.js did not run");
          await expectNoAxeViolations(page);
          assert.deepEqual(problems, []);
        });

        test("fits 320 px without sideways scrolling and passes axe there", async () => {
          const { page, problems } = await browser.open({ viewport: NARROW });
          await reach(page, site.url(), sitePage, locale);
          await expectNoHorizontalScroll(page);
          await expectNoAxeViolations(page);
          assert.deepEqual(problems, []);
        });

        if (!sitePage.movesFocus) {
          test("has the skip link as the first thing Tab reaches, and it moves focus to main", async () => {
            const { page } = await browser.open({ viewport: DESKTOP });
            await reach(page, site.url(), sitePage, locale);
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

        test(`switches language to the same page in ${other}`, async () => {
          const { page } = await browser.open({ viewport: DESKTOP });
          await reach(page, site.url(), sitePage, locale);
          const link = page.locator(`header nav a[hreflang="${other}"]`);
          assert.equal((await link.textContent())?.trim(), LANGUAGE_NAME[other]);
          assert.equal(await link.getAttribute("lang"), other);
          await Promise.all([page.waitForNavigation(), link.click()]);
          const expected = new URL(inLocale(other, sitePage.shownAt ?? sitePage.path), site.url()).pathname;
          assert.equal(new URL(page.url()).pathname, expected);
          assert.equal(await page.getAttribute("html", "lang"), other);
          assert.equal((await page.locator("h1").textContent())?.trim(), sitePage.heading[other]);
        });
      });
    }

    describe(`error pages (${locale})`, () => {
      for (const path of ["/nav-tadas-lapas", "/dev/kluda"]) {
        test(`${path} shows no error internals`, async () => {
          const { page } = await browser.open({ viewport: DESKTOP });
          const response = await page.goto(`${site.url()}${inLocale(locale, path)}`);
          const source = (await response?.text()) ?? "";
          const shown = await page.locator("body").innerText();
          for (const text of [source, shown]) {
            assert.doesNotMatch(text, /Error:|deliberate failure|\bat .+:\d+:\d+|node_modules|\.tsx?\b/);
          }
          // The request reference is there instead, to quote to support.
          assert.match(shown, new RegExp(response?.headers()["x-request-id"] ?? "no request id header"));
        });
      }
    });
  }

  test("the Content-Security-Policy is sent and Chromium enforces it", async () => {
    const { page, problems } = await browser.open({ viewport: DESKTOP });
    const response = await page.goto(site.url());
    const policy = response?.headers()["content-security-policy"] ?? "";
    assert.match(policy, /(^|;)\s*script-src 'self'(;|$)/);
    assert.match(policy, /(^|;)\s*style-src 'self'(;|$)/);
    assert.deepEqual(problems, []);
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.documentElement.dataset.injected = 'ran'";
      document.head.append(script);
      return document.documentElement.dataset.injected === "ran";
    });
    assert.equal(ran, false, "an injected inline script ran");
    await page.waitForFunction(() => true);
    assert.ok(
      problems.some((p) => p.startsWith("CSP violation: script-src")),
      `the browser reported no script-src violation; problems: ${JSON.stringify(problems)}`,
    );
  });
});
