// The staff area in Chromium: an officer switches to her institution role and reaches the
// workplace, a resident is refused it, and an administrator who logged in with a bank is asked
// to log in again with eID before managing staff.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import {
  accountBarText,
  chooseMethod,
  choosePerson,
  documentStatus,
  heading,
  logInAs,
  METHODS,
  method,
  PERSONS,
  press,
  switchRole,
  TEXT,
} from "./identity-pages.ts";
import { DESKTOP, inLocale, LOCALES } from "./site-pages.ts";

const pathOf = (url: string) => new URL(url).pathname;

describe("the staff area in Chromium", () => {
  const site = useSite();
  const browser = useBrowser();

  for (const locale of LOCALES) {
    const text = TEXT[locale];

    test(`(${locale}) Ilze switches to her role at VSAA and reaches the workplace, then to her role at Cēsis`, needsBrowser, async (t) => {
      const { page, problems } = await browser.open(t, { viewport: DESKTOP });
      await logInAs(page, site.url(), locale, PERSONS.ilze, { via: "eparaksts" });
      await switchRole(page, locale, text.officerVsaa);
      assert.equal(pathOf(page.url()), inLocale(locale, "/darbs"));
      assert.equal(await heading(page), text.workplace);
      assert.equal(await accountBarText(page), `${PERSONS.ilze.name} ${text.workingAs(text.officerVsaa)}`);
      // An officer does not manage staff: no link there.
      assert.equal(await page.getByRole("link", { name: text.staffAdmin }).count(), 0);

      // Her other role is one button away.
      const other = page.locator("main li", { hasText: text.officerCesis });
      await Promise.all([page.waitForNavigation(), other.getByRole("button").click()]);
      assert.equal(pathOf(page.url()), inLocale(locale, "/darbs"));
      assert.equal(await accountBarText(page), `${PERSONS.ilze.name} ${text.workingAs(text.officerCesis)}`);
      assert.deepEqual(problems, []);
    });

    test(`(${locale}) Jānis, a resident, gets "access denied" at the workplace and stays logged in`, needsBrowser, async (t) => {
      const { page, problems } = await browser.open(t, { viewport: DESKTOP });
      const status = documentStatus(page);
      await logInAs(page, site.url(), locale, PERSONS.janis);
      await page.goto(`${site.url()}${inLocale(locale, "/darbs")}`);
      assert.equal(status(), 403);
      assert.equal(pathOf(page.url()), inLocale(locale, "/darbs"));
      assert.equal(await heading(page), text.forbidden);
      assert.equal(await accountBarText(page), PERSONS.janis.name);
      assert.deepEqual(problems, []);
    });
  }

  test("Andris, logged in with a bank as administrator, logs in again with eID to manage staff", needsBrowser, async (t) => {
    const text = TEXT.lv;
    const { page, problems } = await browser.open(t, { viewport: DESKTOP });
    const status = documentStatus(page);
    await logInAs(page, site.url(), "lv", PERSONS.andris, { via: "citadele" });
    await switchRole(page, "lv", text.administrator);
    assert.equal(pathOf(page.url()), "/darbs");
    assert.equal(await accountBarText(page), `${PERSONS.andris.name} ${text.workingAs(text.administrator)}`);

    await page.getByRole("link", { name: text.staffAdmin, exact: true }).click();
    await page.waitForURL(/\/pieslegties\/limenis/);
    assert.equal(await heading(page), text.stepUp);

    await page.getByRole("link", { name: text.stepUpButton, exact: true }).click();
    await page.waitForURL(/\/dev-idp\/interaction\/[^/]+$/);
    assert.equal(await heading(page), text.chooseMethod);
    assert.ok(await page.getByText(text.needsHigh, { exact: true }).isVisible(), "the provider does not say a high level is needed");
    for (const m of METHODS) {
      const links = await page.getByRole("link", { name: m.name, exact: true }).count();
      assert.equal(links, m.high ? 1 : 0, `${m.name} is ${links ? "offered" : "not offered"}`);
    }
    assert.ok(await page.getByText(text.banksTooLow, { exact: true }).isVisible(), "the provider does not say why banks are not offered");

    await chooseMethod(page, method("eid"));
    await choosePerson(page, "lv", PERSONS.andris);
    assert.equal(pathOf(page.url()), "/darbs/darbinieki");
    assert.equal(status(), 200);
    assert.equal(await heading(page), text.staffAdmin);
    assert.equal(await accountBarText(page), `${PERSONS.andris.name} ${text.workingAs(text.administrator)}`);

    // The form says what is missing, then gives Dace a role.
    await press(page, text.grant);
    assert.equal(status(), 400);
    const summary = await page.locator(".govuk-error-summary a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    assert.deepEqual(summary, ["#personalCode", "#role", "#unit"]);
    await page.getByLabel(text.personalCode).fill(PERSONS.dace.code);
    await page.getByLabel("Loma").selectOption({ label: "Iestādes darbinieks" });
    await page.getByLabel("Iestāde vai klientu centrs").selectOption({ label: "Valsts ieņēmumu dienests" });
    await press(page, text.grant);
    assert.equal(status(), 200);
    assert.equal(pathOf(page.url()), "/darbs/darbinieki");
    assert.equal((await page.locator(".govuk-notification-banner__heading").textContent())?.trim(), "Izmaiņas saglabātas.");
    const row = page.locator("tbody tr", { hasText: PERSONS.dace.name }).filter({ hasText: "Valsts ieņēmumu dienests" });
    assert.match((await row.textContent()) ?? "", /Iestādes darbinieks/);
    assert.deepEqual(problems, []);
  });
});
