// Two applications carried to a decision in Chromium. Jānis Bērziņš's childbirth benefit goes
// through VSAA: a register check by the bus, Ilze Kalniņa's request for a document which Jānis
// answers with a file, her decision, which Jānis reads in his e-address (the signed container
// verifies, and fails once altered) and rates. Olena Kovalenko's place-of-residence declaration
// goes through PMLP, where it is overdue and Edgars Liepiņš decides it. Every officer and
// applicant page passes axe-core at 1280 and 320 px in Latvian and English.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { verifyAsice } from "../src/platform/signing/index.ts";
import type { TestApp } from "../test/harness/app.ts";
import { needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { submitResidence } from "../test/harness/residence-application.ts";
import {
  confirmAndSubmit,
  expectAccessible,
  FORM_TEXT,
  fillAndContinue,
  heading,
  pdfFile,
  press,
  startService,
  submittedNumber,
} from "./eservices-pages.ts";
import { logInAs, PERSONS, switchRole, TEXT } from "./identity-pages.ts";
import { DESKTOP, inLocale } from "./site-pages.ts";

const IBAN = "LV80BANK0000435195001";

async function caseAt(site: TestApp, number: string, step: string): Promise<string> {
  const end = Date.now() + 30_000;
  for (;;) {
    const row = await site.database.db.selectFrom("cases.case").select(["id", "step_id"]).where("number", "=", number).executeTakeFirst();
    if (row?.step_id === step) return row.id;
    if (Date.now() > end) throw new Error(`case ${number} did not reach ${step}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function mainText(page: Page): Promise<string> {
  return ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");
}

/** The page in English too (its heading), at both widths; then back to Latvian. */
async function bothLanguages(page: Page, englishHeading: string): Promise<void> {
  await expectAccessible(page, { narrow: true });
  const here = new URL(page.url());
  await page.goto(`${here.origin}${inLocale("en", here.pathname)}`);
  assert.equal(await heading(page), englishHeading);
  await expectAccessible(page, { narrow: true });
  await page.goto(`${here.origin}${here.pathname}`);
}

describe("cases from submission to a rated decision, in a browser", () => {
  const site = useSite({ role: "all" });
  const browser = useBrowser();

  test("a childbirth benefit at VSAA: request answered with a file, signed decision read and rated", needsBrowser, async (t) => {
    // Jānis claims the benefit (the form is tested on its own in eservices-benefits).
    const jPage = await browser.open(t, { viewport: DESKTOP });
    const janis = jPage.page;
    jPage.context.setDefaultTimeout(20_000);
    await logInAs(janis, site.url(), "en", PERSONS.janis, { to: "/e-pakalpojumi/bernu-piedzimsanas-pabalsts" });
    await startService(janis, site.url(), "en", "bernu-piedzimsanas-pabalsts");
    const applicationId = /\/pieteikumi\/([0-9a-f-]{36})/.exec(janis.url())?.[1] ?? "";
    await press(janis, FORM_TEXT.en.continue);
    await fillAndContinue(janis, "en", { "Which child are you claiming the benefit for?": { choose: "Roberts Bērziņš" } });
    await fillAndContinue(janis, "en", { "Has the child's other parent already claimed this benefit for this child?": { choose: "No" } });
    await fillAndContinue(janis, "en", { "Which bank account should the benefit be paid to?": { text: IBAN } });
    await fillAndContinue(janis, "en", { "How would you like to receive the decision?": { choose: "In my e-address" } });
    await confirmAndSubmit(janis, "en");
    const number = await submittedNumber(janis, "en");
    const caseId = await caseAt(site.app(), number, "review");

    // Ilze, VSAA's officer, finds it in the queue with the register check done, and asks for a document.
    const iPage = await browser.open(t, { viewport: DESKTOP });
    const ilze = iPage.page;
    iPage.context.setDefaultTimeout(20_000);
    await logInAs(ilze, site.url(), "lv", PERSONS.ilze, { to: "/darbs" });
    await switchRole(ilze, "lv", TEXT.lv.officerVsaa);
    await ilze.getByRole("link", { name: "Lietas", exact: true }).click();
    assert.equal(await heading(ilze), "Lietas");
    await bothLanguages(ilze, "Cases");
    await ilze.getByRole("link", { name: number, exact: true }).click();
    assert.equal(await heading(ilze), `Lieta ${number}`);
    assert.match(await mainText(ilze), /Apdrošināšanas periodu pārbaude: (atbilst|jāpārbauda)/);
    await bothLanguages(ilze, `Case ${number}`);
    await ilze.locator("summary", { hasText: "Pieprasīt informāciju vai pagarināt termiņu" }).click();
    await ilze.getByLabel("Kas iesniedzējam jāsniedz?").fill("Lūdzu, pievienojiet bērna dzimšanas apliecības kopiju.");
    await press(ilze, "Nosūtīt pieprasījumu");
    assert.match(await mainText(ilze), /Pieprasījums nosūtīts uz iesniedzēja e-adresi/);
    assert.match(await mainText(ilze), /Gaida iesniedzēja atbildi/);

    // Jānis sees the request in his e-address and answers it on his application's page, with a file.
    await janis.goto(`${site.url()}/pastkaste`);
    assert.match(await mainText(janis), new RegExp(`Pieprasījums par pieteikumu ${number}`));
    await janis.goto(`${site.url()}/mani-pieteikumi/${applicationId}`);
    assert.equal(await heading(janis), `Pieteikums ${number}`);
    await bothLanguages(janis, `Application ${number}`);
    await press(janis, "Nosūtīt atbildi");
    assert.match(await mainText(janis), /Ierakstiet atbildi/);
    await janis.getByLabel("Jūsu atbilde").fill("Pievienoju dzimšanas apliecību.");
    await janis.getByLabel("Dokumenti (nav obligāti)").setInputFiles(pdfFile("apliecība.pdf"));
    await press(janis, "Nosūtīt atbildi");
    assert.match(await mainText(janis), /Atbilde nosūtīta iestādei/);

    // Ilze sees the answer, completes her step and decides.
    await ilze.reload();
    assert.match(await mainText(ilze), /Pievienoju dzimšanas apliecību/);
    await press(ilze, "Pabeigt soli");
    await ilze.getByLabel("Apmierināts").check();
    await ilze
      .getByLabel("Pamatojums")
      .fill("Bērna piedzimšanas pabalsts piešķirts. Iesniegumā norādītās ziņas atbilst valsts reģistru datiem.");
    await press(ilze, "Pieņemt un nosūtīt lēmumu");
    assert.match(await mainText(ilze), /Lēmums pieņemts, parakstīts un nosūtīts/);
    await expectAccessible(ilze, { narrow: true });

    // Jānis reads the decision in his e-address; the signed container verifies and fails once altered.
    await janis.goto(`${site.url()}/mani-pieteikumi/${applicationId}`);
    assert.match(await mainText(janis), /Apmierināts/);
    await janis.getByRole("link", { name: "Lasīt lēmumu e-adresē" }).click();
    assert.match(await heading(janis), new RegExp(`Lēmums par pieteikumu ${number}`));
    await expectAccessible(janis, { narrow: true });
    const edocHref = await janis.getByRole("link", { name: /\.edoc$/ }).getAttribute("href");
    assert.ok(edocHref);
    const edoc = new Uint8Array(await (await janis.context().request.get(new URL(edocHref, janis.url()).toString())).body());
    assert.equal((await verifyAsice(edoc)).ok, true);
    const altered = new Uint8Array(edoc);
    altered[Math.floor(altered.length / 2)] = (altered[Math.floor(altered.length / 2)] ?? 0) ^ 1;
    assert.equal((await verifyAsice(altered)).ok, false);

    // And rates the service.
    await janis.goto(`${site.url()}/mani-pieteikumi/${applicationId}`);
    await janis.getByLabel("5 — ļoti labi").check();
    await janis.getByLabel("Komentārs (nav obligāts)").fill("Ātri un saprotami.");
    await press(janis, "Nosūtīt vērtējumu");
    assert.match(await mainText(janis), /Paldies par vērtējumu/);
    assert.match(await mainText(janis), /Pakalpojums novērtēts: 5 no 5/);
    await expectAccessible(janis, { narrow: true });
    assert.ok(caseId);
  });

  test("a place-of-residence declaration at PMLP is overdue, then decided", needsBrowser, async (t) => {
    const { applicationId } = await submitResidence(site.url());
    const number =
      (
        await site
          .app()
          .database.db.selectFrom("eservices.application")
          .select("number")
          .where("id", "=", applicationId)
          .executeTakeFirstOrThrow()
      ).number ?? "";
    const caseId = await caseAt(site.app(), number, "review");
    // A month has passed without a decision.
    await site.app().database.db.updateTable("cases.case").set({ due_on: "2026-10-01" }).where("id", "=", caseId).execute();

    const ePage = await browser.open(t, { viewport: DESKTOP });
    const edgars = ePage.page;
    ePage.context.setDefaultTimeout(20_000);
    await logInAs(edgars, site.url(), "lv", { name: "Edgars Liepiņš", code: "090468-14431" }, { to: "/darbs" });
    await switchRole(edgars, "lv", "Iestādes darbinieks, Pilsonības un migrācijas lietu pārvalde");
    await edgars.goto(`${site.url()}/darbs/lietas?termins=overdue`);
    const row = edgars.locator("tr", { hasText: number });
    assert.match((await row.textContent()) ?? "", /Nokavēts/);
    await expectAccessible(edgars, { narrow: true });
    await row.getByRole("link", { name: number }).click();
    await press(edgars, "Pabeigt soli");
    await edgars.getByLabel("Noraidīts").check();
    await edgars.getByLabel("Pamatojums").fill("Iesniegums noraidīts, jo īpašnieka piekrišana nav parakstīta.");
    await press(edgars, "Pieņemt un nosūtīt lēmumu");
    assert.match(await mainText(edgars), /Lēmums pieņemts/);
    assert.match(await mainText(edgars), /Noraidīts/);
  });
});
