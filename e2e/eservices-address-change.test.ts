// Two address changes filled in and submitted in Chromium, in Latvian with JavaScript.
// Olena Kovalenko declares her residence at a flat she does not own: the start page asks for
// whom, a date in the future is refused and corrected from the error summary, she saves and
// comes back another time through "Mani pieteikumi", attaches the owner's consent, changes an
// answer from "check your answers", and going back to the check after submitting shows the
// confirmation, not a form to send twice. Jānis Bērziņš, logged in with his eID card, changes
// the registered address of his company SIA "Bērziņu Būve". Every page type passes axe-core;
// question and check pages fit 320 px.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import {
  applicationId,
  applicationsLike,
  checkedAnswer,
  confirmAndSubmit,
  errorSummary,
  expectAccessible,
  expectAccessibleInOtherLanguage,
  expectReceipt,
  FORM_TEXT,
  fill,
  fillAndContinue,
  follow,
  heading,
  myApplications,
  pathOf,
  pdfFile,
  press,
  question,
  startService,
  submissionsAudited,
  submittedNumber,
} from "./eservices-pages.ts";
import { COMPANY, logInAs, PERSONS, switchRole } from "./identity-pages.ts";
import { payFeeByCard } from "./payments-pages.ts";
import { DESKTOP } from "./site-pages.ts";

const text = FORM_TEXT.lv;

describe("changing an address through an e-service in a browser", () => {
  const site = useSite();
  const browser = useBrowser();

  test("Olena declares her residence at a rented flat, with a break and a correction on the way", needsBrowser, async (t) => {
    const { page, problems, context } = await browser.open(t, { viewport: DESKTOP });
    context.setDefaultTimeout(20_000);
    await logInAs(page, site.url(), "lv", PERSONS.olena, { to: "/e-pakalpojumi/dzivesvietas-deklaresana" });
    assert.equal(await heading(page), "Dzīvesvietas deklarēšana");
    await expectAccessible(page);

    // She has a minor son, so the start page asks for whom; starting without choosing says so.
    await press(page, text.start);
    assert.match((await question(page, text.forWhom).textContent()) ?? "", new RegExp(text.chooseWhom));
    await expectAccessible(page);
    await startService(page, site.url(), "lv", "dzivesvietas-deklaresana", text.forMe("Olena Kovalenko"));
    const id = applicationId(page);
    assert.equal(await heading(page), "Persona, kuras dzīvesvietu deklarē");
    assert.match((await page.locator(".epak-register-facts").textContent()) ?? "", /Olena Kovalenko/);
    await expectAccessible(page, { narrow: true });
    await press(page, text.continue);

    assert.equal(await heading(page), "Jaunā dzīvesvieta");
    await fillAndContinue(page, "lv", {
      "Kādu adresi deklarējat kā dzīvesvietu?": { address: "Avotu 23", pick: "Avotu iela 23-6, Rīga, LV-1009" },
    });

    // A date in the future: refused, named in the error summary, which leads to the day field.
    assert.equal(await heading(page), "Dzīvošanas sākums");
    await fill(page, "lv", { "No kura datuma dzīvojat šajā adresē?": { date: "5 1 2031" } });
    await press(page, text.continue);
    assert.ok((await page.title()).startsWith(text.errorTitle("Dzīvošanas sākums")), await page.title());
    assert.equal((await page.locator(".govuk-error-summary__title").textContent())?.trim(), text.errorSummary);
    assert.deepEqual(await errorSummary(page), [
      { text: "Ievadiet šodienas vai agrāku datumu — deklarēt var tikai adresi, kurā jau dzīvojat", href: "#livingFrom-day" },
    ]);
    assert.equal(await page.locator("#livingFrom-year").inputValue(), "2031", "what was typed stays");
    await expectAccessible(page, { narrow: true });
    await page.locator(".govuk-error-summary__list a").first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "livingFrom-day");

    // Corrected, then a break: saved for later.
    await fill(page, "lv", { "No kura datuma dzīvojat šajā adresē?": { date: "1 11 2026" } });
    await press(page, text.saveForLater);
    assert.equal(await heading(page), text.saved);
    await expectAccessible(page);
    await expectAccessibleInOtherLanguage(page, "lv");

    // Another time, in another browser: "Mani pieteikumi" leads back to the same page, answers kept.
    const later = await browser.open(t, { viewport: DESKTOP });
    later.context.setDefaultTimeout(20_000);
    await logInAs(later.page, site.url(), "lv", PERSONS.olena, { to: "/mani-pieteikumi" });
    assert.equal(await heading(later.page), text.myApplications);
    const unfinished = await myApplications(later.page, "lv", "unfinished");
    assert.equal(unfinished.length, 1);
    assert.equal(unfinished[0]?.[0], "Dzīvesvietas deklarēšana Olena Kovalenko");
    await expectAccessible(later.page);
    await follow(later.page.locator("main"), later.page, "Dzīvesvietas deklarēšana");
    assert.equal(pathOf(later.page), `/pieteikumi/${id}/lapa/movedIn`);
    assert.deepEqual(await Promise.all(["day", "month", "year"].map((part) => later.page.locator(`#livingFrom-${part}`).inputValue())), [
      "1",
      "11",
      "2026",
    ]);
    await press(later.page, text.continue);

    // Not her own flat: the legal basis, then the owner with the consent attached as a PDF.
    assert.equal(await heading(later.page), "Tiesības dzīvot šajā adresē");
    await fillAndContinue(later.page, "lv", {
      "Uz kāda pamata dzīvojat šajā adresē?": { choose: "Īpašnieka rakstiska piekrišana" },
      "Kam pieder mājoklis?": { choose: "Privātpersonai" },
    });
    assert.equal(await heading(later.page), "Mājokļa īpašnieks");
    await expectAccessible(later.page, { narrow: true });
    await fillAndContinue(later.page, "lv", {
      "Īpašnieka vārds, uzvārds vai nosaukums": { text: "Raimonds Vanags" },
      "Īpašnieka personas kods": { text: "030371-14620" },
      "Pievienojiet īpašnieka rakstisku piekrišanu": { file: pdfFile("piekrišana.pdf") },
    });
    assert.equal(await heading(later.page), "Paziņojums par reģistrēšanu");
    await fillAndContinue(later.page, "lv", {
      "Kā vēlaties saņemt paziņojumu, ka dzīvesvieta reģistrēta?": { choose: "E-adresē" },
    });

    assert.equal(await heading(later.page), text.check);
    assert.equal(await checkedAnswer(later.page, "Kādu adresi deklarējat kā dzīvesvietu?"), "Avotu iela 23-6, Rīga, LV-1009");
    assert.match(await checkedAnswer(later.page, "Pievienojiet īpašnieka rakstisku piekrišanu"), /piekrišana\.pdf/);
    await expectAccessible(later.page, { narrow: true });

    // "Mainīt" leads to the question and "Turpināt" comes back to the check.
    const delivery = "Kā vēlaties saņemt paziņojumu, ka dzīvesvieta reģistrēta?";
    await follow(later.page, later.page, `${text.change} ${delivery}`);
    assert.equal(pathOf(later.page), `/pieteikumi/${id}/lapa/notice`);
    await fillAndContinue(later.page, "lv", { [delivery]: { choose: "Pa pastu uz jauno adresi" } });
    assert.equal(pathOf(later.page), `/pieteikumi/${id}/parbaude`);
    assert.equal(await checkedAnswer(later.page, delivery), "Pa pastu uz jauno adresi");

    // Not confirmed: nothing is submitted.
    await press(later.page, text.submit);
    assert.deepEqual(await errorSummary(later.page), [{ text: text.declarationRequired, href: "#declaration" }]);
    await expectAccessible(later.page);
    await confirmAndSubmit(later.page, "lv");
    const number = await submittedNumber(later.page, "lv");
    await expectAccessible(later.page);
    await expectReceipt(later.page, "lv", number);

    // The check page's address again, as "back" would open it: the confirmation, not the form.
    await later.page.goto(`${site.url()}/pieteikumi/${id}/parbaude`);
    assert.equal(await submittedNumber(later.page, "lv"), number);
    const rows = await applicationsLike(site.app(), id);
    assert.deepEqual(rows, [{ id, number, status: "submitted" }]);
    assert.equal(await submissionsAudited(site.app(), id), 1);

    await follow(later.page, later.page, text.seeMyApplications);
    assert.deepEqual(await myApplications(later.page, "lv", "unfinished"), []);
    const submitted = await myApplications(later.page, "lv", "submittedApplications");
    assert.equal(submitted.length, 1);
    assert.equal(submitted[0]?.[1], number);
    await expectAccessible(later.page);
    assert.deepEqual(problems, []);
    assert.deepEqual(later.problems, []);
  });

  test("Jānis changes the registered address of his company", needsBrowser, async (t) => {
    const { page, problems, context } = await browser.open(t, { viewport: DESKTOP });
    context.setDefaultTimeout(20_000);
    await logInAs(page, site.url(), "lv", PERSONS.janis, { via: "eid" });
    await switchRole(page, "lv", COMPANY);
    await page.goto(`${site.url()}/e-pakalpojumi/juridiskas-adreses-maina`);
    assert.match((await page.locator("main form").textContent()) ?? "", /Pieteikums par: SIA "Bērziņu Būve"/);
    await startService(page, site.url(), "lv", "juridiskas-adreses-maina");
    const id = applicationId(page);

    assert.equal(await heading(page), "Komersants");
    const facts = (await page.locator(".epak-register-facts").textContent()) ?? "";
    assert.match(facts, /SIA "Bērziņu Būve"/);
    assert.match(facts, /40103587986/);
    await press(page, text.continue);
    assert.equal(await heading(page), "Iesniedzējs");
    assert.match((await page.locator(".epak-register-facts").textContent()) ?? "", /Jānis Bērziņš/);
    await press(page, text.continue);
    await fillAndContinue(page, "lv", { "Kāpēc mainās juridiskā adrese?": { choose: "Komersants pārceļas uz citām telpām" } });
    // Continuing with no address chosen leads back to the search box.
    assert.equal(await heading(page), "Jaunā juridiskā adrese");
    await press(page, text.continue);
    assert.deepEqual(await errorSummary(page), [{ text: "Atrodiet un izvēlieties adresi no adrešu reģistra", href: "#address-search" }]);
    await page.locator(".govuk-error-summary__list a").first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "address-search");
    await fillAndContinue(page, "lv", {
      "Kāda ir komersanta jaunā juridiskā adrese?": { address: "Ieriķu 5", pick: "Ieriķu iela 5-14, Rīga, LV-1084" },
    });
    assert.equal(await heading(page), "Telpu īpašnieka piekrišana");
    await fillAndContinue(page, "lv", { "Kam pieder telpas?": { choose: "Uzņēmumam, pašvaldībai vai citai organizācijai" } });

    // A wrong registration number is refused; the consent attached with it is kept.
    assert.equal(await heading(page), "Telpu īpašnieks");
    await fill(page, "lv", {
      "Īpašnieka vārds, uzvārds vai nosaukums": { text: 'SIA "Baltijas Datu Risinājumi"' },
      "Īpašnieka reģistrācijas numurs": { text: "4020355881" },
      "Pievienojiet īpašnieka rakstisku piekrišanu": { file: pdfFile("piekrisana-telpas.pdf") },
    });
    await press(page, text.continue);
    assert.deepEqual(await errorSummary(page), [
      { text: "Ierakstiet 11 ciparu reģistrācijas numuru, piemēram, 40103587986", href: "#ownerRegistrationNumber" },
    ]);
    assert.match((await page.locator("main").textContent()) ?? "", /piekrisana-telpas\.pdf/);
    await page.locator(".govuk-error-summary__list a").first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "ownerRegistrationNumber");
    await fillAndContinue(page, "lv", { "Īpašnieka reģistrācijas numurs": { text: "40203558818" } });

    assert.equal(await heading(page), "Lēmums par adreses maiņu");
    await fillAndContinue(page, "lv", {
      "Kad pieņemts lēmums mainīt juridisko adresi?": { date: "16 11 2026" },
      "Pievienojiet valdes vai dalībnieku lēmumu": { file: pdfFile("valdes-lemums.pdf") },
    });
    await fillAndContinue(page, "lv", {
      "E-pasta adrese saziņai": { text: "birojs@berzinubuve.lv" },
      "Kā komersants vēlas saņemt valsts notāra lēmumu?": { choose: "Komersanta e-adresē" },
    });

    assert.equal(await heading(page), text.check);
    assert.match((await page.locator("main").textContent()) ?? "", /Pieteikums par: SIA "Bērziņu Būve"/);
    assert.match((await page.locator("main").textContent()) ?? "", /Maksa par pakalpojumu: 20,00\s€/);
    assert.equal(await checkedAnswer(page, "Īpašnieka reģistrācijas numurs"), "40203558818");
    await expectAccessible(page, { narrow: true });
    // The state fee is paid before submitting (its own journey is in payments-fee.test.ts).
    await payFeeByCard(page, "lv");
    await confirmAndSubmit(page, "lv");
    const number = await submittedNumber(page, "lv");
    await expectReceipt(page, "lv", number);

    // Back, and the browser shows the confirmation again rather than a form to send twice.
    await page.goBack();
    assert.equal(await submittedNumber(page, "lv"), number);
    assert.deepEqual(await applicationsLike(site.app(), id), [{ id, number, status: "submitted" }]);

    // The company's applications are where the board member acting for it finds them.
    await follow(page, page, text.seeMyApplications);
    const submitted = await myApplications(page, "lv", "submittedApplications");
    assert.deepEqual(
      submitted.map((row) => row[1]),
      [number],
    );
    assert.match(submitted[0]?.[0] ?? "", /SIA "Bērziņu Būve"/);
    assert.deepEqual(problems, []);
  });
});
