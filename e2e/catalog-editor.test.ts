// The catalogue editors' workflow in Chromium, with two editors of one institution: Edgars
// writes (an incomplete save shows its problems, the summary leads to the field, "add another"
// adds a document, the preview shows the public page) and sends the draft for review, which he
// may not publish himself; Ilze publishes it, and the public page has the new text. Once with
// JavaScript in Latvian, once without in English. The list, edit, preview, review and history
// pages and a municipality's variant pass axe-core in both languages and fit 320 px.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { expectNoAxeViolations, expectNoHorizontalScroll, needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { heading, logInAs, PERSONS, switchRole, type TestPerson } from "./identity-pages.ts";
import { DESKTOP, inLocale, type Locale, NARROW } from "./site-pages.ts";

const EDGARS: TestPerson = { name: "Edgars Liepiņš", code: "090468-14431" };

/** The words the pages must show, written out so that a page in the wrong language fails. */
const TEXT = {
  lv: {
    pmlpEditor: "Pakalpojumu satura redaktors, Pilsonības un migrācijas lietu pārvalde",
    cesisEditor: "Pakalpojumu satura redaktors, Cēsu novada pašvaldība",
    catalogueLink: "Pakalpojumu katalogs: iestādes pakalpojumu apraksti, pārbaude un publicēšana",
    catalogue: "Pakalpojumu katalogs",
    save: "Saglabāt melnrakstu",
    preview: "Saglabāt un priekšskatīt",
    submit: "Nodot pārbaudei",
    publish: "Publicēt",
    backToEditing: "Atgriezties pie labošanas",
    addDocument: "Pievienot vēl dokumentu 1. prasībai",
    notReady: "Melnraksts saglabāts, bet vēl nav gatavs pārbaudei",
    descriptionEnMissing: "Apraksts (angliski): aizpildiet šo lauku",
    submitted: "Melnraksts nodots pārbaudei. Publicēt to var cits jūsu iestādes redaktors.",
    ownSubmission: "Jūs nodevāt šo melnrakstu pārbaudei, tāpēc publicēt to var tikai cits redaktors.",
    waiting: "Gaida pārbaudi",
    published: "Publicēta 2. versija. Tā jau redzama portālā un meklēšanā.",
    review: (service: string) => `Pārbaude: ${service}`,
    history: (service: string) => `Versiju vēsture: ${service}`,
    variant: "Mājokļa pabalsts (Cēsu novada pašvaldība)",
  },
  en: {
    pmlpEditor: "Service content editor, Office of Citizenship and Migration Affairs",
    cesisEditor: "Service content editor, Cēsis Municipality",
    catalogueLink: "Service catalogue: the institution's service descriptions, review and publishing",
    catalogue: "Service catalogue",
    save: "Save draft",
    preview: "Save and preview",
    submit: "Send for review",
    publish: "Publish",
    backToEditing: "Back to editing",
    addDocument: "Add another document to requirement 1",
    notReady: "The draft is saved but not ready for review yet",
    descriptionEnMissing: "Description (in English): fill in this field",
    submitted: "The draft has been sent for review. Another editor of your institution can publish it.",
    ownSubmission: "You sent this draft for review, so only another editor can publish it.",
    waiting: "Waiting for review",
    published: "Version 2 is published. It is already on the portal and in search.",
    review: (service: string) => `Review: ${service}`,
    history: (service: string) => `Version history: ${service}`,
    variant: "Housing benefit (Cēsis Municipality)",
  },
} as const;

/**
 * Each run works on a service of its own, so the runs do not meet. axe-core runs in the page, so
 * the run without JavaScript checks the workflow only; the other two check the pages too.
 */
const RUNS = [
  { locale: "lv", javaScript: true, identifier: "pases-izsniegsana", title: "Pases izsniegšana" },
  { locale: "en", javaScript: true, identifier: "personas-apliecibas-izsniegsana", title: "Issuing an identity card (eID card)" },
  {
    locale: "lv",
    javaScript: false,
    identifier: "nozaudeta-personu-apliecinosa-dokumenta-pieteiksana",
    title: "Nozaudētas vai nozagtas pases vai personas apliecības pieteikšana",
  },
] as const;

const pathOf = (url: string) => new URL(url).pathname;

/** Axe at desktop width, then no sideways scrolling and axe again at 320 px (only sideways scrolling without script). */
async function expectAccessible(page: Page, scripted = true): Promise<void> {
  if (scripted) await expectNoAxeViolations(page);
  await page.setViewportSize(NARROW);
  try {
    await expectNoHorizontalScroll(page);
    if (scripted) await expectNoAxeViolations(page);
  } finally {
    await page.setViewportSize(DESKTOP);
  }
}

/** Presses the first button of that name (the form has "save" above and below its fields) and waits for the answer. */
async function pressFirst(page: Page, name: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name, exact: true }).first().click()]);
}

async function asEditor(page: Page, baseUrl: string, locale: Locale, person: TestPerson, role: string): Promise<void> {
  await logInAs(page, baseUrl, locale, person, { to: "/darbs" });
  await switchRole(page, locale, role);
  await page.getByRole("link", { name: TEXT[locale].catalogueLink, exact: true }).click();
  await page.waitForURL((url) => url.pathname === inLocale(locale, "/darbs/katalogs"));
}

describe("the catalogue editors' workflow in a browser", () => {
  const site = useSite();
  const browser = useBrowser();

  for (const service of RUNS) {
    const { locale, javaScript } = service;
    const text = TEXT[locale];

    test(
      `(${locale}, ${javaScript ? "with" : "without"} JavaScript) one editor writes and sends for review, another publishes`,
      needsBrowser,
      async (t) => {
        const { page, problems, context } = await browser.open(t, { viewport: DESKTOP, javaScriptEnabled: javaScript });
        context.setDefaultTimeout(20_000);
        await asEditor(page, site.url(), locale, EDGARS, text.pmlpEditor);
        assert.equal(await heading(page), text.catalogue);
        await expectAccessible(page, javaScript);

        await page.getByRole("link", { name: service.title, exact: true }).click();
        await page.waitForURL((url) => url.pathname === inLocale(locale, `/darbs/katalogs/pakalpojumi/${service.identifier}`));
        await expectAccessible(page, javaScript);

        // An incomplete save keeps the draft and says what is missing, linked to the field.
        await page.locator("#description-en").fill("");
        await pressFirst(page, text.save);
        assert.equal((await page.locator(".govuk-error-summary__title").textContent())?.trim(), text.notReady);
        const link = page.locator(".govuk-error-summary a", { hasText: text.descriptionEnMissing });
        assert.equal(await link.getAttribute("href"), "#description-en");
        assert.match((await page.locator("#description-en").getAttribute("aria-describedby")) ?? "", /\bdescription-en-error\b/);
        await expectAccessible(page, javaScript);
        await link.click();
        if (javaScript) assert.equal(await page.evaluate(() => document.activeElement?.id), "description-en");
        await page.locator("#description-en").fill("The identity card (eID card) is the mandatory identity document in Latvia.");

        // "Add another" comes back with an empty document at the end of the first requirement.
        const before = await page.locator('[id^="requirements-0-evidence-"][id$="-title-lv"]').count();
        await pressFirst(page, text.addDocument);
        assert.match(page.url(), new RegExp(`#requirements-0-evidence-${before}$`));
        await page.locator(`#requirements-0-evidence-${before}-title-lv`).fill("Laulības apliecība, ja mainīts uzvārds");
        await page.locator(`#requirements-0-evidence-${before}-title-en`).fill("Marriage certificate if your surname has changed");

        await pressFirst(page, text.preview);
        assert.equal(pathOf(page.url()), inLocale(locale, `/darbs/katalogs/pakalpojumi/${service.identifier}/prieksskatijums`));
        assert.match(
          (await page.locator("main").textContent()) ?? "",
          /Marriage certificate if your surname has changed|Laulības apliecība, ja mainīts uzvārds/,
        );
        await expectAccessible(page, javaScript);
        await page.getByRole("link", { name: text.backToEditing, exact: true }).click();
        await page.waitForURL((url) => url.pathname === inLocale(locale, `/darbs/katalogs/pakalpojumi/${service.identifier}`));

        await pressFirst(page, text.submit);
        assert.equal(pathOf(page.url()), inLocale(locale, `/darbs/katalogs/pakalpojumi/${service.identifier}/parbaude`));
        assert.equal(await heading(page), text.review(service.title));
        assert.equal((await page.locator(".govuk-notification-banner__heading").textContent())?.trim(), text.submitted);
        assert.match(
          (await page.locator(".govuk-warning-text").textContent()) ?? "",
          new RegExp(text.ownSubmission.replace(/[.()]/g, "\\$&")),
        );
        assert.equal(await page.getByRole("button", { name: text.publish, exact: true }).count(), 0);
        await expectAccessible(page, javaScript);
        assert.deepEqual(problems, []);

        // The second editor finds it waiting, publishes it, and lands on the history.
        const second = await browser.open(t, { viewport: DESKTOP, javaScriptEnabled: javaScript });
        second.context.setDefaultTimeout(20_000);
        await asEditor(second.page, site.url(), locale, PERSONS.ilze, text.pmlpEditor);
        await second.page.getByRole("region", { name: text.waiting }).getByRole("link", { name: service.title, exact: true }).click();
        await second.page.waitForURL((url) => url.pathname.endsWith("/parbaude"));
        await pressFirst(second.page, text.publish);
        assert.equal(pathOf(second.page.url()), inLocale(locale, `/darbs/katalogs/pakalpojumi/${service.identifier}/versijas`));
        assert.equal(await heading(second.page), text.history(service.title));
        assert.equal((await second.page.locator(".govuk-notification-banner__heading").textContent())?.trim(), text.published);
        assert.ok((await second.page.locator("main table").count()) >= 2, "the versions and the changes between the last two");
        await expectAccessible(second.page, javaScript);

        await second.page.goto(`${site.url()}${inLocale(locale, `/pakalpojumi/${service.identifier}`)}`);
        assert.match(
          (await second.page.locator("main").textContent()) ?? "",
          /Marriage certificate if your surname has changed|Laulības apliecība, ja mainīts uzvārds/,
        );
        assert.deepEqual(second.problems, []);
      },
    );

    if (!javaScript) continue;
    test(`(${locale}) a municipality's editor sees the national text and edits the local details of a variant`, needsBrowser, async (t) => {
      const { page, problems } = await browser.open(t, { viewport: DESKTOP });
      await asEditor(page, site.url(), locale, PERSONS.ilze, text.cesisEditor);
      await page.getByRole("link", { name: text.variant, exact: true }).click();
      await page.waitForURL((url) => url.pathname.endsWith("/majokla-pabalsts-cesis"));
      assert.equal(await heading(page), text.variant);
      assert.equal(await page.locator("#title-lv").count(), 0, "the national title is not a field");
      assert.equal(await page.locator("#note-lv").count(), 1);
      await expectAccessible(page, javaScript);
      assert.deepEqual(problems, []);
    });
  }
});
