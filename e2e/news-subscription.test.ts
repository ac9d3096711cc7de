// News by email in Chromium. Līga subscribes from the news list's box with JavaScript, Bob from
// the English subscription page without it, on a phone-sized screen; each opens the confirmation
// link from the sent email and presses the one button. An editor writes an article (first
// without its fields, to see the error summary), previews and publishes it; both get it by email
// and leave with the one button of its unsubscribe link. Every news and questions page passes
// axe-core in Latvian and English, at 1280 and at 320 px.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { Page } from "playwright-core";
import { expectNoAxeViolations, expectNoHorizontalScroll, needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { logInAs, press, switchRole, type TestPerson } from "./identity-pages.ts";
import { DESKTOP, inLocale, LOCALES, type Locale, NARROW } from "./site-pages.ts";

const EDGARS: TestPerson = { name: "Edgars Liepiņš", code: "090468-14431" };
const PMLP_EDITOR = "Pakalpojumu satura redaktors, Pilsonības un migrācijas lietu pārvalde";

const TEXT = {
  lv: {
    news: "Aktualitātes",
    faq: "Biežāk uzdotie jautājumi",
    subscribe: "Abonēt aktualitātes",
    subscribeButton: "Abonēt",
    checkEmail: "Pārbaudiet e-pastu",
    confirm: "Apstipriniet abonēšanu",
    confirmButton: "Apstiprināt",
    confirmed: "Abonēšana apstiprināta",
    unsubscribe: "Atteikties no aktualitātēm",
    unsubscribeButton: "Atteikties",
    unsubscribed: "Aktualitātes jums vairs netiks sūtītas",
    invalid: "Saite nav derīga",
    required: "Ievadiet e-pasta adresi",
  },
  en: {
    news: "News",
    faq: "Frequently asked questions",
    subscribe: "Subscribe to news",
    subscribeButton: "Subscribe",
    checkEmail: "Check your email",
    confirm: "Confirm your subscription",
    confirmButton: "Confirm",
    confirmed: "Subscription confirmed",
    unsubscribe: "Unsubscribe from news",
    unsubscribeButton: "Unsubscribe",
    unsubscribed: "You have unsubscribed",
    invalid: "This link does not work",
    required: "Enter your email address",
  },
} as const;

/** Every page that needs no email link, with its heading in each language and its status. */
const PAGES: readonly { path: string; heading: keyof (typeof TEXT)["lv"] | Record<Locale, string>; status: number }[] = [
  { path: "/aktualitates", heading: "news", status: 200 },
  {
    path: "/aktualitates/kas-ir-e-indekss",
    heading: { lv: "Kas ir e-indekss un ko tas mēra", en: "What the e-index is and what it measures" },
    status: 200,
  },
  { path: "/buj", heading: "faq", status: 200 },
  { path: "/aktualitates/abonet", heading: "subscribe", status: 200 },
  { path: "/aktualitates/abonet/parbaudiet-e-pastu", heading: "checkEmail", status: 200 },
  { path: "/aktualitates/abonet/apstiprinats", heading: "confirmed", status: 200 },
  { path: "/aktualitates/abonet/atteikts", heading: "unsubscribed", status: 200 },
  { path: "/aktualitates/apstiprinat/nav-tada-saite", heading: "invalid", status: 404 },
  { path: "/aktualitates/atteikties/nav-tada-saite", heading: "invalid", status: 404 },
];

async function heading(page: Page): Promise<string> {
  return ((await page.locator("h1").first().textContent()) ?? "").trim();
}

/** axe-core at the page's width, then at 320 px without sideways scrolling, then back. */
async function expectAccessible(page: Page): Promise<void> {
  const size = page.viewportSize() ?? DESKTOP;
  await expectNoAxeViolations(page);
  await page.setViewportSize(size.width === NARROW.width ? DESKTOP : NARROW);
  try {
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  } finally {
    await page.setViewportSize(size);
  }
}

describe("news by email in Chromium", () => {
  const site = useSite({ role: "all" });
  const browser = useBrowser();

  /** The newest email of a purpose to an address, once the outbox has it. */
  async function email(to: string, purpose: string): Promise<{ body: string; headers: Record<string, string> }> {
    for (let i = 0; i < 200; i++) {
      const found = await site
        .app()
        .database.db.selectFrom("mailbox.email")
        .select(["body", "headers"])
        .where("recipient", "=", to)
        .where("purpose", "=", purpose)
        .orderBy("created_at", "desc")
        .executeTakeFirst();
      if (found) return found;
      await sleep(100);
    }
    assert.fail(`no ${purpose} email to ${to}`);
  }

  /** The confirmation link of the email that was sent to an address, as the development outbox shows it. */
  async function sentConfirmationLink(to: string): Promise<string> {
    for (let i = 0; i < 200; i++) {
      const response = await fetch(`${site.url()}/dev/izsutitie.json`);
      const { items } = (await response.json()) as { items: { recipient: string; body: string }[] };
      const link = items
        .filter((item) => item.recipient === to)
        .map((item) => /https?:\/\/\S+\/aktualitates\/apstiprinat\/[A-Za-z0-9_-]{43}/.exec(item.body)?.[0])
        .find(Boolean);
      if (link) return link;
      await sleep(100);
    }
    assert.fail(`no confirmation email was sent to ${to}`);
  }

  async function subscriberState(to: string): Promise<string | null> {
    const row = await site.app().database.db.selectFrom("news.subscriber").select("status").where("email", "=", to).executeTakeFirst();
    return row?.status ?? null;
  }

  for (const locale of LOCALES) {
    test(`every news and questions page passes axe-core at 1280 and 320 px (${locale})`, needsBrowser, async (t) => {
      const { page, problems } = await browser.open(t, { viewport: DESKTOP });
      for (const p of PAGES) {
        const response = await page.goto(`${site.url()}${inLocale(locale, p.path)}`);
        assert.equal(response?.status(), p.status, p.path);
        assert.equal(await heading(page), typeof p.heading === "string" ? TEXT[locale][p.heading] : p.heading[locale], p.path);
        await expectAccessible(page);
      }
      // The subscription form with its error: the summary leads to the field.
      await page.goto(`${site.url()}${inLocale(locale, "/aktualitates/abonet")}`);
      await press(page, TEXT[locale].subscribeButton);
      assert.equal(await page.locator(".govuk-error-summary a").textContent(), TEXT[locale].required);
      await expectAccessible(page);
      await page.locator(".govuk-error-summary a").click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), "email");
      assert.deepEqual(problems, []);
    });
  }

  test("two people subscribe and confirm, get the published article, and leave with one click", needsBrowser, async (t) => {
    const liga = await browser.open(t, { viewport: DESKTOP });
    const bob = await browser.open(t, { viewport: NARROW, javaScriptEnabled: false });
    const editor = await browser.open(t, { viewport: DESKTOP });
    // axe runs in the page, which Bob's has no script for: his pages are checked again here.
    const checker = await browser.open(t, { viewport: DESKTOP });
    for (const { context } of [liga, bob, editor, checker]) context.setDefaultTimeout(20_000);
    const checkAccessible = async (url: string) => {
      await checker.page.goto(url);
      await expectAccessible(checker.page);
    };

    // Līga, from the box beside the news list.
    await liga.page.goto(`${site.url()}/aktualitates`);
    await liga.page.getByLabel("E-pasta adrese").fill("liga@example.lv");
    await press(liga.page, TEXT.lv.subscribeButton);
    assert.equal(await heading(liga.page), TEXT.lv.checkEmail);
    // Bob, on the English subscription page, without JavaScript.
    await bob.page.goto(`${site.url()}/en/aktualitates/abonet`);
    await bob.page.getByLabel("Email address").fill("bob@example.com");
    await press(bob.page, TEXT.en.subscribeButton);
    assert.equal(await heading(bob.page), TEXT.en.checkEmail);

    for (const [person, to, locale] of [
      [liga, "liga@example.lv", "lv"],
      [bob, "bob@example.com", "en"],
    ] as const) {
      const link = await sentConfirmationLink(to);
      await person.page.goto(link);
      assert.equal(await heading(person.page), TEXT[locale].confirm);
      await checkAccessible(person.page.url());
      assert.equal(await subscriberState(to), "pending", "opening the link confirms nothing");
      await press(person.page, TEXT[locale].confirmButton);
      assert.equal(await heading(person.page), TEXT[locale].confirmed);
      assert.equal(await subscriberState(to), "confirmed");
    }

    // The editor: the form's errors, then a complete article, its preview, and publishing.
    await logInAs(editor.page, site.url(), "lv", EDGARS, { to: "/darbs" });
    await switchRole(editor.page, "lv", PMLP_EDITOR);
    await editor.page.goto(`${site.url()}/darbs/aktualitates`);
    await expectAccessible(editor.page);
    await editor.page.getByRole("link", { name: "Rakstīt jaunu aktualitāti" }).click();
    await expectAccessible(editor.page);
    await press(editor.page, "Saglabāt un priekšskatīt");
    assert.equal(await editor.page.locator(".govuk-error-summary a").count(), 6);
    await expectAccessible(editor.page);
    const fields: Record<string, string> = {
      "Virsraksts latviešu valodā": "Jauni e-pakalpojumi pašvaldībās",
      "Kopsavilkums latviešu valodā": "Trīs pašvaldības sāk pieņemt iesniegumus internetā.",
      "Teksts latviešu valodā": "Pirmā rindkopa.\n\nOtrā rindkopa.",
      "Virsraksts angļu valodā": "New e-services in municipalities",
      "Kopsavilkums angļu valodā": "Three municipalities start taking applications online.",
      "Teksts angļu valodā": "First paragraph.\n\nSecond paragraph.",
    };
    for (const [label, value] of Object.entries(fields)) await editor.page.getByLabel(label, { exact: true }).fill(value);
    await press(editor.page, "Saglabāt un priekšskatīt");
    assert.equal(await heading(editor.page), "Priekšskatījums: Jauni e-pakalpojumi pašvaldībās");
    await expectAccessible(editor.page);
    await press(editor.page, "Publicēt");
    assert.match((await editor.page.locator(".govuk-notification-banner--success").textContent()) ?? "", /Aktualitāte publicēta/);
    await expectAccessible(editor.page);
    const preview = new URL(editor.page.url()).pathname;
    const edit = preview.replace(/\/prieksskatijums$/, "");
    for (const path of [edit, "/en/darbs/aktualitates", "/en/darbs/aktualitates/jauna", `/en${edit}`, `/en${preview}`]) {
      assert.equal((await editor.page.goto(`${site.url()}${path}`))?.status(), 200, path);
      await expectAccessible(editor.page);
    }
    assert.deepEqual(editor.problems, []);

    // Each subscriber leaves from the link in the news email, with the page's one button.
    for (const [person, to, locale] of [
      [liga, "liga@example.lv", "lv"],
      [bob, "bob@example.com", "en"],
    ] as const) {
      const news = await email(to, "news.article");
      const unsubscribe = /^<(.+)>$/.exec(news.headers["List-Unsubscribe"] ?? "")?.[1];
      assert.ok(unsubscribe && news.body.includes(unsubscribe), "the same link in the text and the header");
      assert.equal(news.headers["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click");
      await person.page.goto(unsubscribe);
      assert.equal(await heading(person.page), TEXT[locale].unsubscribe);
      await checkAccessible(person.page.url());
      await press(person.page, TEXT[locale].unsubscribeButton);
      assert.equal(new URL(person.page.url()).pathname, inLocale(locale, "/aktualitates/abonet/atteikts"));
      assert.equal(await heading(person.page), TEXT[locale].unsubscribed);
      assert.equal(await subscriberState(to), null, "the address is deleted");
      await person.page.goto(unsubscribe);
      assert.equal(await heading(person.page), TEXT[locale].invalid);
    }
    for (const { problems } of [liga, bob, checker]) assert.deepEqual(problems, []);
  });
});
