// Full-page screenshots of the shell at 1280 px and 320 px wide, for a person to look at:
//   node --import ./src/platform/runtime/register-tsx.ts e2e/screenshots.ts
// They are written to test-results/screenshots/ (not committed).
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { testApp } from "../test/harness/app.ts";
import { CHROMIUM_PATH, launchChromium } from "../test/harness/browser.ts";
import { DESKTOP, type Locale, NARROW, reach, SITE_PAGES, type SitePage } from "./site-pages.ts";

const OUT_DIR = "test-results/screenshots";

const SHOTS: { file: string; page: string; locale: Locale }[] = [
  { file: "front-lv", page: "front page", locale: "lv" },
  { file: "front-en", page: "front page", locale: "en" },
  { file: "not-found-lv", page: "page not found", locale: "lv" },
  { file: "feedback-error-lv", page: "feedback form with an error", locale: "lv" },
];

function sitePage(name: string): SitePage {
  const found = SITE_PAGES.find((p) => p.name === name);
  if (!found) throw new Error(`No site page called "${name}"`);
  return found;
}

const site = await testApp({ seed: true });
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
try {
  await site.http.listen({ port: 0, host: "127.0.0.1" });
  const baseUrl = `http://127.0.0.1:${(site.http.server.address() as AddressInfo).port}`;
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
  }
} finally {
  await browser?.close();
  await site.close();
}
