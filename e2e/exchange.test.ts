// The data-exchange bus in Chromium: Raimonds, a landlord, sees who is declared at his flats and
// his own data in every register; Olena, declared at one of his flats, then sees his look among
// the uses of her data, and can filter them with or without JavaScript. A call under an exception
// grant (a police investigation) stays hidden from the person it was about. The public technical
// description lists the services with their OpenAPI documents, and the administrator sees the
// exception grant marked and revokes a grant.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { exchangeKeys } from "../src/modules/exchange/index.ts";
import { expectNoAxeViolations, expectNoHorizontalScroll, needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import {
  EXCHANGE_TEXT,
  INFORMATIVE_SYSTEM,
  INSTITUTIONS,
  institutionChoices,
  masked,
  PATHS,
  PEOPLE,
  POLICE,
  RAIMONDS_FLATS,
  SERVICE_IDS,
  textOf,
  usageCount,
  usageRows,
  VID,
} from "./exchange-pages.ts";
import { documentStatus, heading, logInAs, press, switchRole, TEXT } from "./identity-pages.ts";
import { DESKTOP, inLocale, type Locale, NARROW } from "./site-pages.ts";

const pathOf = (url: string) => new URL(url).pathname;
const LV = EXCHANGE_TEXT.lv;

/** A period well before the demo data's calls, so a filter by it finds nothing. */
const PAST = { from: "2020-01-01", to: "2020-12-31" };

async function atNarrowWidth(page: Page, check: () => Promise<void>): Promise<void> {
  await page.setViewportSize(NARROW);
  try {
    await check();
  } finally {
    await page.setViewportSize(DESKTOP);
  }
}

/** Checks the declared-persons page for Raimonds's three flats, in the given language. */
async function expectRaimondsFlats(page: Page, locale: Locale): Promise<void> {
  const text = EXCHANGE_TEXT[locale];
  assert.equal(pathOf(page.url()), inLocale(locale, PATHS.declared));
  assert.equal(await page.getAttribute("html", "lang"), locale);
  assert.equal(await heading(page), text.declaredTitle);
  for (const flat of Object.values(RAIMONDS_FLATS)) {
    // Each flat is a section named by its address, with a table of who is declared there.
    const section = page.getByRole("region", { name: flat.address, exact: true });
    assert.equal(await section.count(), 1, `no section for ${flat.address}`);
    const table = section.getByRole("table", { name: text.declaredCaption(flat.address), exact: true });
    assert.equal(await table.count(), 1, `no table of declared persons at ${flat.address}`);
    assert.deepEqual(
      (await table.locator("thead th").allTextContents()).map((h) => h.trim()),
      [...text.declaredHeaders],
    );
    const rows = (await table.locator("tbody tr").allTextContents()).map((r) => r.replace(/\s+/g, " ").trim());
    assert.equal(rows.length, flat.residents.length, `at ${flat.address}: ${rows.join(" | ")}`);
    for (const person of flat.residents) {
      const row = rows.find((r) => r.startsWith(person.name));
      assert.ok(row, `${person.name} is not listed at ${flat.address}: ${rows.join(" | ")}`);
      assert.ok(row.includes(masked(person)), `${person.name}'s code is not shown masked: ${row}`);
    }
  }
  const main = await textOf(page.locator("main"));
  assert.ok(!main.includes(text.nobodyDeclared), "a flat with declared persons is said to have nobody");
  assert.ok(!main.includes(text.noProperties), "Raimonds is said to own nothing");
  for (const person of [PEOPLE.olena, PEOPLE.maksims, PEOPLE.dace]) {
    assert.ok(!main.includes(person.code), `${person.name}'s full personal code is shown`);
  }
}

/** A section of "Mani dati valsts reģistros", by its heading. */
function registerSection(page: Page, name: string) {
  return page.locator("main section", { has: page.getByRole("heading", { level: 2, name, exact: true }) });
}

/** Raimonds's look at his flats, which Olena's test looks for; done once, by whichever test needs it first. */
let raimondsLooked = false;

async function raimondsLooksAtHisFlats(browser: Browser, baseUrl: string): Promise<void> {
  if (raimondsLooked) return;
  const context = await browser.newContext({ viewport: DESKTOP });
  try {
    const page = await context.newPage();
    await logInAs(page, baseUrl, "lv", PEOPLE.raimonds, { to: PATHS.declared });
    await expectRaimondsFlats(page, "lv");
    raimondsLooked = true;
  } finally {
    await context.close();
  }
}

/** The usage page's rows caused by Raimonds's look at the persons declared at his flats. */
function landlordRows(rows: string[], locale: Locale): string[] {
  const text = EXCHANGE_TEXT[locale];
  return rows.filter((r) => r.includes(text.addressesService) && r.includes(text.declaredPurpose));
}

async function expectErrorFor(page: Page, field: "no" | "lidz", message: string): Promise<void> {
  const next = await textOf(page.locator(`#${field}-error`));
  assert.ok(next.endsWith(message), `the error next to #${field} is "${next}"`);
  assert.equal(
    await page
      .locator(`#${field}`)
      .getAttribute("aria-describedby")
      .then((v) => v?.includes(`${field}-error`)),
    true,
  );
  const summary = await page
    .locator(".govuk-error-summary a")
    .evaluateAll((links) => links.map((a) => [a.getAttribute("href"), a.textContent?.trim()]));
  assert.deepEqual(summary, [[`#${field}`, message]]);
}

describe("the data-exchange bus pages in Chromium", () => {
  const site = useSite();
  const browser = useBrowser();
  /** The launched browser, for a second person's context inside one test. */
  const chromium = (page: Page): Browser => {
    const b = page.context().browser();
    if (!b) throw new Error("no browser");
    return b;
  };

  test(
    "Raimonds sees who is declared at his three flats, in Latvian and English, and his data in every register",
    needsBrowser,
    async (t) => {
      const { page, problems } = await browser.open(t, { viewport: DESKTOP });
      const status = documentStatus(page);
      await logInAs(page, site.url(), "lv", PEOPLE.raimonds, { to: PATHS.declared });
      assert.equal(status(), 200);
      await expectRaimondsFlats(page, "lv");
      raimondsLooked = true;

      await t.test("the declared-persons page passes axe-core and fits 320 px", async () => {
        await expectNoAxeViolations(page);
        await atNarrowWidth(page, () => expectNoHorizontalScroll(page));
      });

      await t.test("the same page in English", async () => {
        await page.goto(`${site.url()}${inLocale("en", PATHS.declared)}`);
        assert.equal(status(), 200);
        await expectRaimondsFlats(page, "en");
      });

      await t.test("Mani dati valsts reģistros, from his account page", async () => {
        await page.goto(`${site.url()}/konts`);
        await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: LV.myDataLink, exact: true }).click()]);
        assert.equal(pathOf(page.url()), PATHS.myData);
        assert.equal(status(), 200);
        assert.equal(await heading(page), LV.myDataTitle);
        const sections = (await page.locator("main h2").allTextContents()).map((h) => h.trim());
        assert.deepEqual(sections, [...LV.registerSections]);
        // No register was out of reach: none of the sections says so.
        assert.equal(await page.locator("main .govuk-warning-text").count(), 0, "a register is shown as unavailable");

        const population = await textOf(registerSection(page, "Iedzīvotāju reģistrs"));
        assert.ok(population.includes(PEOPLE.raimonds.name), population);
        assert.ok(population.includes(RAIMONDS_FLATS.own.address), population);
        const property = await textOf(registerSection(page, "Nekustamie īpašumi"));
        for (const flat of Object.values(RAIMONDS_FLATS))
          assert.ok(property.includes(flat.address), `${flat.address} is missing: ${property}`);
        const companies = await textOf(registerSection(page, "Amati uzņēmumos"));
        assert.ok(companies.includes('AS "Daugavas Enerģija"'), companies);

        await expectNoAxeViolations(page);
        await atNarrowWidth(page, () => expectNoHorizontalScroll(page));
      });

      await t.test("the same page in English", async () => {
        await page.goto(`${site.url()}${inLocale("en", PATHS.myData)}`);
        assert.equal(await heading(page), EXCHANGE_TEXT.en.myDataTitle);
        const sections = (await page.locator("main h2").allTextContents()).map((h) => h.trim());
        assert.deepEqual(sections, [...EXCHANGE_TEXT.en.registerSections]);
      });
      assert.deepEqual(problems, []);
    },
  );

  test("Olena sees Raimonds's look at the persons declared at her address, not marked as her own request", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: DESKTOP });
    await raimondsLooksAtHisFlats(chromium(page), site.url());
    const status = documentStatus(page);
    await logInAs(page, site.url(), "lv", PEOPLE.olena);
    await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: LV.usageLink, exact: true }).click()]);
    assert.equal(pathOf(page.url()), PATHS.usage);
    assert.equal(status(), 200);
    assert.equal(await heading(page), LV.usageTitle);

    const rows = await usageRows(page);
    const landlord = landlordRows(rows, "lv");
    assert.ok(landlord.length >= 1, `no use by Raimonds's look among: ${rows.join(" | ")}`);
    for (const row of landlord) {
      assert.ok(row.includes(INSTITUTIONS.vdaa), row);
      assert.ok(row.includes(INFORMATIVE_SYSTEM), row);
      assert.ok(row.includes(LV.fromPopulationRegister), row);
      assert.ok(!row.includes(LV.byYou), `Raimonds's look is marked as Olena's own request: ${row}`);
    }
    // Her own login read her register entry: that use is hers, and marked so.
    assert.ok(
      rows.some((r) => r.includes(LV.byYou)),
      `none of Olena's own uses is marked "${LV.byYou}": ${rows.join(" | ")}`,
    );
    assert.deepEqual(await institutionChoices(page), [INSTITUTIONS.vdaa]);

    await t.test("the usage page passes axe-core and fits 320 px", async () => {
      await expectNoAxeViolations(page);
      await atNarrowWidth(page, () => expectNoHorizontalScroll(page));
    });

    await t.test("the same page in English", async () => {
      await page.goto(`${site.url()}${inLocale("en", PATHS.usage)}`);
      assert.equal(await heading(page), EXCHANGE_TEXT.en.usageTitle);
      const english = landlordRows(await usageRows(page), "en");
      assert.equal(english.length, landlord.length, "the English page lists Raimonds's look differently");
      for (const row of english) assert.ok(!row.includes(EXCHANGE_TEXT.en.byYou), row);
    });

    await t.test("a date that is not a date: the error next to the field and in the summary, with focus on the summary", async () => {
      await page.goto(`${site.url()}${PATHS.usage}?no=abc`);
      assert.equal(status(), 400);
      await expectErrorFor(page, "no", LV.dateInvalid);
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("govuk-error-summary")), true);
      await expectNoAxeViolations(page);
      await atNarrowWidth(page, () => expectNoHorizontalScroll(page));
    });

    await t.test('the page title of the page with an error starts with "Kļūda:"', async () => {
      assert.ok((await page.title()).startsWith(LV.errorTitlePrefix), `the title is "${await page.title()}"`);
    });
    assert.deepEqual(problems, []);
  });

  test("without JavaScript, Olena filters the uses of her data and Raimonds sees who is declared at his flats", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: DESKTOP, javaScriptEnabled: false });
    await raimondsLooksAtHisFlats(chromium(page), site.url());
    const status = documentStatus(page);
    await logInAs(page, site.url(), "lv", PEOPLE.olena, { to: PATHS.usage });
    assert.equal(await page.evaluate(() => document.body.classList.contains("js-enabled")), false);
    assert.equal(pathOf(page.url()), PATHS.usage);
    const all = await usageRows(page);
    assert.ok(landlordRows(all, "lv").length >= 1, `no use by Raimonds's look among: ${all.join(" | ")}`);

    await t.test("by institution: Raimonds's look, by VDAA's system, is still there", async () => {
      await page.getByLabel(LV.institution, { exact: true }).selectOption({ label: INSTITUTIONS.vdaa });
      await press(page, LV.filter);
      assert.equal(status(), 200);
      assert.equal(new URL(page.url()).searchParams.get("iestade"), "VDAA");
      assert.equal(await page.locator("#iestade option:checked").textContent(), INSTITUTIONS.vdaa);
      assert.ok(landlordRows(await usageRows(page), "lv").length >= 1);
    });

    await t.test("by institution and a period that excludes today: nothing", async () => {
      await page.getByLabel(LV.from, { exact: true }).fill(PAST.from);
      await page.getByLabel(LV.to, { exact: true }).fill(PAST.to);
      await press(page, LV.filter);
      assert.equal(status(), 200);
      const query = new URL(page.url()).searchParams;
      assert.deepEqual([query.get("iestade"), query.get("no"), query.get("lidz")], ["VDAA", PAST.from, PAST.to]);
      assert.ok((await textOf(page.locator("main"))).includes(LV.none), "no text for an empty list");
      assert.equal(await page.locator("main table").count(), 0);
      // The form keeps what was asked for.
      assert.equal(await page.getByLabel(LV.from, { exact: true }).inputValue(), PAST.from);
      assert.equal(await page.getByLabel(LV.to, { exact: true }).inputValue(), PAST.to);
    });

    await t.test("by an institution that never used her data: nothing", async () => {
      await page.goto(`${site.url()}${PATHS.usage}?iestade=VID`);
      assert.equal(status(), 200);
      assert.ok((await textOf(page.locator("main"))).includes(LV.none), "no text for an empty list");
    });

    await t.test("a date that is not a date, and a period that ends before it starts", async () => {
      await page.goto(`${site.url()}${PATHS.usage}?no=abc`);
      assert.equal(status(), 400);
      await expectErrorFor(page, "no", LV.dateInvalid);
      assert.equal(await page.getByLabel(LV.from, { exact: true }).getAttribute("value"), "abc");

      await page.getByLabel(LV.from, { exact: true }).fill("2026-02-01");
      await page.getByLabel(LV.to, { exact: true }).fill("2026-01-01");
      await press(page, LV.filter);
      assert.equal(status(), 400);
      await expectErrorFor(page, "lidz", LV.periodReversed);
    });

    await t.test("Raimonds's declared-persons page", async () => {
      const other = await chromium(page).newContext({ viewport: DESKTOP, javaScriptEnabled: false });
      try {
        const raimonds = await other.newPage();
        await logInAs(raimonds, site.url(), "lv", PEOPLE.raimonds, { to: PATHS.declared });
        assert.equal(await raimonds.evaluate(() => document.body.classList.contains("js-enabled")), false);
        await expectRaimondsFlats(raimonds, "lv");
      } finally {
        await other.close();
      }
    });
    assert.deepEqual(problems, []);
  });

  test("a police call under an exception grant is not shown to Jānis, whose vehicles it asked about", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: DESKTOP });
    const status = documentStatus(page);
    // His account page reads his register entry through the bus: a use of his data, by himself.
    await logInAs(page, site.url(), "lv", PEOPLE.janis);
    await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: LV.usageLink, exact: true }).click()]);
    assert.equal(status(), 200);
    const before = await usageRows(page);
    const countBefore = await usageCount(page);
    const choicesBefore = await institutionChoices(page);
    assert.ok(before.length > 0, "Jānis's own login left no uses to compare with");

    const db = site.app().database.db;
    const secret = (await exchangeKeys(db)).ownConsumerSecret(POLICE.clientId);
    const policeCalls = async () =>
      Number(
        (
          await db
            .selectFrom("exchange.message_log")
            .select((eb) => eb.fn.countAll().as("n"))
            .where("consumer", "=", POLICE.clientId)
            .where("status", "=", 200)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const callsBefore = await policeCalls();
    const answer = await fetch(`${site.url()}/r1/${SERVICE_IDS.vehicleOwners}/${PEOPLE.janis.code}/vehicles`, {
      headers: { "X-Road-Client": POLICE.clientId, Authorization: `Bearer ${secret}` },
    });
    const body = (await answer.json()) as { vehicles?: unknown[] };
    assert.equal(answer.status, 200, JSON.stringify(body));
    assert.ok((body.vehicles?.length ?? 0) > 0, "the police got no vehicles of Jānis");
    assert.equal(await policeCalls(), callsBefore + 1, "the police call is not in the message log");
    // The log knows whom the call was about: only the grant's exception keeps it off his page.
    const subjects = await db
      .selectFrom("exchange.message_subject as ms")
      .innerJoin("exchange.message_log as ml", "ml.seq", "ms.seq")
      .select("ms.personal_code")
      .where("ml.consumer", "=", POLICE.clientId)
      .execute();
    const digits = (code: string) => code.replace(/\D/g, "");
    assert.ok(
      subjects.some((s) => digits(s.personal_code) === digits(PEOPLE.janis.code)),
      `the police call is not logged as about Jānis: ${JSON.stringify(subjects)}`,
    );

    await page.reload();
    assert.equal(status(), 200);
    const after = await usageRows(page);
    assert.deepEqual(after, before, "the list of uses changed after the police call");
    assert.equal(await usageCount(page), countBefore);
    assert.deepEqual(await institutionChoices(page), choicesBefore);
    assert.ok(!(await textOf(page.locator("main"))).includes(INSTITUTIONS.police), "Valsts policija is named on the page");
    assert.ok(!(await textOf(page.locator("main"))).includes(POLICE.system), "the police system is named on the page");
    await page.goto(`${site.url()}${PATHS.usage}?iestade=VP`);
    assert.ok((await textOf(page.locator("main"))).includes(LV.none), "a filter by the police finds something");
    assert.deepEqual(problems, []);
  });

  test("the public description lists the data services, each with an OpenAPI document in JSON", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: DESKTOP });
    const status = documentStatus(page);
    await page.goto(`${site.url()}${PATHS.publicRegistry}`);
    assert.equal(status(), 200);
    assert.equal(await heading(page), LV.publicTitle);
    const cards = page.locator("main .govuk-summary-card");
    const ids = (await cards.locator("dd code").allTextContents()).map((c) => c.trim());
    for (const id of Object.values(SERVICE_IDS)) assert.ok(ids.includes(id), `${id} is not listed: ${ids.join(", ")}`);

    await expectNoAxeViolations(page);
    await atNarrowWidth(page, () => expectNoHorizontalScroll(page));

    const persons = cards.filter({ has: page.locator("dd code", { hasText: SERVICE_IDS.persons }) });
    assert.equal(await textOf(persons.locator("h4")), LV.personsServiceName);
    const [response] = await Promise.all([
      page.waitForNavigation(),
      persons.getByRole("link", { name: `${LV.openapi} pakalpojumam ${LV.personsServiceName}`, exact: true }).click(),
    ]);
    assert.equal(response?.status(), 200);
    assert.match(response?.headers()["content-type"] ?? "", /^application\/json/);
    const openapi = (await response?.json()) as { openapi?: string; paths?: Record<string, unknown> };
    assert.match(openapi.openapi ?? "", /^3\./);
    assert.ok(Object.keys(openapi.paths ?? {}).length > 0, "the OpenAPI document has no paths");
    assert.deepEqual(problems, []);
  });

  test(
    "the administrator sees the registry, the exception grant marked, and revokes VID's grant with its button",
    needsBrowser,
    async (t) => {
      const { page, problems } = await browser.open(t, { viewport: DESKTOP });
      const status = documentStatus(page);
      await logInAs(page, site.url(), "lv", PEOPLE.andris, { via: "eid" });
      await switchRole(page, "lv", TEXT.lv.administrator);

      await t.test("the catalogue of data services, and one service", async () => {
        await page.goto(`${site.url()}${PATHS.catalogue}`);
        assert.equal(status(), 200);
        assert.equal(await heading(page), LV.registryTitle);
        const ids = (await page.locator("main tbody tr td:nth-child(2) code").allTextContents()).map((c) => c.trim());
        for (const id of Object.values(SERVICE_IDS)) assert.ok(ids.includes(id), `${id} is not listed`);
        await expectNoAxeViolations(page);
        await atNarrowWidth(page, () => expectNoHorizontalScroll(page));

        const row = page.locator("main tbody tr", { has: page.locator("code", { hasText: SERVICE_IDS.persons }) });
        await Promise.all([page.waitForNavigation(), row.getByRole("link", { name: LV.personsServiceName, exact: true }).click()]);
        assert.match(pathOf(page.url()), /^\/darbs\/datu-apmaina\/pakalpojumi\/[0-9a-f-]{36}$/);
        assert.equal(status(), 200);
        assert.ok((await textOf(page.locator("main"))).includes(VID.system), "VID's grant is not listed on the service");
        await expectNoAxeViolations(page);
        await atNarrowWidth(page, () => expectNoHorizontalScroll(page));
      });

      await t.test("the consumers", async () => {
        await page.goto(`${site.url()}${PATHS.consumers}`);
        assert.equal(status(), 200);
        assert.equal(await heading(page), LV.consumersTitle);
        const main = await textOf(page.locator("main"));
        for (const clientId of [POLICE.clientId, VID.clientId]) assert.ok(main.includes(clientId), `${clientId} is not listed`);
        await expectNoAxeViolations(page);
      });

      await t.test("the consumers page fits 320 px", async () => {
        await atNarrowWidth(page, () => expectNoHorizontalScroll(page));
      });

      await t.test("the grants: the police's is marked as an exception, VID's is revoked with its button", async () => {
        await page.goto(`${site.url()}${PATHS.grants}`);
        assert.equal(status(), 200);
        assert.equal(await heading(page), LV.grantsTitle);
        const live = page.locator("main table").first();
        const police = live.locator("tbody tr", { hasText: POLICE.system });
        assert.equal(await police.count(), 1);
        assert.equal(await textOf(police.locator(".govuk-tag")), LV.exceptionHidden);
        const vid = live.locator("tbody tr", { hasText: VID.system });
        assert.equal(await vid.count(), 1);
        assert.equal(await vid.locator(".govuk-tag").count(), 0, "VID's grant is marked as an exception");
        assert.equal(await textOf(page.locator("main details summary")), LV.revokedList(0));
        await expectNoAxeViolations(page);
        await atNarrowWidth(page, () => expectNoHorizontalScroll(page));

        await press(page, `${LV.revoke} atļauju ${VID.system} pakalpojumam ${LV.personsServiceName}`);
        assert.equal(status(), 200);
        assert.equal(pathOf(page.url()), PATHS.grants);
        assert.equal(await textOf(page.locator(".govuk-notification-banner__heading")), LV.revoked);
        assert.equal(await page.locator("main table").first().locator("tbody tr", { hasText: VID.system }).count(), 0);
        assert.equal(await textOf(page.locator("main details summary")), LV.revokedList(1));
        await page.locator("main details summary").click();
        const revoked = page.locator("main details tbody tr");
        assert.equal(await revoked.count(), 1);
        const revokedRow = await textOf(revoked);
        assert.ok(revokedRow.includes(VID.system) && revokedRow.includes(SERVICE_IDS.persons), revokedRow);
        await expectNoAxeViolations(page);
      });
      assert.deepEqual(problems, []);
    },
  );
});
