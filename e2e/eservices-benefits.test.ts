// Three benefit claims filled in and submitted in Chromium. Jānis Bērziņš claims the childbirth
// benefit for his newborn son, whom the register offers, in English and without JavaScript: a
// wrong account number is refused and corrected, and the form sent twice at once makes one
// application. Ivars Lapiņš, whose job ended last month, registers as unemployed in English with
// JavaScript: his last employer comes from the social insurance records, and a question he
// skipped is named in the error summary. Inese Liepiņa asks Cēsis for the housing benefit, a
// long form with a task list, adding a second household member with "Pievienot vēl". Every page
// type passes axe-core in both languages; question and check pages fit 320 px.
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
  myApplications,
  pathOf,
  pdfFile,
  press,
  question,
  startService,
  submissionsAudited,
  submitInTwoTabs,
  submittedNumber,
  taskStatus,
} from "./eservices-pages.ts";
import { heading, logInAs, PERSONS, type TestPerson } from "./identity-pages.ts";
import { DESKTOP } from "./site-pages.ts";

const IVARS: TestPerson = { name: "Ivars Lapiņš", code: "140689-11378" };
const INESE: TestPerson = { name: "Inese Liepiņa", code: "171270-19042" };
const IBAN = "LV80BANK0000435195001";

describe("claiming benefits through e-services in a browser", () => {
  const site = useSite();
  const browser = useBrowser();

  test("(en, without JavaScript) Jānis claims the childbirth benefit for his newborn son", needsBrowser, async (t) => {
    const text = FORM_TEXT.en;
    const { page, problems, context } = await browser.open(t, { viewport: DESKTOP, javaScriptEnabled: false });
    context.setDefaultTimeout(20_000);
    await logInAs(page, site.url(), "en", PERSONS.janis, { to: "/e-pakalpojumi/bernu-piedzimsanas-pabalsts" });
    assert.equal(await heading(page), "Childbirth benefit");
    await startService(page, site.url(), "en", "bernu-piedzimsanas-pabalsts");
    const id = applicationId(page);
    assert.equal(await heading(page), "The person claiming the benefit");
    assert.match((await page.locator("main").textContent()) ?? "", /Step 1 of [5-9]/);
    await press(page, text.continue);

    assert.equal(await heading(page), "The child");
    await fillAndContinue(page, "en", { "Which child are you claiming the benefit for?": { choose: "Roberts Bērziņš" } });
    await fillAndContinue(page, "en", { "Has the child's other parent already claimed this benefit for this child?": { choose: "No" } });

    // One digit short: refused next to the field, the summary leading to it.
    assert.equal(await heading(page), "Payment");
    await fill(page, "en", { "Which bank account should the benefit be paid to?": { text: "LV80BANK000043519500" } });
    await press(page, text.continue);
    const [problem] = await errorSummary(page);
    assert.equal(problem?.href, "#iban");
    assert.match(problem?.text ?? "", /^Enter (a Latvian bank account number|the account number as an IBAN)/);
    assert.match((await page.locator("#iban").getAttribute("aria-describedby")) ?? "", /\biban-error\b/);
    assert.equal(await page.locator("#iban").inputValue(), "LV80BANK000043519500");
    await fillAndContinue(page, "en", { "Which bank account should the benefit be paid to?": { text: IBAN } });

    await fillAndContinue(page, "en", { "How would you like to receive the decision?": { choose: "In my e-address" } });
    assert.equal(await heading(page), text.check);
    assert.equal(await checkedAnswer(page, "Which child are you claiming the benefit for?"), "Roberts Bērziņš");
    assert.equal(await checkedAnswer(page, "Which bank account should the benefit be paid to?"), IBAN);

    // Submitted from two tabs at once: both show the same number, and there is one application.
    const [number, again] = await submitInTwoTabs(page, "en");
    assert.equal(again, number);
    await expectReceipt(page, "en", number);
    assert.deepEqual(await applicationsLike(site.app(), id), [{ id, number, status: "submitted" }]);
    assert.equal(await submissionsAudited(site.app(), id), 1);

    await follow(page, page, text.seeMyApplications);
    assert.equal(await heading(page), text.myApplications);
    const submitted = await myApplications(page, "en", "submittedApplications");
    assert.deepEqual(
      submitted.map((row) => [row[0], row[1]]),
      [["Childbirth benefit Jānis Bērziņš", number]],
    );
    assert.deepEqual(problems, []);
  });

  test("(en) Ivars registers as unemployed after his job ended", needsBrowser, async (t) => {
    const text = FORM_TEXT.en;
    const { page, problems, context } = await browser.open(t, { viewport: DESKTOP });
    context.setDefaultTimeout(20_000);
    await logInAs(page, site.url(), "en", IVARS, { to: "/e-pakalpojumi/bezdarbnieka-statusa-pieskirsana" });
    assert.equal(await heading(page), "Registering as unemployed");
    await expectAccessible(page);
    await startService(page, site.url(), "en", "bezdarbnieka-statusa-pieskirsana");
    const id = applicationId(page);
    assert.equal(await heading(page), "Your details");
    assert.match((await page.locator(".epak-register-facts").textContent()) ?? "", /Stacijas iela 14-3, Valmiera/);
    await expectAccessible(page, { narrow: true });
    await press(page, text.continue);

    // The last job comes from the social insurance records; the reason it ended is his to say.
    assert.equal(await heading(page), "Your last job");
    assert.match((await page.locator(".epak-register-facts").textContent()) ?? "", /SIA "Vidzemes Maiznīca"/);
    await press(page, text.continue);
    assert.deepEqual(await errorSummary(page), [{ text: text.chooseOne, href: "#endReason" }]);
    assert.ok((await page.title()).startsWith(text.errorTitle("Your last job")));
    await expectAccessible(page, { narrow: true });
    await page.locator(".govuk-error-summary__list a").first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "endReason");
    await fillAndContinue(page, "en", { "Why did your last employment end?": { choose: "By mutual agreement" } });

    await fillAndContinue(page, "en", {
      "Are you working now — as an employee, self-employed person or business owner?": { choose: "No" },
      "Are you in full-time education at a school or vocational school?": { choose: "No" },
      "Do you receive an old-age pension or an early old-age pension?": { choose: "No" },
    });
    assert.equal(await heading(page), "Ready to work", "no explanation is asked of someone who qualifies");
    await fillAndContinue(page, "en", {
      "Can you start work at once when you are offered a suitable job?": { choose: "Yes" },
      "What working hours can you work?": { tick: ["Full time", "Shift work"] },
    });
    await fillAndContinue(page, "en", {
      "What is the highest level of education you have completed?": { choose: "Vocational secondary education" },
      "What is your occupation or last job title?": { text: "Baker" },
    });
    await fillAndContinue(page, "en", {
      "What kind of work do you want to find?": { text: "Bakery or warehouse work" },
      "Where are you willing to work?": { choose: "Anywhere in my region, including another municipality" },
    });
    await fillAndContinue(page, "en", { "Do you also want to claim unemployment benefit?": { choose: "Yes" } });
    assert.equal(await heading(page), "Bank account for the benefit");
    await fillAndContinue(page, "en", { "Which bank account should the benefit be paid to?": { text: IBAN } });
    await fillAndContinue(page, "en", {
      "Phone number": { text: "+371 29123456" },
      "How would you like to receive the decision?": { choose: "At the NVA branch, when I meet the adviser" },
    });

    assert.equal(await heading(page), text.check);
    assert.match(await checkedAnswer(page, "What working hours can you work?"), /Full time.*Shift work/);
    await expectAccessible(page, { narrow: true });
    await confirmAndSubmit(page, "en");
    const number = await submittedNumber(page, "en");
    await expectAccessible(page);
    await expectReceipt(page, "en", number);
    assert.deepEqual(await applicationsLike(site.app(), id), [{ id, number, status: "submitted" }]);

    await follow(page, page, text.seeMyApplications);
    assert.deepEqual(
      (await myApplications(page, "en", "submittedApplications")).map((row) => row[1]),
      [number],
    );
    await expectAccessible(page);
    assert.deepEqual(problems, []);
  });

  test("Inese asks Cēsis for the housing benefit through the task list, with two household members", needsBrowser, async (t) => {
    const text = FORM_TEXT.lv;
    const { page, problems, context } = await browser.open(t, { viewport: DESKTOP });
    context.setDefaultTimeout(20_000);
    await logInAs(page, site.url(), "lv", INESE, { to: "/e-pakalpojumi/majokla-pabalsts-cesis" });
    assert.equal(await heading(page), "Mājokļa pabalsts Cēsu novadā");
    await startService(page, site.url(), "lv", "majokla-pabalsts-cesis");
    const id = applicationId(page);

    // The task list: five sections, none started, the check not reachable yet.
    assert.equal(pathOf(page), `/pieteikumi/${id}`);
    assert.equal(await heading(page), "Mājokļa pabalsts Cēsu novadā");
    assert.match((await page.locator("main").textContent()) ?? "", new RegExp(text.progress(0, 5)));
    assert.equal(await taskStatus(page, "Par jums"), text.notStarted);
    assert.equal(await taskStatus(page, text.check), text.cannotStart);
    await expectAccessible(page, { narrow: true });
    await expectAccessibleInOtherLanguage(page, "lv");

    await follow(page, page, "Par jums");
    assert.equal(await heading(page), "Jūsu dati");
    assert.match((await page.locator(".epak-register-facts").textContent()) ?? "", /Raunas iela 22, Cēsis/);
    await fillAndContinue(page, "lv", { "Vai jūs dzīvojat savā deklarētajā dzīvesvietā?": { choose: "Jā" } });
    await fillAndContinue(page, "lv", {
      "Uz kāda pamata dzīvojat šajā mājoklī?": { choose: "Īrēju pašvaldības dzīvokli" },
      "Vai jūsu mājsaimniecībai jau ir noteikts trūcīgas vai maznodrošinātas mājsaimniecības statuss?": { choose: "Nē, lūdzu to izvērtēt" },
    });
    assert.equal(pathOf(page), `/pieteikumi/${id}`, "the end of a section leads back to the task list");
    assert.equal(await taskStatus(page, "Par jums"), text.completed);
    assert.match((await page.locator("main").textContent()) ?? "", new RegExp(text.progress(1, 5)));

    await follow(page, page, "Mājsaimniecība un ienākumi");
    assert.equal(await heading(page), "Citi mājsaimniecības locekļi");
    assert.match((await page.locator(".epak-register-facts").textContent()) ?? "", /Edgars Liepiņš/);
    await fillAndContinue(page, "lv", {
      "Vai kopā ar jums dzīvo vēl citi cilvēki, ar kuriem jums ir kopīgi izdevumi?": { choose: "Jā" },
    });

    // The household: one member, "Pievienot vēl" for a second, whose missing answer is named.
    assert.equal(await heading(page), "Mājsaimniecības locekļi");
    const member = (n: number) => question(page, `Mājsaimniecības loceklis ${n}`);
    const first = member(1);
    await first.getByLabel("Vārds, uzvārds", { exact: true }).fill("Edgars Liepiņš");
    await first.getByLabel("Personas kods", { exact: true }).fill("090468-14431");
    await question(first, "Kas viņš vai viņa jums ir?").getByRole("radio", { name: "Laulātais", exact: true }).check();
    await question(first, "Kāds ir viņa vai viņas galvenais ienākumu avots?")
      .getByRole("radio", { name: "Darba alga vai saimnieciskā darbība", exact: true })
      .check();
    await first.getByLabel("Ienākumi mēnesī, eiro", { exact: true }).fill("850");
    await press(page, text.addAnother("Mājsaimniecības loceklis"));
    assert.equal(await member(1).getByLabel("Vārds, uzvārds", { exact: true }).inputValue(), "Edgars Liepiņš");
    const second = member(2);
    await second.getByLabel("Vārds, uzvārds", { exact: true }).fill("Artūrs Liepiņš");
    await second.getByLabel("Personas kods", { exact: true }).fill("120998-12787");
    await question(second, "Kāds ir viņa vai viņas galvenais ienākumu avots?")
      .getByRole("radio", { name: "Ienākumu nav", exact: true })
      .check();
    await second.getByLabel("Ienākumi mēnesī, eiro", { exact: true }).fill("0");
    await press(page, text.continue);
    assert.deepEqual(await errorSummary(page), [{ text: text.chooseOne, href: "#householdMembers-1-relationship" }]);
    await expectAccessible(page, { narrow: true });
    await page.locator(".govuk-error-summary__list a").first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "householdMembers-1-relationship");
    await question(member(2), "Kas viņš vai viņa jums ir?").getByRole("radio", { name: "Bērns", exact: true }).check();
    await press(page, text.continue);
    assert.deepEqual(await errorSummary(page), []);

    assert.equal(await heading(page), "Jūsu ienākumi");
    await fillAndContinue(page, "lv", {
      "No kā jūs iegūstat ienākumus?": { tick: ["Darba alga vai saimnieciskā darbība"] },
      "Cik lieli ir jūsu ienākumi mēnesī, eiro?": { text: "420,50" },
    });
    assert.equal(await taskStatus(page, "Mājsaimniecība un ienākumi"), text.completed);

    await follow(page, page, "Mājokļa izdevumi");
    await fillAndContinue(page, "lv", {
      "Īres maksa": { text: "180" },
      "Komunālie pakalpojumi un elektroenerģija": { text: "95,20" },
      "Apkure vai kurināmais": { text: "60" },
    });
    await follow(page, page, "Izmaksa un saziņa");
    await fillAndContinue(page, "lv", { "Kam pārskaitīt pabalstu?": { choose: "Man uz bankas kontu" } });
    await fillAndContinue(page, "lv", { "Jūsu bankas konta numurs": { text: IBAN } });
    await fillAndContinue(page, "lv", {
      "Tālruņa numurs": { text: "26 123 456" },
      "Kā vēlaties saņemt lēmumu?": { choose: "Klātienē Cēsu novada Sociālajā dienestā" },
    });
    await follow(page, page, "Dokumenti");
    await fillAndContinue(page, "lv", {
      "Pēdējā mēneša mājokļa rēķini un maksājumu apliecinājumi": { file: pdfFile("rekini-oktobris.pdf") },
    });

    assert.match((await page.locator("main").textContent()) ?? "", new RegExp(text.progress(5, 5)));
    await follow(page, page, text.check);
    assert.equal(await heading(page), text.check);
    const household = await checkedAnswer(page, "Mājsaimniecības locekļi");
    assert.match(household, /Edgars Liepiņš/);
    assert.match(household, /Artūrs Liepiņš/);
    assert.equal(await checkedAnswer(page, "Īres maksa"), "180,00 €");
    await expectAccessible(page, { narrow: true });
    await expectAccessibleInOtherLanguage(page, "lv");
    await confirmAndSubmit(page, "lv");
    const number = await submittedNumber(page, "lv");
    await expectAccessible(page);
    assert.deepEqual(await applicationsLike(site.app(), id), [{ id, number, status: "submitted" }]);
    assert.deepEqual(problems, []);
  });
});
