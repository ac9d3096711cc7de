// Full-page screenshots of the shell and of the login, account and staff pages at 1280 px and
// 320 px wide, for a person to look at:
//   node --import ./src/platform/runtime/register-tsx.ts e2e/screenshots.ts
// They are written to test-results/screenshots/ (not committed).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { listeningTestApp } from "../test/harness/app.ts";
import { CHROMIUM_PATH, launchChromium } from "../test/harness/browser.ts";
import { IDENTITY_PAGES, identityPage } from "./identity-pages.ts";
import { DESKTOP, LOCALES, type Locale, NARROW, reach, SITE_PAGES, type SitePage } from "./site-pages.ts";

const OUT_DIR = "test-results/screenshots";

const SHOTS: { file: string; page: string; locale: Locale }[] = [
  { file: "front-lv", page: "front page", locale: "lv" },
  { file: "front-en", page: "front page", locale: "en" },
  { file: "not-found-lv", page: "page not found", locale: "lv" },
  { file: "feedback-error-lv", page: "feedback form with an error", locale: "lv" },
];

/** Every login, account and staff page in Latvian; a few in English too. */
const IDENTITY_SHOTS: { file: string; page: string; locale: Locale }[] = LOCALES.flatMap((locale) =>
  IDENTITY_PAGES.filter((p) => locale === "lv" || ["idp-methods", "idp-logout", "my-data", "workplace"].includes(p.file)).map((p) => ({
    file: `${p.file}-${locale}`,
    page: p.name,
    locale,
  })),
);

function sitePage(name: string): SitePage {
  const found = SITE_PAGES.find((p) => p.name === name);
  if (!found) throw new Error(`No site page called "${name}"`);
  return found;
}

// Listening on its own PUBLIC_URL, so that logging in through the development provider works.
const site = await listeningTestApp({ seed: true, env: { RATE_LIMIT_MAX: "100000" } });
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
try {
  const baseUrl = site.url;
  browser = await launchChromium().catch((error: unknown) => {
    throw new Error(`Cannot take screenshots without Chromium at ${CHROMIUM_PATH}`, { cause: error });
  });
  mkdirSync(OUT_DIR, { recursive: true });
  for (const viewport of [DESKTOP, NARROW]) {
    const context = await browser.newContext({ viewport });
    for (const shot of SHOTS) {
      const page = await context.newPage();
      await reach(page, baseUrl, sitePage(shot.page), shot.locale);
      const path = join(OUT_DIR, `${shot.file}-${viewport.width}.png`);
      await page.screenshot({ path, fullPage: true });
      console.log(path);
      await page.close();
    }
    await context.close();
    // Each of these logs in as someone: a context of its own, so no session carries over.
    for (const shot of IDENTITY_SHOTS) {
      const own = await browser.newContext({ viewport });
      const page = await own.newPage();
      await identityPage(shot.page).reach(page, baseUrl, shot.locale);
      const path = join(OUT_DIR, `${shot.file}-${viewport.width}.png`);
      await page.screenshot({ path, fullPage: true });
      console.log(path);
      await own.close();
    }
  }
} finally {
  await browser?.close();
  await site.close();
}
