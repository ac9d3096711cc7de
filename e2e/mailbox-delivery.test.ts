// The e-address in Chromium: Ilze Kalniņa, an officer of the State Social Insurance Agency, sends
// a decision with a PDF to Jānis Bērziņš and a notice to his company SIA "Bērziņu Būve" (a form
// with mistakes first); email notices arrive at a local SMTP server; Jānis reads his decision and,
// as the company's board member, the company's notice; the officer then sees both delivered.
// The notice templates' editor at the platform's operator previews a reworded notice. Every page
// passes axe-core at 1280 and 320 px in Latvian and English.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { mailText, startSmtp } from "../test/harness/smtp.ts";
import { errorSummary, heading, expectAccessible as pageAccessible, pdfFile, press } from "./eservices-pages.ts";
import { COMPANY, logInAs, PERSONS, switchRole, TEXT } from "./identity-pages.ts";
import { DESKTOP, inLocale } from "./site-pages.ts";

const JANIS_EMAIL = "janis@epasts.test";
const DECISION = "Lēmums par bērna piedzimšanas pabalstu";
const NOTICE = "Paziņojums par darbinieku ziņojumu";

const smtp = await startSmtp();

/** Axe at 1280 and 320 px, and no sideways scrolling at 320. */
function expectAccessible(page: Page): Promise<void> {
  return pageAccessible(page, { narrow: true });
}

/** The same page in English, with the heading it should have there, then back. */
async function expectAccessibleInEnglish(page: Page, englishHeading: string): Promise<void> {
  const here = new URL(page.url());
  await page.goto(`${here.origin}${inLocale("en", here.pathname)}${here.search}`);
  assert.equal(await heading(page), englishHeading);
  await expectAccessible(page);
  await page.goto(here.toString());
}

async function mainText(page: Page): Promise<string> {
  return ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");
}

describe("the e-address in a browser", () => {
  const site = useSite({ role: "all", env: { RATE_LIMIT_MAX: "100000", SMTP_URL: smtp.url, MAIL_FROM: "Epak <no-reply@epak.test>" } });
  const browser = useBrowser();

  test("a decision and a company notice are sent, notified by email, read and delivered", needsBrowser, async (t) => {
    t.after(() => smtp.close());
    await site
      .app()
      .database.db.updateTable("identity.person")
      .set({ email: JANIS_EMAIL, email_verified_at: new Date() })
      .where("personal_code", "=", "15038413866")
      .execute();

    // The officer writes to Jānis; a form with mistakes is refused first, field by field.
    const officer = await browser.open(t, { viewport: DESKTOP });
    officer.context.setDefaultTimeout(20_000);
    await logInAs(officer.page, site.url(), "lv", PERSONS.ilze, { to: "/darbs" });
    await switchRole(officer.page, "lv", TEXT.lv.officerVsaa);
    await officer.page.getByRole("link", { name: "Ziņas uz e-adresēm", exact: true }).click();
    assert.equal(await heading(officer.page), "Nosūtītās ziņas uz e-adresēm");
    await expectAccessible(officer.page);
    await expectAccessibleInEnglish(officer.page, "Messages sent to e-addresses");
    await officer.page.getByRole("link", { name: "Jauna ziņa uz e-adresi", exact: true }).click();
    assert.equal(await heading(officer.page), "Jauna ziņa uz e-adresi");
    await expectAccessible(officer.page);
    await expectAccessibleInEnglish(officer.page, "New message to an e-address");

    const form = officer.page;
    await form.getByLabel("Personas kods (ja sūtāt personai)").fill("150384-1386");
    await form.getByLabel("Teksts", { exact: true }).fill("Labdien!\n\nPiešķirt pabalstu 421,17 EUR apmērā.");
    await press(form, "Nosūtīt");
    assert.deepEqual(
      (await errorSummary(form)).map((e) => e.href),
      ["#personalCode", "#subject"],
    );
    await expectAccessible(form);
    assert.equal(await form.getByLabel("Teksts", { exact: true }).inputValue(), "Labdien!\n\nPiešķirt pabalstu 421,17 EUR apmērā.");
    await form.getByLabel("Personas kods (ja sūtāt personai)").fill("150384-13866");
    await form.getByLabel("Lēmums", { exact: true }).check();
    await form.getByLabel("Temats", { exact: true }).fill(DECISION);
    await form.getByLabel("Lietas vai pieteikuma numurs (nav obligāts)").fill("EP-2026-000042");
    await form.getByLabel("Pielikumi (nav obligāti)").setInputFiles(pdfFile("lēmums.pdf"));
    await press(form, "Nosūtīt");
    assert.equal(await heading(form), DECISION);
    assert.match(await mainText(form), /Ziņa nosūtīta uz saņēmēja e-adresi/);
    assert.match(await mainText(form), /Vēl nav. Tiks uzskatīta par paziņotu \d\d\.\d\d\.\d{4}\./);
    await expectAccessible(form);
    await expectAccessibleInEnglish(form, DECISION);

    // And to the company.
    await form.goto(`${site.url()}/darbs/pastkaste/jauna`);
    await form.getByLabel("Uzņēmumam", { exact: true }).check();
    await form.getByLabel("Reģistrācijas numurs (ja sūtāt uzņēmumam)").fill("40103587986");
    await form.getByLabel("Paziņojums", { exact: true }).check();
    await form.getByLabel("Temats", { exact: true }).fill(NOTICE);
    await form.getByLabel("Teksts", { exact: true }).fill("Lūdzam iesniegt darbinieku ziņojumu par oktobri.");
    await press(form, "Nosūtīt");
    assert.equal(await heading(form), NOTICE);

    // The email notices: one per message, telling only that something is waiting.
    const mails = await smtp.waitFor(JANIS_EMAIL, 2);
    for (const mail of mails) assert.doesNotMatch(mailText(mail.raw), /pabalst|421,17|ziņojumu par oktobri/);
    const companyLink = mails.map((m) => /https?:\/\/\S+\/pastkaste\/uznemums\/40103587986/.exec(mailText(m.raw))?.[0]).find(Boolean);
    assert.ok(companyLink, "the company's notice links to the company's e-address");

    // Jānis opens his e-address from the account bar and reads the decision.
    const janis = await browser.open(t, { viewport: DESKTOP });
    janis.context.setDefaultTimeout(20_000);
    await logInAs(janis.page, site.url(), "lv", PERSONS.janis, { to: "/" });
    await janis.page.getByRole("link", { name: "E-adrese", exact: true }).click();
    assert.equal(await heading(janis.page), "E-adrese");
    assert.match(await mainText(janis.page), /Jums ir 3 neatvērtas ziņas/);
    await expectAccessible(janis.page);
    await expectAccessibleInEnglish(janis.page, "E-address");
    await janis.page.getByRole("link", { name: DECISION }).click();
    assert.equal(await heading(janis.page), DECISION);
    assert.match(await mainText(janis.page), /Piešķirt pabalstu 421,17 EUR apmērā/);
    assert.match(await mainText(janis.page), /, atverot/);
    await expectAccessible(janis.page);
    await expectAccessibleInEnglish(janis.page, DECISION);
    const [download] = await Promise.all([
      janis.page.waitForEvent("download"),
      janis.page.getByRole("link", { name: "lēmums.pdf" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "lēmums.pdf");

    // As the company's board member, from the link in the email.
    await janis.page.goto(companyLink.replace(/^https?:\/\/[^/]+/, site.url()));
    assert.equal(await heading(janis.page), `E-adrese: ${COMPANY}`);
    await expectAccessible(janis.page);
    await expectAccessibleInEnglish(janis.page, `E-address: ${COMPANY}`);
    await janis.page.getByRole("link", { name: NOTICE }).click();
    assert.match(await mainText(janis.page), /darbinieku ziņojumu par oktobri/);

    // The officer sees both delivered when opened.
    await officer.page.goto(`${site.url()}/darbs/pastkaste`);
    assert.equal((await mainText(officer.page)).match(/, atverot/g)?.length, 2);
  });

  test("the operator's editor previews a reworded notice in both languages", needsBrowser, async (t) => {
    const editor = await browser.open(t, { viewport: DESKTOP });
    editor.context.setDefaultTimeout(20_000);
    await logInAs(editor.page, site.url(), "lv", { name: "Edgars Liepiņš", code: "090468-14431" }, { to: "/darbs" });
    await switchRole(editor.page, "lv", "Pakalpojumu satura redaktors, Valsts digitālās attīstības aģentūra");
    await editor.page.getByRole("link", { name: "E-pasta paziņojumu veidnes", exact: true }).click();
    assert.equal(await heading(editor.page), "E-pasta paziņojumu veidnes");
    await expectAccessible(editor.page);
    await expectAccessibleInEnglish(editor.page, "Email notice templates");
    await editor.page.getByRole("link", { name: "Lēmums", exact: true }).click();
    assert.equal(await heading(editor.page), "Veidne: Lēmums");
    await expectAccessible(editor.page);
    await expectAccessibleInEnglish(editor.page, "Template: Decision");

    await editor.page.locator("#body_lv").fill("Sveiki! {unread, plural, zero {# ziņu} one {# ziņa} other {# ziņas}} gaida: {link}");
    await press(editor.page, "Priekšskatīt");
    const text = await mainText(editor.page);
    for (const line of ["Sveiki! 21 ziņa gaida", "Sveiki! 2 ziņas gaida", "Sveiki! 11 ziņu gaida"]) assert.ok(text.includes(line), line);
    await editor.page.locator("#body_en").fill("No link here");
    await press(editor.page, "Saglabāt");
    assert.deepEqual(
      (await errorSummary(editor.page)).map((e) => e.href),
      ["#body_en"],
    );
    await expectAccessible(editor.page);
  });
});
