// Browser tests: a Chromium launched once per test file, a fresh context per test, an Epak
// served on a free loopback port, and the checks every page must pass (axe-core, a clean
// console, no Content-Security-Policy violations). Without Chromium the tests are skipped,
// except on CI (CI=true), where a missing browser is a failure.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, type TestContext } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { listeningTestApp, type TestApp, type TestAppOptions } from "./app.ts";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// Flags for a closed network and a container: nothing may phone home or download anything.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const found = existsSync(CHROMIUM_PATH);
const requiredOnCi = process.env.CI === "true";
const MISSING_ON_CI = `Chromium is required when CI=true: apt-get install -y chromium (looked for ${CHROMIUM_PATH})`;

/**
 * Why browser tests cannot run here: no Chromium. On CI they run anyway, and each fails with
 * MISSING_ON_CI, so that a missing browser cannot let them pass unseen.
 */
const skipReason: string | false =
  found || requiredOnCi
    ? false
    : `browser tests skipped because no Chromium was found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;

/** Options for a test that needs a browser: `test(name, needsBrowser, fn)`, skipped with the reason when there is no Chromium. */
export const needsBrowser = { skip: skipReason } as const;

export async function launchChromium(): Promise<Browser> {
  if (!found) throw new Error(MISSING_ON_CI);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A page with everything that went wrong in it so far, as readable lines; a clean page has none. */
export type WatchedPage = { page: Page; context: BrowserContext; problems: string[] };

/**
 * Registers, in the enclosing suite, a browser launched before its tests and closed after them.
 * `open` gives a page in a context of its own, closed when the test that opened it ends.
 */
export function useBrowser(): { open(t: TestContext, options?: BrowserContextOptions): Promise<WatchedPage> } {
  let browser: Browser | undefined;
  before(async () => {
    if (found) browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  return {
    async open(t, options = {}) {
      if (!found) throw new Error(MISSING_ON_CI);
      if (!browser) throw new Error("useBrowser: the browser is not running (open pages inside tests)");
      const context = await browser.newContext(options);
      t.after(() => context.close());
      const page = await context.newPage();
      return { page, context, problems: await watch(page) };
    },
  };
}

/** Console errors, uncaught exceptions, CSP violations and failed sub-resources of a page. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    // A failed load is reported below with its address; the page's own 404 or 500 is expected.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("requestfailed", (request) => {
    // Aborted: the page navigated away (a form was sent) before, say, the icon had loaded.
    const reason = request.failure()?.errorText;
    if (reason !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on("response", (response) => {
    if (response.request().resourceType() !== "document" && response.status() >= 400) {
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  await page.exposeFunction("__epakCspViolation", (line: string) => problems.push(`CSP violation: ${line}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __epakCspViolation(line: string): void }).__epakCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return problems;
}

/** Fails with every axe-core WCAG 2.2 AA violation on the page: rule, help text and the elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Legacy mode runs axe in the page itself instead of finishing in a second page: half the
  // time, and Epak's pages have no cross-origin frames that would need the other mode.
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  if (violations.length === 0) return;
  const report = violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replaceAll("\n", "\n      ")}`);
      return `- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${nodes.join("\n")}`;
    })
    .join("\n");
  assert.fail(`axe-core found ${violations.length} violation(s) on ${page.url()}:\n${report}`);
}

/** Fails unless the page scrolls only vertically at its current width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  const width = page.viewportSize()?.width ?? clientWidth;
  assert.ok(scrollWidth <= width, `${page.url()} scrolls sideways at ${width}px: content is ${scrollWidth}px wide`);
}

/**
 * Registers, in the enclosing suite, an Epak with demo data (so site notices show) listening on
 * a free loopback port, and returns its base URL once the suite's `before` hooks have run.
 */
export function useSite(options: TestAppOptions = {}): { url(): string; app(): TestApp } {
  let site: TestApp | undefined;
  let baseUrl = "";
  before(async () => {
    if (skipReason) return;
    // A browser test asks for many pages in a short time; the rate limit is tested elsewhere.
    const listening = await listeningTestApp({ seed: true, env: { RATE_LIMIT_MAX: "100000" }, ...options });
    site = listening;
    baseUrl = listening.url;
  });
  after(async () => {
    await site?.close();
  });
  return {
    url() {
      if (!baseUrl) throw new Error("useSite: the site is not running (ask for its URL inside tests)");
      return baseUrl;
    },
    app() {
      if (!site) throw new Error("useSite: the site is not running");
      return site;
    },
  };
}
