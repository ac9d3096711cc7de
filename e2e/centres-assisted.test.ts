// The assisted channel in Chromium, as a consultant at the Cēsis client service centre works it:
// Dace Liepiņa identifies Olena Kovalenko (after an empty try that names each missing field),
// records Olena's written authorisation with its scan, fills the place-of-residence declaration
// for her through the e-service's own pages and prints the receipt. A second declaration started
// under the same authorisation is refused at submission once the authorisation has run out, and
// the visitor's page stops offering to fill for her. Olena then finds the application in her own
// account with who submitted it, and the public list and map show the Cēsis centre among those
// offering the service. The consultant's pages pass axe-core in Latvian (and the visitor's page
// in English) at 1280 and 320 px. With SHOTS_DIR set, screenshots of the consultant's pages are
// written there for a person to look at.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { sql } from "kysely";
import type { Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import {
  applicationId,
  confirmAndSubmit,
  errorSummary,
  expectAccessible,
  FORM_TEXT,
  fillAndContinue,
  heading,
  myApplications,
  pathOf,
  pdfFile,
  press,
  submittedNumber,
} from "./eservices-pages.ts";
import { logInAs, PERSONS, switchRole } from "./identity-pages.ts";
import { DESKTOP, NARROW } from "./site-pages.ts";

const form = FORM_TEXT.lv;
const SERVICE_TITLE = "Dzīvesvietas deklarēšana";
const CONSULTANT_AT_CESIS = "Klientu centra konsultants, Valsts un pašvaldības vienotais klientu apkalpošanas centrs Cēsīs";
// Chromium reads the visually hidden ": <service>" after the button's words with a space before it.
const FILL_FOR = new RegExp(`^Aizpildīt klienta vārdā ?– ${SERVICE_TITLE}$`);
const SHOTS_DIR = process.env.SHOTS_DIR;

/** A date in Riga as YYYY-MM-DD, `days` after today. */
function rigaDate(days = 0): string {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Riga" });
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Full-page screenshots at 1280 and 320 px, only when SHOTS_DIR asks for them. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  for (const viewport of [DESKTOP, NARROW]) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SHOTS_DIR, `assisted-${name}-${viewport.width}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

async function mainText(page: Page): Promise<string> {
  return ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");
}

/** "Aizpildīt klienta vārdā" for the declaration, which opens the e-service's first page. */
async function fillForHer(page: Page): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: FILL_FOR }).click()]);
}

/** The e-service's pages from the prefilled person to "check your answers", for Olena's rented flat. */
async function fillDeclaration(page: Page): Promise<void> {
  assert.equal(await heading(page), "Persona, kuras dzīvesvietu deklarē");
  assert.match((await page.locator(".epak-register-facts").textContent()) ?? "", /Olena Kovalenko/, "prefilled from the register");
  await press(page, form.continue);
  await fillAndContinue(page, "lv", {
    "Kādu adresi deklarējat kā dzīvesvietu?": { address: "Avotu 23", pick: "Avotu iela 23-6, Rīga, LV-1009" },
  });
  await fillAndContinue(page, "lv", { "No kura datuma dzīvojat šajā adresē?": { date: "1 11 2026" } });
  await fillAndContinue(page, "lv", {
    "Uz kāda pamata dzīvojat šajā adresē?": { choose: "Īpašnieka rakstiska piekrišana" },
    "Kam pieder mājoklis?": { choose: "Privātpersonai" },
  });
  await fillAndContinue(page, "lv", {
    "Īpašnieka vārds, uzvārds vai nosaukums": { text: "Raimonds Vanags" },
    "Īpašnieka personas kods": { text: "030371-14620" },
    "Pievienojiet īpašnieka rakstisku piekrišanu": { file: pdfFile("piekrišana.pdf") },
  });
  await fillAndContinue(page, "lv", { "Kā vēlaties saņemt paziņojumu, ka dzīvesvieta reģistrēta?": { choose: "E-adresē" } });
  assert.equal(await heading(page), form.check);
}

describe("the assisted channel at a client service centre in a browser", () => {
  const site = useSite();
  const browser = useBrowser();

  test("Dace submits Olena's declaration under a written authorisation; Olena sees who did", needsBrowser, async (t) => {
    const { page, problems, context } = await browser.open(t, { viewport: DESKTOP });
    context.setDefaultTimeout(20_000);
    let visitPath = "";
    let authorisationNumber = "";
    let number = "";
    // The steps tell one story: once one fails, the ones after it are skipped, not failed too.
    let failed = false;
    const step = (name: string, fn: () => Promise<void>) =>
      t.test(name, { skip: failed ? "an earlier step failed" : false }, async () => {
        try {
          await fn();
        } catch (error) {
          failed = true;
          throw error;
        }
      });

    await step("the consultant identifies the visitor, first naming each missing field", async () => {
      await logInAs(page, site.url(), "lv", PERSONS.dace, { via: "eid", to: "/darbs" });
      await switchRole(page, "lv", CONSULTANT_AT_CESIS);
      await page.goto(`${site.url()}/darbs`);
      await Promise.all([
        page.waitForURL(/\/darbs\/klienti$/),
        page
          .locator("main")
          .getByRole("link", { name: /^Klientu apkalpošana:/ })
          .click(),
      ]);
      assert.equal(await heading(page), "Identificēt apmeklētāju");
      await expectAccessible(page, { narrow: true });
      await screenshot(page, "identify");

      await press(page, "Identificēt");
      // In the order the fields stand on the page.
      assert.deepEqual(await errorSummary(page), [
        { text: "Ievadiet apmeklētāja personas kodu", href: "#personalCode" },
        { text: "Izvēlieties, kādu dokumentu pārbaudījāt", href: "#documentKind" },
        { text: "Ievadiet dokumenta numuru", href: "#documentNumber" },
        { text: "Apstipriniet, ka pārbaudījāt dokumentu", href: "#documentChecked" },
      ]);
      // Each message also stands at its field, and the summary's link leads there.
      assert.match((await page.locator("#personalCode-error").textContent()) ?? "", /Ievadiet apmeklētāja personas kodu/);
      assert.match((await page.locator("#documentNumber-error").textContent()) ?? "", /Ievadiet dokumenta numuru/);
      assert.match((await page.locator("#documentChecked-error").textContent()) ?? "", /Apstipriniet, ka pārbaudījāt dokumentu/);
      await page.locator(".govuk-error-summary__list a[href='#personalCode']").click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "personalCode");
      await expectAccessible(page, { narrow: true });
      await screenshot(page, "identify-errors");

      await page.getByLabel("Personas kods", { exact: true }).fill(PERSONS.olena.code);
      await page.getByRole("radio", { name: "Uzturēšanās atļauja", exact: true }).check();
      await page.getByLabel("Dokumenta numurs", { exact: true }).fill("RP1234567");
      await page.getByRole("checkbox", { name: "Dokuments ir derīgs, un fotoattēls atbilst apmeklētājam" }).check();
      await press(page, "Identificēt");
      assert.match(pathOf(page), /^\/darbs\/klienti\/[0-9a-f-]{36}$/);
      visitPath = pathOf(page);
      assert.equal(await heading(page), "Olena Kovalenko");
      assert.match(await mainText(page), /Uzturēšanās atļauja, nr\. ••••••567/, "the document number is shown masked");
    });

    await step("without an authorisation there is nothing to fill for her; one is recorded with its scan", async () => {
      assert.equal(await page.getByRole("button", { name: FILL_FOR }).count(), 0);
      assert.match(await mainText(page), /Nav spēkā esošas pilnvaras/);
      await Promise.all([page.waitForURL(/\/pilnvara$/), page.getByRole("link", { name: "Reģistrēt rakstisku pilnvaru" }).click()]);
      assert.equal(await heading(page), "Rakstiskas pilnvaras reģistrēšana");

      // Nothing chosen and no scan: both are named, at their fields too.
      await press(page, "Reģistrēt pilnvaru");
      const problemsShown = await errorSummary(page);
      assert.deepEqual(
        problemsShown.map((p) => p.href),
        ["#scope", "#scan"],
        JSON.stringify(problemsShown),
      );
      assert.ok((await page.locator("#scan-error").textContent())?.trim(), "the scan's error stands at the field");
      await expectAccessible(page, { narrow: true });
      await screenshot(page, "authorisation-errors");

      await page.getByRole("radio", { name: "Tikai izvēlētie e-pakalpojumi", exact: true }).check();
      await page
        .getByRole("group", { name: /^Izvēlētie e-pakalpojumi/ })
        .getByRole("checkbox", { name: SERVICE_TITLE, exact: true })
        .check();
      await page.getByLabel("Derīga no", { exact: true }).fill(rigaDate());
      await page.getByLabel("Derīga līdz (ieskaitot)", { exact: true }).fill(rigaDate(30));
      await page.getByLabel("Parakstītās pilnvaras skenējums", { exact: true }).setInputFiles(pdfFile("pilnvara.pdf"));
      await press(page, "Reģistrēt pilnvaru");
      assert.equal(pathOf(page), visitPath);
      assert.match((await page.getByRole("alert", { name: "Izdevās" }).textContent()) ?? "", /Rakstiskā pilnvara reģistrēta/);
      const row = page.locator("section[aria-labelledby=authorisations] tbody tr");
      assert.equal(await row.count(), 1);
      const cells = (await row.locator("td").allInnerTexts()).map((c) => c.replace(/\s+/g, " ").trim());
      authorisationNumber = /PIL-\d{4}-\d{6}/.exec(cells[0] ?? "")?.[0] ?? "";
      assert.ok(authorisationNumber, cells.join(" | "));
      assert.equal(cells[1], SERVICE_TITLE);
      assert.equal(cells[3], "Spēkā");
      assert.equal(await page.getByRole("button", { name: FILL_FOR }).count(), 1);
      await expectAccessible(page, { narrow: true });
    });

    await step("the consultant fills the declaration for her, submits it and prints the receipt", async () => {
      await fillForHer(page);
      const id = applicationId(page);
      await fillDeclaration(page);
      assert.match(
        await mainText(page),
        new RegExp(`Iesniegšanas vieta: Cēsu VPVKAC; konsultants: Dace Liepiņa; rakstiskā pilnvara: ${authorisationNumber}`),
      );
      await confirmAndSubmit(page, "lv");
      number = await submittedNumber(page, "lv");

      await page.goto(`${site.url()}${visitPath}`);
      const receipt = page.getByRole("link", { name: `Drukāt apliecinājumu ${number}`, exact: true });
      const href = (await receipt.getAttribute("href")) ?? "";
      assert.equal(href, `/pieteikumi/${id}/apliecinajums.pdf`);
      const [download] = await Promise.all([page.waitForEvent("download"), receipt.click()]);
      assert.equal(download.suggestedFilename(), `${number}.pdf`);
      const response = await context.request.get(`${site.url()}${href}`);
      assert.equal(response.headers()["content-type"], "application/pdf");
      const bytes = new Uint8Array(await response.body());
      assert.equal(Buffer.from(bytes.subarray(0, 5)).toString("latin1"), "%PDF-");
      const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
      assert.ok(text.includes(number), "the receipt names the application's number");
      assert.match(text, /Dace Liepiņa/, "and the consultant who submitted it");
      await screenshot(page, "visitor");
    });

    await step("the visitor's page passes axe-core in English too, and the paper form in Latvian", async () => {
      await page.goto(`${site.url()}/en${visitPath}`);
      assert.equal(await page.getAttribute("html", "lang"), "en");
      assert.match(await mainText(page), /Written authorisations at this centre/);
      assert.equal(await page.getByRole("button", { name: /^Fill for the client ?– Declaring your place of residence$/ }).count(), 1);
      await expectAccessible(page, { narrow: true });
      await screenshot(page, "visitor-en");

      await page.goto(`${site.url()}${visitPath}`);
      await Promise.all([
        page.waitForURL(/\/papira\?/),
        page.getByRole("link", { name: new RegExp(`^Reģistrēt papīra iesniegumu ?– ${SERVICE_TITLE}$`) }).click(),
      ]);
      assert.equal(await heading(page), "Papīra iesnieguma reģistrēšana");
      assert.ok(await page.getByRole("radio", { name: SERVICE_TITLE, exact: true }).isChecked(), "the service is chosen already");
      await expectAccessible(page, { narrow: true });
      await press(page, "Turpināt ar datu ievadi");
      assert.deepEqual(
        (await errorSummary(page)).map((p) => p.href),
        ["#scan"],
      );
      await expectAccessible(page, { narrow: true });
      await screenshot(page, "paper-errors");
    });

    await step("an authorisation that has run out is refused at submission and no longer offered", async () => {
      await page.goto(`${site.url()}${visitPath}`);
      await fillForHer(page);
      const id = applicationId(page);
      await fillDeclaration(page);
      // Meanwhile the authorisation's period is over: moved into the past in the database.
      const moved =
        await sql`update mandates.authorisation set valid_from = valid_from - 40, valid_until = valid_from - 35 where number = ${authorisationNumber}`.execute(
          site.app().database.db,
        );
      assert.equal(Number(moved.numAffectedRows), 1);
      await confirmAndSubmit(page, "lv");
      const refusal = ((await page.locator(".govuk-error-summary").textContent()) ?? "").replace(/\s+/g, " ");
      assert.match(refusal, /Iesniegumu nevar iesniegt/);
      assert.match(refusal, /rakstiskās pilnvaras PIL-\d{4}-\d{6} derīguma termiņš ir beidzies/);
      assert.equal(await heading(page), form.check, "the check again, with the answers kept");
      await expectAccessible(page);
      assert.notEqual(await heading(page), form.submitted);
      const row = await site
        .app()
        .database.db.selectFrom("eservices.application")
        .select(["status"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      assert.equal(row.status, "draft", "the draft is kept");

      await page.goto(`${site.url()}${visitPath}`);
      assert.equal(await page.getByRole("button", { name: FILL_FOR }).count(), 0);
      assert.match(await mainText(page), /Nav spēkā esošas pilnvaras/);
      const cells = await page.locator("section[aria-labelledby=authorisations] tbody tr td").allInnerTexts();
      assert.equal(cells[3]?.trim(), "Beigusies");
      const applications = page.locator("section[aria-labelledby=applications] tbody tr");
      assert.deepEqual(
        (await applications.locator("td:nth-child(2)").allInnerTexts()).map((c) => c.trim()).sort(),
        [number, "Melnraksts"].sort(),
        "the submitted one and the refused draft",
      );
      await expectAccessible(page, { narrow: true });
      await screenshot(page, "visitor-expired");
    });

    await step("Olena finds the application in her account with who submitted it", async () => {
      const olena = await browser.open(t, { viewport: DESKTOP });
      olena.context.setDefaultTimeout(20_000);
      await logInAs(olena.page, site.url(), "lv", PERSONS.olena, { to: "/mani-pieteikumi" });
      assert.equal(await heading(olena.page), form.myApplications);
      const submitted = await myApplications(olena.page, "lv", "submittedApplications");
      const mine = submitted.find((cells) => cells[1] === number);
      assert.ok(mine, JSON.stringify(submitted));
      assert.match(mine[2] ?? "", /konsultants: Dace Liepiņa/);
      assert.match(mine[2] ?? "", new RegExp(`rakstiskā pilnvara: ${authorisationNumber}`));
      await expectAccessible(olena.page);
      assert.deepEqual(olena.problems, []);
    });

    await step("the public list and map show the Cēsis centre among those offering the service", async () => {
      await page.goto(`${site.url()}/klientu-centri?pakalpojums=dzivesvietas-deklaresana`);
      const listed = await page.locator("#centru-saraksts h3").allTextContents();
      assert.ok(
        listed.some((name) => name.trim() === "Cēsu VPVKAC"),
        listed.join(", "),
      );
      const map = page.locator("figure svg");
      assert.ok(
        (await map.getAttribute("aria-labelledby")) && (await map.getAttribute("aria-details")),
        "the map names its text alternative",
      );
      const dot = page.locator('figure svg a[href="/klientu-centri/cesis"]');
      assert.equal(await dot.count(), 1);
      assert.match((await dot.locator("title").textContent()) ?? "", /^Cēsu VPVKAC/);
    });

    assert.deepEqual(problems, []);
  });
});
