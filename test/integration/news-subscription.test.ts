// Subscribing to the news by email, over HTTP, with the worker running: double opt-in through a
// confirmation link that opens a page with one button (the GET alone confirms nothing), the same
// answer for any address, at most one email per address per 10 minutes, the announcement of a
// published article in each subscriber's language with both List-Unsubscribe headers, the
// one-click POST of RFC 8058 from a mail program, the page's own button, and links that no
// longer work.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { WorkerOutbox } from "../../src/modules/mailbox/index.ts";
import type { NewsWriting } from "../../src/modules/news/emails.ts";
import { announceArticle } from "../../src/modules/news/jobs/announce-article.ts";
import { expireSubscriptions } from "../../src/modules/news/jobs/expire-subscriptions.ts";
import { ManualClock } from "../../src/platform/clock.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAsStaff, type Page, Visitor } from "../harness/login.ts";

const EDGARS = "09046814431"; // editor at PMLP
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type OutboxItem = { channel: string; recipient: string; subject: string; body: string };

async function until<T>(what: string, check: () => Promise<T | undefined | null | false>): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const found = await check();
    if (found) return found;
    await sleep(100);
  }
  assert.fail(`gave up waiting for ${what}`);
}

function errorLinks(html: string): string[] {
  const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
  return [...summary.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((m) => `${m[1]}: ${m[2]}`);
}

function heading(html: string): string {
  return (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "").replace(/<[^>]+>/g, "").trim();
}

describe("news by email", () => {
  let site: TestApp & { url: string };
  const clock = new ManualClock();

  before(async () => {
    site = await listeningTestApp({ seed: true, role: "all", clock, env: { RATE_LIMIT_MAX: "100000" } });
  });
  after(() => site.close());

  const db = () => site.database.db;

  /** The emails the news module put in the outbox for an address, oldest first. */
  const emails = (to: string) =>
    db()
      .selectFrom("mailbox.email")
      .select(["subject", "body", "headers", "purpose", "status"])
      .where("recipient", "=", to)
      .orderBy("created_at")
      .orderBy("id")
      .execute();

  /** What was actually sent to an address, as the development outbox shows it, newest first. */
  const sent = async (to: string): Promise<OutboxItem[]> => {
    const page = await new Visitor(site.url).get("/dev/izsutitie.json", { accept: "application/json" });
    return (JSON.parse(page.body) as { items: OutboxItem[] }).items.filter((i) => i.recipient === to);
  };

  const subscriber = (email: string) =>
    db()
      .selectFrom("news.subscriber")
      .select(["id", "status", "locale", "confirm_token_hash"])
      .where("email", "=", email)
      .executeTakeFirst();

  const subscribe = async (email: string, locale: "lv" | "en" = "lv", from = "/aktualitates"): Promise<Page> => {
    const visitor = new Visitor(site.url);
    const prefix = locale === "en" ? "/en" : "";
    const form = await visitor.get(`${prefix}${from}`);
    return visitor.post(`${prefix}/aktualitates/abonet`, { _csrf: visitor.csrf(form.body), email });
  };

  const linkIn = (body: string, kind: "apstiprinat" | "atteikties"): string => {
    const link = new RegExp(`${site.url}((?:/en)?/aktualitates/${kind}/[A-Za-z0-9_-]{43})`).exec(body)?.[1];
    assert.ok(link, `a ${kind} link in:\n${body}`);
    return link;
  };

  const confirmationLink = async (email: string): Promise<string> => {
    const confirm = (await emails(email)).filter((e) => e.purpose === "news.confirm").at(-1);
    assert.ok(confirm, `a confirmation email to ${email}`);
    return linkIn(confirm.body, "apstiprinat");
  };

  const confirm = async (link: string): Promise<Page> => {
    const visitor = new Visitor(site.url);
    const page = await visitor.get(link);
    assert.equal(page.status, 200);
    return visitor.post(link, { _csrf: visitor.csrf(page.body) });
  };

  test("an address that is missing or not an address is refused at its field, as typed", async () => {
    for (const [typed, message] of [
      ["", "Ievadiet e-pasta adresi"],
      ["anna.example.lv", "Ievadiet e-pasta adresi pareizā formā, piemēram, vards@piemers.lv"],
    ]) {
      const page = await subscribe(typed ?? "");
      assert.equal(page.status, 400);
      assert.deepEqual(errorLinks(page.body), [`email: ${message}`]);
      assert.match(page.body, new RegExp(`<p id="email-error" class="govuk-error-message">.*${message}`));
      assert.match(page.body, new RegExp(`id="email" name="email" type="email" value${typed ? `="${typed}"` : ""} `));
    }
    assert.equal((await db().selectFrom("news.subscriber").select("id").execute()).length, 0);
  });

  test("subscribing sends a confirmation link; opening it confirms nothing until the button is pressed", async () => {
    const answer = await subscribe(" Anna.Ozola@Example.LV ");
    assert.equal(answer.status, 303);
    assert.equal(answer.location, "/aktualitates/abonet/parbaudiet-e-pastu");
    const check = await new Visitor(site.url).get(answer.location ?? "");
    assert.equal(heading(check.body), "Pārbaudiet e-pastu");
    assert.match(check.body, /Saite derīga 7 dienas/);

    const [mail] = await until("the confirmation email is sent", async () => {
      const items = await sent("anna.ozola@example.lv");
      return items.length > 0 && items;
    });
    assert.equal(mail?.subject, "Apstipriniet Epak aktualitāšu abonēšanu");
    const link = linkIn(mail?.body ?? "", "apstiprinat");
    const token = link.split("/").at(-1) ?? "";
    const pending = await subscriber("anna.ozola@example.lv");
    assert.equal(pending?.status, "pending");
    assert.notEqual(pending?.confirm_token_hash, token, "only the token's hash is stored");

    const visitor = new Visitor(site.url);
    const page = await visitor.get(link);
    assert.equal(page.status, 200);
    assert.equal(heading(page.body), "Apstipriniet abonēšanu");
    assert.match(page.body, new RegExp(`<form method="post" action="${link}">`));
    assert.match(page.body, /<button type="submit" class="govuk-button"[^>]*>Apstiprināt<\/button>/);
    assert.equal(page.headers.get("cache-control"), "no-store");
    assert.equal((await subscriber("anna.ozola@example.lv"))?.status, "pending", "opening the link confirms nothing");

    assert.equal((await visitor.post(link, {})).status, 403, "not without the form's token");
    const confirmed = await visitor.post(link, { _csrf: visitor.csrf(page.body) });
    assert.equal(confirmed.status, 303);
    assert.equal(confirmed.location, "/aktualitates/abonet/apstiprinats");
    assert.equal(heading((await visitor.get(confirmed.location ?? "")).body), "Abonēšana apstiprināta");
    assert.equal((await subscriber("anna.ozola@example.lv"))?.status, "confirmed");

    // The link is spent: the same link again says so clearly.
    const reused = await visitor.post(link, { _csrf: visitor.csrf(page.body) });
    assert.equal(reused.status, 404);
    assert.equal(heading(reused.body), "Saite nav derīga");
    assert.match(reused.body, /href="\/aktualitates\/abonet">Abonēt no jauna/);
    assert.equal((await visitor.get(link)).status, 404);
  });

  test("an English subscriber is written to in English, with English links", async () => {
    const answer = await subscribe("bob@example.com", "en");
    assert.equal(answer.location, "/en/aktualitates/abonet/parbaudiet-e-pastu");
    const [mail] = await emails("bob@example.com");
    assert.equal(mail?.subject, "Confirm your Epak news subscription");
    const link = await confirmationLink("bob@example.com");
    assert.match(link, /^\/en\/aktualitates\/apstiprinat\//);
    const done = await confirm(link);
    assert.equal(done.location, "/en/aktualitates/abonet/apstiprinats");
    assert.equal((await subscriber("bob@example.com"))?.locale, "en");
  });

  test("asking again gets the same answer for any address, and at most one email per address per 10 minutes", async () => {
    await subscribe("carol@example.lv");
    const before = { anna: (await emails("anna.ozola@example.lv")).length, carol: (await emails("carol@example.lv")).length };
    const [again, pendingAgain, fresh] = [
      await subscribe("anna.ozola@example.lv"),
      await subscribe("carol@example.lv"),
      await subscribe("dan@example.lv"),
    ];
    for (const page of [again, pendingAgain, fresh]) {
      assert.equal(page.status, 303);
      assert.equal(page.location, "/aktualitates/abonet/parbaudiet-e-pastu");
      assert.equal(page.body, fresh.body);
    }
    assert.equal((await emails("anna.ozola@example.lv")).length, before.anna, "no email to a confirmed address within 10 minutes");
    assert.equal((await emails("carol@example.lv")).length, before.carol, "no second confirmation within 10 minutes");

    clock.advance(11 * MINUTE);
    const oldLink = await confirmationLink("carol@example.lv");
    await subscribe("carol@example.lv");
    const newLink = await confirmationLink("carol@example.lv");
    assert.notEqual(newLink, oldLink, "a new confirmation link");
    assert.equal((await new Visitor(site.url).get(oldLink)).status, 404, "the old link no longer works");
    assert.equal((await new Visitor(site.url).get(newLink)).status, 200);

    await subscribe("anna.ozola@example.lv");
    const reminder = (await emails("anna.ozola@example.lv")).at(-1);
    assert.equal(reminder?.purpose, "news.reminder");
    assert.equal(reminder?.subject, "Epak aktualitātes jums jau tiek sūtītas");
    const unsubscribe = linkIn(reminder?.body ?? "", "atteikties");
    assert.deepEqual(reminder?.headers, {
      "List-Unsubscribe": `<${site.url}${unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    assert.equal((await subscriber("anna.ozola@example.lv"))?.status, "confirmed", "still subscribed");
  });

  test("a published article is emailed to each confirmed subscriber in their language, with one-click unsubscribe headers", async () => {
    const edgars = await loginAsStaff(site.url, db(), { personalCode: EDGARS }, "PMLP", "editor");
    const form = await edgars.get("/darbs/aktualitates/jauna");
    const saved = await edgars.post("/darbs/aktualitates/jauna", {
      _csrf: edgars.csrf(form.body),
      title_lv: "Jauna e-pakalpojuma versija",
      summary_lv: "Īsi par jauno versiju.",
      body_lv: "Teksts.",
      title_en: "A new version of an e-service",
      summary_en: "Briefly about the new version.",
      body_en: "Text.",
      action: "preview",
    });
    const preview = await edgars.get(saved.location ?? "");
    const published = await edgars.post((saved.location ?? "").replace("prieksskatijums", "publicet"), {
      _csrf: edgars.csrf(preview.body),
    });
    assert.equal(published.status, 303);

    const news = async (to: string) => (await emails(to)).find((e) => e.purpose === "news.article");
    const anna = await until("Anna's news email", () => news("anna.ozola@example.lv"));
    const bob = await until("Bob's news email", () => news("bob@example.com"));
    assert.equal(anna.subject, "Epak aktualitātes: Jauna e-pakalpojuma versija");
    assert.equal(bob.subject, "Epak news: A new version of an e-service");
    assert.match(anna.body, /Īsi par jauno versiju\./);
    assert.ok(anna.body.includes(`${site.url}/aktualitates/jauna-e-pakalpojuma-versija`));
    assert.ok(bob.body.includes(`${site.url}/en/aktualitates/jauna-e-pakalpojuma-versija`));
    for (const [mail, prefix] of [
      [anna, ""],
      [bob, "/en"],
    ] as const) {
      const link = linkIn(mail.body, "atteikties");
      assert.ok(link.startsWith(`${prefix}/aktualitates/atteikties/`), link);
      assert.deepEqual(mail.headers, { "List-Unsubscribe": `<${site.url}${link}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
      assert.ok(!mail.body.includes("@"), "the email holds no address or other personal detail");
    }
    const delivered = await until("Anna's news email is sent", async () =>
      (await sent("anna.ozola@example.lv")).find((item) => item.subject === anna.subject),
    );
    assert.equal(delivered.body, anna.body);
    assert.equal(await news("carol@example.lv"), undefined, "an unconfirmed address gets no news");
    assert.equal(await news("dan@example.lv"), undefined);

    // The job run again (a retry, another worker): nobody is sent the article twice.
    const articleId = /\/darbs\/aktualitates\/([0-9a-f-]{36})\//.exec(saved.location ?? "")?.[1] ?? "";
    const writing: NewsWriting = { publicUrl: site.url, translator: (locale) => site.http.translator(locale) };
    const refusing: WorkerOutbox = { send: () => assert.fail("an email sent a second time") };
    assert.equal(await announceArticle(db(), writing, refusing, articleId), 0);
    const announced = await db()
      .selectFrom("platform.audit_log")
      .select(["actor", "details"])
      .where("event", "=", "news.article.announce")
      .where("subject_id", "=", articleId)
      .execute();
    assert.deepEqual(announced, [{ actor: "system:news.article.announce", details: { emails: 2 } }]);
    assert.equal(
      (await db().selectFrom("news.announcement").select("subscriber_id").where("article_id", "=", articleId).execute()).length,
      2,
    );
  });

  test("a mail program's one-click POST unsubscribes and deletes the address; the link then says it no longer works", async () => {
    const mail = (await emails("anna.ozola@example.lv")).find((e) => e.purpose === "news.article");
    const url = /^<(.+)>$/.exec(mail?.headers["List-Unsubscribe"] ?? "")?.[1];
    assert.ok(url);
    const { id } = (await subscriber("anna.ozola@example.lv")) ?? assert.fail("Anna is subscribed");

    // As RFC 8058 has it: a POST with this body, no cookies, no CSRF token.
    const oneClick = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
      redirect: "manual",
    });
    assert.equal(oneClick.status, 200);
    assert.equal(heading(await oneClick.text()), "Aktualitātes jums vairs netiks sūtītas");
    assert.equal(await subscriber("anna.ozola@example.lv"), undefined, "the address is deleted");
    const tokens = await db().selectFrom("news.unsubscribe_token").select("token_hash").where("subscriber_id", "=", id).execute();
    assert.equal(tokens.length, 0, "with every unsubscribe token");
    const audit = await db()
      .selectFrom("platform.audit_log")
      .select(["actor", "details"])
      .where("event", "=", "news.subscription.cancel")
      .where("subject_id", "=", id)
      .execute();
    assert.deepEqual(audit, [{ actor: "anonymous", details: {} }]);

    const again = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    assert.equal(again.status, 404);
    assert.equal(heading(await again.text()), "Saite nav derīga");
    const path = new URL(url).pathname;
    const tampered = `${path.slice(0, -1)}${path.endsWith("A") ? "B" : "A"}`;
    assert.equal((await new Visitor(site.url).get(tampered)).status, 404);
    assert.equal((await new Visitor(site.url).get("/aktualitates/atteikties/nav-tads")).status, 404);
    const page = await new Visitor(site.url).get(path);
    assert.equal(page.status, 404);
    assert.match(page.body, /Ja no aktualitātēm jau atteicāties, jūsu adrese ir dzēsta/);
  });

  test("the unsubscribe link opens a page with one button that unsubscribes, and a way to subscribe again", async () => {
    const mail = (await emails("bob@example.com")).find((e) => e.purpose === "news.article");
    const link = linkIn(mail?.body ?? "", "atteikties");
    const visitor = new Visitor(site.url);
    const page = await visitor.get(link);
    assert.equal(page.status, 200);
    assert.equal(heading(page.body), "Unsubscribe from news");
    assert.equal((await subscriber("bob@example.com"))?.status, "confirmed", "opening the page changes nothing");
    assert.match(
      page.body,
      new RegExp(`<form method="post" action="${link}"><button type="submit" class="govuk-button"[^>]*>Unsubscribe</button></form>`),
    );

    const done = await visitor.post(link, {});
    assert.equal(done.status, 303);
    assert.equal(done.location, "/en/aktualitates/abonet/atteikts");
    const shown = await visitor.get(done.location ?? "");
    assert.equal(heading(shown.body), "You have unsubscribed");
    assert.match(shown.body, /href="\/en\/aktualitates\/abonet">Changed your mind\? Subscribe again/);
    assert.equal(await subscriber("bob@example.com"), undefined);
  });

  test("a confirmation link lapses after 7 days, and the address it was for is deleted", async () => {
    await subscribe("erik@example.lv");
    const link = await confirmationLink("erik@example.lv");
    clock.advance(7 * DAY + MINUTE);
    const page = await new Visitor(site.url).get(link);
    assert.equal(page.status, 404);
    assert.match(page.body, /Apstiprināšanas saite var būt jau izmantota vai novecojusi — tā derīga 7 dienas/);
    const visitor = new Visitor(site.url);
    const form = await visitor.get("/aktualitates/abonet");
    assert.equal((await visitor.post(link, { _csrf: visitor.csrf(form.body) })).status, 404, "pressing the button is too late as well");
    assert.equal((await subscriber("erik@example.lv"))?.status, "pending");
    assert.ok((await expireSubscriptions(db(), clock.now())) >= 1);
    assert.equal(await subscriber("erik@example.lv"), undefined);
  });
});
