// The e-service editor in Chromium: every screen (list, overview, structure, general settings, a
// page, a question, a group's inner question, a refused upload) passes axe-core in Latvian and
// English and fits 320 px; with JavaScript the preview follows the typing without saving; a
// definition file with errors is refused with each error's line and its place in words.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { expectNoAxeViolations, expectNoHorizontalScroll, needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { logInAs, switchRole, type TestPerson } from "./identity-pages.ts";
import { DESKTOP, inLocale, NARROW } from "./site-pages.ts";

const ILZE: TestPerson = { name: "Ilze Kalniņa", code: "140278-14803" };
const ROLE = { lv: "Pakalpojumu satura redaktors, Cēsu novada pašvaldība", en: "Service content editor, Cēsis Municipality" } as const;
const SERVICE = "majokla-pabalsts-cesis";
const EDGARS: TestPerson = { name: "Edgars Liepiņš", code: "090468-14431" };
const PMLP_ROLE = {
  lv: "Pakalpojumu satura redaktors, Pilsonības un migrācijas lietu pārvalde",
  en: "Service content editor, Office of Citizenship and Migration Affairs",
} as const;
const RESIDENCE = "dzivesvietas-deklaresana";
const RESIDENCE_FILE = readFileSync(new URL(`../src/modules/eservices/definitions/${RESIDENCE}.yaml`, import.meta.url), "utf8");

/** The published definition file with one line changed, and that line's number. */
function withError(original: string, changed: string): { yaml: string; line: number } {
  const at = RESIDENCE_FILE.indexOf(original);
  assert.ok(at >= 0, `the definition no longer has ${JSON.stringify(original)}`);
  const yaml = `${RESIDENCE_FILE.slice(0, at)}${changed}${RESIDENCE_FILE.slice(at + original.length)}`;
  return { yaml, line: RESIDENCE_FILE.slice(0, at).split("\n").length + (original.startsWith("\n") ? 1 : 0) };
}

/**
 * Two mistakes an editor makes in a file: a condition naming a question that does not exist,
 * and a kind of question there is none of. Each is named by its line and its place in words.
 */
const BROKEN_FILES = {
  lv: {
    ...withError("\n          field: basis\n          equals: ownerFamily", "\n          field: pamats\n          equals: ownerFamily"),
    problem: (line: number) =>
      `${line}. rinda: 5. lapa «Mājokļa īpašnieks» › 1. jautājums «Kas jūs esat īpašniekam?» › Rādīšanas nosacījums › Jautājums: ` +
      "nosacījums atsaucas uz jautājumu, kura definīcijā nav — izvēlieties esošu jautājumu",
  },
  en: {
    ...withError("\n        type: longText\n", "\n        type: longtext\n"),
    problem: (line: number) =>
      `Line ${line}: Page 5 “Owner of the home” › Question 2 “Describe your legal basis for living at this address” › Type: enter a valid value`,
  },
} as const;

const SCREENS = [
  "/darbs/e-pakalpojumi",
  `/darbs/e-pakalpojumi/${SERVICE}`,
  `/darbs/e-pakalpojumi/${SERVICE}/struktura`,
  `/darbs/e-pakalpojumi/${SERVICE}/struktura/iestatijumi`,
  `/darbs/e-pakalpojumi/${SERVICE}/struktura/lapas/1`,
  `/darbs/e-pakalpojumi/${SERVICE}/struktura/lapas/1/jautajumi/1`,
];

async function checked(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  assert.equal(response?.status(), 200, url);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
}

describe("the e-service editor in a browser", () => {
  const site = useSite();
  const browser = useBrowser();

  for (const locale of ["lv", "en"] as const) {
    test(`every screen passes axe-core and fits 320 px (${locale})`, needsBrowser, async (t) => {
      const { page, problems } = await browser.open(t, { viewport: NARROW });
      await logInAs(page, site.url(), locale, ILZE, { to: "/darbs" });
      await switchRole(page, locale, ROLE[locale]);
      for (const path of SCREENS) await checked(page, `${site.url()}${inLocale(locale, path)}`);
      const groups = await site
        .app()
        .database.db.selectFrom("eservices.definition_version")
        .select("document")
        .where("service", "=", SERVICE)
        .executeTakeFirstOrThrow();
      const pages = (groups.document as { pages: { questions: { type: string }[] }[] }).pages;
      const p = pages.findIndex((pg) => pg.questions.some((q) => q.type === "group"));
      if (p >= 0) {
        const q = pages[p]?.questions.findIndex((x) => x.type === "group") ?? 0;
        const group = `/darbs/e-pakalpojumi/${SERVICE}/struktura/lapas/${p + 1}/jautajumi/${q + 1}`;
        await checked(page, `${site.url()}${inLocale(locale, group)}`);
        await checked(page, `${site.url()}${inLocale(locale, `${group}/1`)}`);
      }
      // A refused upload: the summary and the message at the file field.
      await page.goto(`${site.url()}${inLocale(locale, `/darbs/e-pakalpojumi/${SERVICE}`)}`);
      await page.setInputFiles("#upload-file", { name: "slikts.yaml", mimeType: "application/yaml", buffer: Buffer.from("service: [\n") });
      await Promise.all([page.waitForNavigation(), page.locator("form[enctype] button[type=submit]").click()]);
      assert.match((await page.locator(".govuk-error-summary").textContent()) ?? "", locale === "lv" ? /2\. rinda/ : /Line 2/);
      await expectNoAxeViolations(page);
      assert.deepEqual(problems, []);
    });
  }

  test("with JavaScript the preview follows the typing, and nothing is saved", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: DESKTOP });
    await logInAs(page, site.url(), "lv", ILZE, { to: "/darbs" });
    await switchRole(page, "lv", ROLE.lv);
    await page.goto(`${site.url()}/darbs/e-pakalpojumi/${SERVICE}/struktura/lapas/1/jautajumi/1`);
    await page.fill("#f-label-lv", "Jauns jautājuma teksts priekšskatījumam");
    await page.locator("#preview-panel").getByText("Jauns jautājuma teksts priekšskatījumam").waitFor();
    await page.locator("#preview-status").getByText("Priekšskatījums atjaunināts").waitFor();
    const row = await site
      .app()
      .database.db.selectFrom("eservices.definition")
      .select("draft")
      .where("service", "=", SERVICE)
      .executeTakeFirstOrThrow();
    assert.equal(row.draft, null, "the preview saves nothing");
    await expectNoAxeViolations(page);
    assert.deepEqual(problems, []);
  });

  for (const locale of ["lv", "en"] as const) {
    test(`(${locale}) a definition file with errors is refused, each error named by its line and place`, needsBrowser, async (t) => {
      const { page, problems } = await browser.open(t, { viewport: DESKTOP });
      await logInAs(page, site.url(), locale, EDGARS, { to: "/darbs" });
      await switchRole(page, locale, PMLP_ROLE[locale]);
      await page.goto(`${site.url()}${inLocale(locale, `/darbs/e-pakalpojumi/${RESIDENCE}`)}`);
      const broken = BROKEN_FILES[locale];
      await page.setInputFiles("#upload-file", {
        name: "dzivesvieta.yaml",
        mimeType: "application/yaml",
        buffer: Buffer.from(broken.yaml),
      });
      await Promise.all([page.waitForNavigation(), page.locator("form[enctype] button[type=submit]").click()]);
      const items = await page.locator(".govuk-error-summary__list li").allInnerTexts();
      assert.deepEqual(
        items.map((item) => item.trim()),
        [broken.problem(broken.line)],
      );
      const row = await site
        .app()
        .database.db.selectFrom("eservices.definition")
        .select("draft")
        .where("service", "=", RESIDENCE)
        .executeTakeFirstOrThrow();
      assert.equal(row.draft, null, "nothing of the refused file is kept");
      assert.deepEqual(problems, []);
    });
  }
});
