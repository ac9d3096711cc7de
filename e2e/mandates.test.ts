// Mandates in Chromium: Jānis Bērziņš mandates Līga Bērziņa for one e-service (an empty form
// first, its summary leading to the fields) and sees the confirmation page before revoking it;
// Kristaps Kalniņš, whom his grandmother Austra mandated in the demo data, finds the mandate,
// switches to act for her and is told mandates are managed in one's own name; Austra sees that
// in "who acted for me". Every page passes axe-core at 1280 and 320 px, in Latvian and English.
// The words are written out here, not read from the message catalogues.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { errorSummary, expectAccessible, follow, heading, press } from "./eservices-pages.ts";
import { accountBarText, logInAs, PERSONS, switchRole, type TestPerson } from "./identity-pages.ts";
import { DESKTOP, inLocale } from "./site-pages.ts";

const AUSTRA: TestPerson = { name: "Austra Kalniņa", code: "050837-16429" };
const KRISTAPS: TestPerson = { name: "Kristaps Kalniņš", code: "200105-20340" };

async function expectAccessibleInEnglish(page: Page, englishHeading: string): Promise<void> {
  const here = new URL(page.url());
  await page.goto(`${here.origin}${inLocale("en", here.pathname)}${here.search}`);
  assert.equal(await heading(page), englishHeading);
  await expectAccessible(page, { narrow: true });
  await page.goto(here.toString());
}

describe("mandates in a browser", () => {
  const site = useSite();
  const browser = useBrowser();

  test("Jānis mandates Līga; Kristaps acts for Austra; Austra sees who acted for her", needsBrowser, async (t) => {
    const janis = await browser.open(t, { viewport: DESKTOP });
    janis.context.setDefaultTimeout(20_000);
    await logInAs(janis.page, site.url(), "lv", PERSONS.janis, { to: "/pilnvaras" });
    assert.equal(await heading(janis.page), "Pilnvaras");
    await expectAccessible(janis.page, { narrow: true });
    await expectAccessibleInEnglish(janis.page, "Mandates");

    await follow(janis.page.locator("main"), janis.page, "Pilnvarot citu personu");
    assert.equal(await heading(janis.page), "Pilnvarot citu personu");
    await expectAccessible(janis.page, { narrow: true });
    await expectAccessibleInEnglish(janis.page, "Mandate another person");
    await press(janis.page, "Pilnvarot");
    assert.deepEqual(await errorSummary(janis.page), [
      { text: "Ievadiet pilnvarojamās personas personas kodu", href: "#agentCode" },
      { text: "Ievadiet pilnvarojamās personas uzvārdu", href: "#agentFamilyName" },
      { text: "Izvēlieties, vai pilnvara attiecas uz visiem pakalpojumiem vai uz izvēlētajiem", href: "#scope" },
    ]);
    await expectAccessible(janis.page, { narrow: true });
    await janis.page.locator(".govuk-error-summary__list a").nth(2).click();
    assert.equal(await janis.page.evaluate(() => document.activeElement?.id), "scope");

    await janis.page.getByLabel("Personas kods", { exact: true }).fill("220786-10560");
    await janis.page.getByLabel("Uzvārds", { exact: true }).fill("Bērziņa");
    await janis.page.getByRole("radio", { name: "Tikai izvēlētajiem e-pakalpojumiem", exact: true }).check();
    await janis.page.getByRole("checkbox", { name: "Dzīvesvietas deklarēšana", exact: true }).check();
    await press(janis.page, "Pilnvarot");
    assert.equal(await heading(janis.page), "Pilnvaras");
    assert.match((await janis.page.locator("main").textContent()) ?? "", /Pilnvara izveidota[\s\S]*Līga Bērziņa[\s\S]*Spēkā/);
    await expectAccessible(janis.page, { narrow: true });

    await follow(janis.page.locator("main"), janis.page, "Atsaukt pilnvaru Līga Bērziņa");
    assert.equal(await heading(janis.page), "Vai atsaukt pilnvaru?");
    await expectAccessible(janis.page, { narrow: true });
    await expectAccessibleInEnglish(janis.page, "Revoke the mandate?");
    await press(janis.page, "Jā, atsaukt pilnvaru");
    assert.match((await janis.page.locator("main").textContent()) ?? "", /Pilnvara atsaukta[\s\S]*Atsaukta/);

    // Kristaps holds his grandmother's mandate from the demo data and acts for her.
    const kristaps = await browser.open(t, { viewport: DESKTOP });
    kristaps.context.setDefaultTimeout(20_000);
    await logInAs(kristaps.page, site.url(), "lv", KRISTAPS, { to: "/pilnvaras" });
    assert.match((await kristaps.page.locator("main").textContent()) ?? "", /Pilnvaras, ko esat saņēmis[\s\S]*Austra Kalniņa/);
    await expectAccessible(kristaps.page, { narrow: true });
    await switchRole(kristaps.page, "lv", AUSTRA.name);
    assert.match((await accountBarText(kristaps.page)) ?? "", /pārstāv: Austra Kalniņa/);
    await kristaps.page.goto(`${site.url()}/pilnvaras`);
    assert.equal(await heading(kristaps.page), "Pilnvaras var pārvaldīt tikai savā vārdā");
    await expectAccessible(kristaps.page, { narrow: true });
    await expectAccessibleInEnglish(kristaps.page, "Mandates are managed only in your own name");

    const austra = await browser.open(t, { viewport: DESKTOP });
    austra.context.setDefaultTimeout(20_000);
    await logInAs(austra.page, site.url(), "lv", AUSTRA, { to: "/pilnvaras/darbibas" });
    assert.equal(await heading(austra.page), "Kas rīkojās manā vārdā");
    assert.match((await austra.page.locator("main table").textContent()) ?? "", /Kristaps Kalniņš[\s\S]*Sāka rīkoties jūsu vārdā/);
    await expectAccessible(austra.page, { narrow: true });
    await expectAccessibleInEnglish(austra.page, "Who acted for me");
  });
});
