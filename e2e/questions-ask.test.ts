// A question asked and answered in Chromium: Jānis Bērziņš asks the State Social Insurance Agency,
// is told what is missing first, gets a reference number; Ilze Kalniņa, working as the agency's
// officer, finds it in the queue, answers it (an empty answer refused first); Jānis sees the answer
// under "Mani jautājumi" and opens its letter in his e-address mailbox. Every page of the journey
// passes axe-core at 1280 and 320 px, in Latvian and in English. The words are written out here,
// not read from the message catalogues, so that a page in the wrong language fails.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { expectNoAxeViolations, expectNoHorizontalScroll, needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { errorSummary, follow, heading, pathOf, press } from "./eservices-pages.ts";
import { logInAs, PERSONS, switchRole, TEXT } from "./identity-pages.ts";
import { DESKTOP, inLocale, NARROW } from "./site-pages.ts";

const WORDS = {
  lv: {
    ask: "Uzdot jautājumu iestādei",
    send: "Nosūtīt jautājumu",
    sent: "Jautājums nosūtīts",
    mine: "Mani jautājumi",
    seeQuestion: "Skatīt nosūtīto jautājumu",
    queue: "Iedzīvotāju jautājumi",
    answered: "Atbildētie",
    sendAnswer: "Nosūtīt atbildi",
    answerSent: "Atbilde nosūtīta uz jautātāja e-adresi",
    inMailbox: "Atvērt atbildes vēstuli e-adresē",
  },
  en: {
    ask: "Ask an institution a question",
    send: "Send question",
    sent: "Question sent",
    mine: "My questions",
    seeQuestion: "See the question you sent",
    queue: "Questions from the public",
    answered: "Answered",
    sendAnswer: "Send answer",
    answerSent: "The answer has been sent to the asker's e-address mailbox",
    inMailbox: "Open the answer letter in your e-address mailbox",
  },
} as const;

const SUBJECT = "Pabalsts par jaundzimušo";
const ANSWER = "Labdien!\n\nPabalstu piešķir desmit darba dienu laikā pēc iesnieguma saņemšanas.";

/** Axe at both widths, and no sideways scrolling at 320 px; the viewport is put back after. */
async function expectAccessible(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await page.setViewportSize(NARROW);
  try {
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  } finally {
    await page.setViewportSize(DESKTOP);
  }
}

/** The same GET page in the other language, at both widths, with its heading; then back. */
async function expectAccessibleInEnglish(page: Page, englishHeading: string): Promise<void> {
  const here = new URL(page.url());
  await page.goto(`${here.origin}${inLocale("en", here.pathname)}${here.search}`);
  assert.equal(await heading(page), englishHeading);
  await expectAccessible(page);
  await page.goto(here.toString());
}

describe("asking an institution a question in a browser", () => {
  const site = useSite();
  const browser = useBrowser();

  test("Jānis asks VSAA, Ilze answers from the queue, Jānis reads the answer", needsBrowser, async (t) => {
    const lv = WORDS.lv;
    const en = WORDS.en;

    // Jānis asks; sending an empty form first names every field, and the summary leads to them.
    const asker = await browser.open(t, { viewport: DESKTOP });
    asker.context.setDefaultTimeout(20_000);
    await logInAs(asker.page, site.url(), "lv", PERSONS.janis, { to: "/uzdot-jautajumu" });
    assert.equal(await heading(asker.page), lv.ask);
    await expectAccessible(asker.page);
    await expectAccessibleInEnglish(asker.page, en.ask);
    await press(asker.page, lv.send);
    assert.deepEqual(await errorSummary(asker.page), [
      { text: "Izvēlieties iestādi, kurai jautājat", href: "#institution" },
      { text: "Ierakstiet jautājuma tematu", href: "#subject" },
      { text: "Ierakstiet savu jautājumu", href: "#question" },
    ]);
    await expectAccessible(asker.page);
    await asker.page.locator(".govuk-error-summary__list a").nth(1).click();
    assert.equal(await asker.page.evaluate(() => document.activeElement?.id), "subject");

    await asker.page.getByLabel("Iestāde", { exact: true }).selectOption({ label: "Valsts sociālās apdrošināšanas aģentūra" });
    await asker.page.getByLabel("Temats", { exact: true }).fill(SUBJECT);
    await asker.page.getByLabel("Jautājums", { exact: true }).fill("Labdien!\n\nCik ilgā laikā piešķir pabalstu par bērna piedzimšanu?");
    await press(asker.page, lv.send);
    assert.equal(await heading(asker.page), lv.sent);
    const number = (await asker.page.locator(".govuk-panel__body strong").textContent())?.trim() ?? "";
    assert.match(number, /^JA-\d{4}-\d{6}$/);
    await expectAccessible(asker.page);
    await expectAccessibleInEnglish(asker.page, en.sent);

    await follow(asker.page.locator("main"), asker.page, lv.seeQuestion);
    const questionPath = pathOf(asker.page);
    assert.equal(await heading(asker.page), SUBJECT);
    assert.match((await asker.page.locator("main").textContent()) ?? "", /Gaida atbildi/);
    await expectAccessible(asker.page);
    await expectAccessibleInEnglish(asker.page, SUBJECT);
    await asker.page.goto(`${site.url()}/uzdot-jautajumu/mani`);
    assert.equal(await heading(asker.page), lv.mine);
    await expectAccessible(asker.page);
    await expectAccessibleInEnglish(asker.page, en.mine);

    // Ilze, working as the agency's officer, finds it in the queue and answers it.
    const officer = await browser.open(t, { viewport: DESKTOP });
    officer.context.setDefaultTimeout(20_000);
    await logInAs(officer.page, site.url(), "lv", PERSONS.ilze, { to: "/darbs" });
    await switchRole(officer.page, "lv", TEXT.lv.officerVsaa);
    await officer.page.goto(`${site.url()}/darbs/jautajumi`);
    assert.equal(await heading(officer.page), lv.queue);
    await expectAccessible(officer.page);
    await expectAccessibleInEnglish(officer.page, en.queue);
    await follow(officer.page.locator("main"), officer.page, SUBJECT);
    assert.equal(await heading(officer.page), SUBJECT);
    assert.match((await officer.page.locator("main").textContent()) ?? "", new RegExp(`${number}[\\s\\S]*Jānis Bērziņš`));
    await expectAccessible(officer.page);
    await expectAccessibleInEnglish(officer.page, SUBJECT);

    await press(officer.page, lv.sendAnswer);
    assert.deepEqual(await errorSummary(officer.page), [{ text: "Ierakstiet atbildi", href: "#answer" }]);
    await expectAccessible(officer.page);
    await officer.page.getByLabel("Atbilde", { exact: true }).fill(ANSWER);
    await press(officer.page, lv.sendAnswer);
    assert.equal((await officer.page.locator(".govuk-notification-banner__heading").textContent())?.trim(), lv.answerSent);
    await expectAccessible(officer.page);
    await expectAccessibleInEnglish(officer.page, SUBJECT);
    await officer.page.goto(`${site.url()}/darbs/jautajumi?statuss=atbildeti`);
    assert.equal(await officer.page.locator("main").getByRole("link", { name: SUBJECT, exact: true }).count(), 1);
    await expectAccessible(officer.page);
    await expectAccessibleInEnglish(officer.page, en.queue);

    // Jānis sees the answer, and its letter is in his e-address mailbox.
    await asker.page.goto(`${site.url()}${questionPath}`);
    const shown = (await asker.page.locator("main").textContent()) ?? "";
    assert.match(shown, /Atbildēts/);
    assert.match(shown, /Pabalstu piešķir desmit darba dienu laikā/);
    assert.match(shown, /Atbildēja Ilze Kalniņa/);
    await expectAccessible(asker.page);
    await expectAccessibleInEnglish(asker.page, SUBJECT);
    await follow(asker.page.locator("main"), asker.page, lv.inMailbox);
    assert.match(pathOf(asker.page), /^\/pastkaste\/[0-9a-f-]{36}$/);
    assert.match((await asker.page.locator("main").textContent()) ?? "", /Pabalstu piešķir desmit darba dienu laikā/);

    assert.deepEqual(asker.problems, []);
    assert.deepEqual(officer.problems, []);
  });

  test("Olena, in English, comes from a service page, corrects the form and finds her question listed", needsBrowser, async (t) => {
    const words = WORDS.en;
    const { page, problems, context } = await browser.open(t, { viewport: DESKTOP });
    context.setDefaultTimeout(20_000);
    await logInAs(page, site.url(), "en", PERSONS.olena, { to: "/uzdot-jautajumu?pakalpojums=bernu-kopsanas-pabalsts" });
    assert.equal(await heading(page), words.ask);
    assert.equal(await page.getByLabel("Institution", { exact: true }).inputValue(), "VSAA", "the service's institution is chosen");
    await page.getByLabel("Subject", { exact: true }).fill("x".repeat(151));
    await press(page, words.send);
    assert.deepEqual(await errorSummary(page), [
      { text: "The subject must be 150 characters or fewer", href: "#subject" },
      { text: "Enter your question", href: "#question" },
    ]);
    assert.equal(await page.getByLabel("Subject", { exact: true }).inputValue(), "x".repeat(151), "what was typed stays");
    await expectAccessible(page);
    await page.getByLabel("Subject", { exact: true }).fill("Childcare benefit");
    await page.getByLabel("Question", { exact: true }).fill("Can I work part time while I receive it?");
    await press(page, words.send);
    assert.equal(await heading(page), words.sent);
    await expectAccessible(page);
    await follow(page.locator("main"), page, words.mine);
    assert.equal(await heading(page), words.mine);
    assert.equal(await page.locator("main").getByRole("link", { name: "Childcare benefit", exact: true }).count(), 1);
    await expectAccessible(page);
    assert.deepEqual(problems, []);
  });
});
