// Logging in and out in Chromium, through the development identity provider: with each of its
// six methods from the front page and back, acting for a company, logging out at Epak and at
// the provider, without JavaScript, and the idle timeout with the browser's and the server's
// clocks moved forward instead of waited for.
import assert from "node:assert/strict";
import { describe, type TestContext, test } from "node:test";
import { ManualClock } from "../src/platform/clock.ts";
import { needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import {
  accountBarText,
  accountNav,
  COMPANY,
  chooseMethod,
  choosePerson,
  documentStatus,
  heading,
  logInAs,
  METHODS,
  type Method,
  method,
  openLoginFromHeader,
  PERSONS,
  press,
  submitPersonList,
  switchRole,
  TEXT,
  type TestPerson,
} from "./identity-pages.ts";
import { DESKTOP, inLocale, LOCALES, type Locale } from "./site-pages.ts";

const MINUTE = 60_000;

/** Who logs in with which method; Olena types her new-format personal code. */
const WHO: Record<string, { person: TestPerson; typed?: boolean }> = {
  eid: { person: PERSONS.andris },
  eparaksts: { person: PERSONS.ilze },
  swedbank: { person: PERSONS.olena, typed: true },
  seb: { person: PERSONS.janis },
  citadele: { person: PERSONS.dace },
  luminor: { person: PERSONS.janis },
};

/** How "Mani dati" names a login: the method, and its level of assurance. */
function loginShownAs(m: Method): string {
  const name = m.high ? m.name : `internetbanka (${m.name})`;
  return `${name}, ${m.high ? "augsts" : "būtisks"} uzticamības līmenis`;
}

const pathOf = (url: string) => new URL(url).pathname;

describe("logging in and out in Chromium", () => {
  const site = useSite();
  const browser = useBrowser();

  for (const m of METHODS) {
    const { person, typed = false } = WHO[m.id] ?? { person: PERSONS.janis };
    test(
      `with ${m.name} as ${person.name}${typed ? " (typed code)" : ""}: from the front page and back, named in the account bar`,
      needsBrowser,
      async (t) => {
        const { page, problems } = await browser.open(t, { viewport: DESKTOP });
        await page.goto(`${site.url()}/`);
        assert.equal(await accountBarText(page), null);

        await openLoginFromHeader(page, "lv");
        assert.equal(await heading(page), TEXT.lv.chooseMethod);
        await chooseMethod(page, m);
        assert.equal(await heading(page), TEXT.lv.choosePerson(m.name));
        await choosePerson(page, "lv", person, { typed });

        assert.equal(pathOf(page.url()), "/");
        assert.equal(await accountBarText(page), person.name);
        assert.equal(await page.locator("header").getByRole("link", { name: TEXT.lv.logIn, exact: true }).count(), 0);
        assert.deepEqual(problems, []);

        await t.test("Mani dati names the method and its level", async () => {
          await page.goto(`${site.url()}/konts`);
          const history = (await page.locator("#history-heading + .govuk-list li").first().textContent()) ?? "";
          assert.match(history, new RegExp(`— ${loginShownAs(m).replace(/[()]/g, "\\$&")}$`));
        });
      },
    );
  }

  for (const locale of LOCALES) {
    const via = locale === "lv" ? method("seb") : method("luminor");
    test(
      `(${locale}) Jānis logs in with ${via.name}, acts for his company, and logs out at Epak and the provider`,
      needsBrowser,
      async (t) => {
        const text = TEXT[locale];
        const { page, problems } = await browser.open(t, { viewport: DESKTOP });
        await page.goto(`${site.url()}${inLocale(locale, "/")}`);
        await openLoginFromHeader(page, locale);
        assert.equal(await page.getAttribute("html", "lang"), locale);
        assert.equal(await heading(page), text.chooseMethod);
        await chooseMethod(page, via);
        assert.equal(await heading(page), text.choosePerson(via.name));
        await choosePerson(page, locale, PERSONS.janis);
        assert.equal(pathOf(page.url()), inLocale(locale, "/"));
        assert.equal(await accountBarText(page), PERSONS.janis.name);

        await switchRole(page, locale, COMPANY);
        assert.equal(pathOf(page.url()), inLocale(locale, "/konts"));
        assert.equal(await heading(page), text.myData);
        assert.equal(await accountBarText(page), `${PERSONS.janis.name} ${text.actingFor(COMPANY)}`);

        await accountNav(page, locale).getByRole("button", { name: text.logOut, exact: true }).click();
        await page.waitForURL(/\/dev-idp\/session\/end/);
        await t.test("the provider asks in the page's language", async () => {
          assert.equal(await page.getAttribute("html", "lang"), locale);
          assert.equal(await heading(page), text.providerLogout);
        });
        await page.locator('button[name="logout"][value="yes"]').click();
        await page.waitForURL((url) => url.pathname === inLocale(locale, "/izrakstits"));
        assert.equal(await heading(page), text.signedOut);
        assert.match((await page.locator(".govuk-warning-text").textContent()) ?? "", new RegExp(text.sharedComputer));
        assert.equal(await accountBarText(page), null);

        // Logged out at the provider too: /konts asks for a login again instead of letting anyone in.
        await page.goto(`${site.url()}${inLocale(locale, "/konts")}`);
        assert.match(pathOf(page.url()), /\/dev-idp\/interaction\/[^/]+$/);
        assert.equal(await heading(page), text.chooseMethod);
        assert.deepEqual(problems, []);
      },
    );
  }

  test("cancelling at the provider says so and offers to try again", needsBrowser, async (t) => {
    const { page, problems } = await browser.open(t, { viewport: DESKTOP });
    await page.goto(`${site.url()}/pieklustamiba`);
    await openLoginFromHeader(page, "lv");
    await chooseMethod(page, method("citadele"));
    await press(page, TEXT.lv.cancel);
    assert.equal(pathOf(page.url()), "/pieslegties/neizdevas");
    assert.equal(await heading(page), TEXT.lv.loginCancelled);
    assert.equal(await accountBarText(page), null);
    const again = new URL((await page.getByRole("link", { name: TEXT.lv.tryAgain }).getAttribute("href")) ?? "", site.url());
    assert.equal(again.searchParams.get("atpakal"), "/pieklustamiba");
    assert.deepEqual(problems, []);
  });

  for (const locale of LOCALES) {
    test(`(${locale}) without JavaScript, Dace logs in with Citadele and out again`, needsBrowser, async (t) => {
      const text = TEXT[locale];
      const { page, problems } = await browser.open(t, { viewport: DESKTOP, javaScriptEnabled: false });
      await page.goto(`${site.url()}${inLocale(locale, "/pieklustamiba")}`);
      await openLoginFromHeader(page, locale);
      await chooseMethod(page, method("citadele"));
      await submitPersonList(page, locale);
      assert.equal(await page.locator(".govuk-error-summary").isVisible(), true, "no error summary for an empty choice");
      await choosePerson(page, locale, PERSONS.dace);
      assert.equal(pathOf(page.url()), inLocale(locale, "/pieklustamiba"));
      assert.equal(await accountBarText(page), PERSONS.dace.name);
      assert.equal(await page.evaluate(() => document.body.classList.contains("js-enabled")), false);

      await accountNav(page, locale).getByRole("button", { name: text.logOut, exact: true }).click();
      await page.waitForURL(/\/dev-idp\/session\/end/);
      await page.locator('button[name="logout"][value="yes"]').click();
      await page.waitForURL((url) => url.pathname === inLocale(locale, "/izrakstits"));
      assert.equal(await heading(page), text.signedOut);
      assert.equal(await accountBarText(page), null);
      assert.deepEqual(problems, []);
    });
  }
});

describe("the idle timeout in Chromium, with the clocks moved forward", () => {
  const clock = new ManualClock();
  const site = useSite({ clock });
  const browser = useBrowser();

  /** A page whose clock starts where the server's stands, logged in as Jānis at /konts. */
  async function loggedIn(t: TestContext, locale: Locale, aheadMs = 0) {
    const watched = await browser.open(t, { viewport: DESKTOP });
    await watched.page.clock.install({ time: clock.now().getTime() + aheadMs });
    await logInAs(watched.page, site.url(), locale, PERSONS.janis);
    return watched;
  }

  test("13½ idle minutes on, the warning offers to stay logged in, and staying keeps the session", needsBrowser, async (t) => {
    const { page, problems } = await loggedIn(t, "lv");
    const ended: string[] = [];
    page.on("request", (request) => {
      if (request.isNavigationRequest() && request.url().includes("/sesija-beigusies")) ended.push(request.url());
    });
    const warning = page.getByRole("alertdialog", { name: TEXT.lv.timeoutTitle });
    assert.equal(await warning.isVisible(), false);

    await page.clock.fastForward("13:30");
    await warning.waitFor({ state: "visible" });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), TEXT.lv.stay);

    clock.advance(13.5 * MINUTE);
    const [stayed] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/sesija/pagarinat")),
      warning.getByRole("button", { name: TEXT.lv.stay, exact: true }).click(),
    ]);
    assert.equal(stayed.status(), 200);
    await warning.waitFor({ state: "hidden" });

    // Past the first deadline by the page's clock, and 18½ minutes after login by the server's:
    // still logged in, because staying counted as activity.
    await page.clock.fastForward("05:00");
    assert.equal(pathOf(page.url()), "/konts");
    clock.advance(5 * MINUTE);
    await page.reload();
    assert.equal(pathOf(page.url()), "/konts");
    assert.equal(await accountBarText(page), PERSONS.janis.name);
    assert.deepEqual(ended, [], "the page went to 'session ended' after all");
    assert.deepEqual(problems, []);
  });

  for (const locale of LOCALES) {
    test(
      `(${locale}) when the time runs out, the page says the session has ended and the person is logged out`,
      needsBrowser,
      async (t) => {
        const { page, problems } = await loggedIn(t, locale);
        await page.clock.fastForward("13:30");
        await page.getByRole("alertdialog", { name: TEXT[locale].timeoutTitle }).waitFor({ state: "visible" });

        clock.advance(16 * MINUTE);
        await page.clock.fastForward("02:00");
        await page.waitForURL((url) => url.pathname === inLocale(locale, "/sesija-beigusies"));
        assert.equal(await heading(page), TEXT[locale].sessionEnded);
        assert.equal(await accountBarText(page), null);

        await page.goto(`${site.url()}${inLocale(locale, "/konts")}`);
        assert.match(pathOf(page.url()), /\/dev-idp\/interaction\/[^/]+$/);
        assert.deepEqual(problems, []);
      },
    );
  }

  test("16 idle minutes on, the next page says the session has ended, and logging in again returns there", needsBrowser, async (t) => {
    const { page, problems } = await loggedIn(t, "lv");
    const status = documentStatus(page);
    clock.advance(16 * MINUTE);
    await page.reload();
    const ended = new URL(page.url());
    assert.equal(ended.pathname, "/sesija-beigusies");
    assert.equal(ended.searchParams.get("atpakal"), "/konts");
    assert.equal(status(), 200);
    assert.equal(await heading(page), TEXT.lv.sessionEnded);
    assert.equal(await accountBarText(page), null);

    await page.getByRole("link", { name: TEXT.lv.tryAgain, exact: true }).click();
    await chooseMethod(page, method("eid"));
    await choosePerson(page, "lv", PERSONS.janis);
    assert.equal(pathOf(page.url()), "/konts");
    assert.equal(await accountBarText(page), PERSONS.janis.name);
    assert.deepEqual(problems, []);
  });

  test("a browser whose clock is ahead of the server's does not end a fresh session at once", needsBrowser, async (t) => {
    const { page } = await loggedIn(t, "lv", 20 * MINUTE);
    await page.clock.runFor(1000);
    assert.equal(pathOf(page.url()), "/konts");
    assert.equal(await page.getByRole("alertdialog").isVisible(), false);
  });
});
