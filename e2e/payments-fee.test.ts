// The fee of an e-service paid in Chromium. Jānis Bērziņš, acting for SIA "Bērziņu Būve", changes
// its registered address: on the payment page he first leaves the way of paying unchosen, goes to
// the bank link and cancels there, comes back to his draft and pays by card (a wrong number
// refused first), then submits with the payment on the confirmation and receipt. The provider's
// callback, replayed, changes nothing; tampered with, it is refused. A second application is paid
// through the bank link, looking in on the "waiting" page on the way. Ilze Kalniņa, officer at the
// Enterprise Register, then refunds a payment with a reason and finds the refund in the export.
// Every new page passes axe-core in Latvian and English at 1280 and 320 px.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Page } from "playwright-core";
import { requestPayment } from "../src/modules/payments/index.ts";
import { systemContext } from "../src/platform/context.ts";
import { inTransaction } from "../src/platform/db/transaction.ts";
import { needsBrowser, useBrowser, useSite } from "../test/harness/browser.ts";
import { postCallback, recordingFetch, urOfficer } from "../test/integration/payments-steps.ts";
import {
  applicationId,
  confirmAndSubmit,
  errorSummary,
  expectReceipt,
  FORM_TEXT,
  follow,
  heading,
  pathOf,
  press,
  question,
  startService,
  submittedNumber,
} from "./eservices-pages.ts";
import { COMPANY, logInAs, PERSONS, switchRole } from "./identity-pages.ts";
import { choosePayment, expectAccessibleBoth, FEE, fillAddressChange, PAY_TEXT, payWithCard } from "./payments-pages.ts";
import { DESKTOP } from "./site-pages.ts";

const words = PAY_TEXT.lv;

async function startAsCompany(page: Page, url: string): Promise<string> {
  await logInAs(page, url, "lv", PERSONS.janis, { via: "eid" });
  await switchRole(page, "lv", COMPANY);
  await startService(page, url, "lv", "juridiskas-adreses-maina");
  const id = applicationId(page);
  await fillAddressChange(page);
  return id;
}

async function toPayment(page: Page): Promise<void> {
  await follow(page.locator("main"), page, words.payFee(FEE.lv));
  assert.equal(await heading(page), words.payTitle);
}

describe("paying an e-service's fee in a browser", () => {
  const recorder = recordingFetch();
  const site = useSite({ fetch: recorder.fetch });
  const browser = useBrowser();

  test("the bank link cancelled, the card page paid, the callback replayed and tampered with", needsBrowser, async (t) => {
    const { page, problems, context } = await browser.open(t, { viewport: DESKTOP });
    context.setDefaultTimeout(20_000);
    const id = await startAsCompany(page, site.url());

    // The check asks for the fee before the declaration.
    const main = page.locator("main");
    assert.match((await main.textContent()) ?? "", /Maksa par pakalpojumu: 20,00\s€/);
    assert.equal(await page.locator("#declaration").count(), 0);
    await toPayment(page);
    await expectAccessibleBoth(page, "lv");

    await press(page, words.pay(FEE.lv));
    assert.deepEqual(await errorSummary(page), [{ text: words.chooseHow, href: "#method" }]);
    await expectAccessibleBoth(page, "lv", { otherLanguage: false });

    // The bank link: a bank must be chosen to confirm; cancelling needs nothing.
    await choosePayment(page, "lv", "bank");
    assert.equal(await heading(page), words.bankTitle);
    assert.match(pathOf(page), /^\/dev-maksajumi\/banka\//);
    assert.match((await main.textContent()) ?? "", /RF\d{2}EP\d{10}/);
    await expectAccessibleBoth(page, "lv");
    await press(page, words.confirm(FEE.lv));
    assert.deepEqual(await errorSummary(page), [{ text: words.chooseBankError, href: "#bank" }]);
    await expectAccessibleBoth(page, "lv", { otherLanguage: false });
    await press(page, words.cancel);

    // Back on Epak, nothing paid, the draft kept, and another way to pay offered.
    assert.equal(pathOf(page).startsWith(`/pieteikumi/${id}/samaksa/`), true);
    assert.match((await main.textContent()) ?? "", new RegExp(words.cancelled));
    await expectAccessibleBoth(page, "lv");

    await choosePayment(page, "lv", "card");
    assert.equal(await heading(page), words.cardTitle);
    await expectAccessibleBoth(page, "lv");
    await payWithCard(page, "lv", "4111 1111 1111 1112");
    assert.deepEqual(await errorSummary(page), [{ text: words.cardInvalid, href: "#number" }]);
    assert.equal(await page.locator("#number").inputValue(), "4111 1111 1111 1112", "what was typed stays");
    assert.equal(await page.locator("#cvc").inputValue(), "", "the security code is never shown again");
    await expectAccessibleBoth(page, "lv", { otherLanguage: false });
    await payWithCard(page, "lv");

    assert.equal(await heading(page), FORM_TEXT.lv.check);
    assert.match((await main.textContent()) ?? "", new RegExp(words.justPaid));
    const { db } = site.app().database;
    const paid = await db
      .selectFrom("payments.payment")
      .selectAll()
      .where("application_id", "=", id)
      .where("status", "=", "paid")
      .executeTakeFirstOrThrow();
    assert.ok(((await main.textContent()) ?? "").includes(paid.reference));
    await expectAccessibleBoth(page, "lv");
    await confirmAndSubmit(page, "lv");
    const number = await submittedNumber(page, "lv");
    assert.ok(((await main.textContent()) ?? "").replace(/\s+/g, " ").includes(words.paidLine(FEE.lv, paid.reference)));
    await expectReceipt(page, "lv", number);

    // The provider's callback once more: nothing changes. Its amount changed: refused.
    const genuine = recorder.callbacks.find((c) => c.body.includes(paid.id) && c.body.includes('"paid"'));
    assert.ok(genuine);
    const before = await db.selectFrom("payments.payment").selectAll().where("id", "=", paid.id).executeTakeFirstOrThrow();
    assert.equal(before.application_number, number);
    const replayed = await postCallback(genuine.url, genuine.body, genuine.signature);
    assert.deepEqual(await replayed.json(), { outcome: "repeated" });
    const tampered = await postCallback(genuine.url, genuine.body.replace('"amountCents":2000', '"amountCents":20'), genuine.signature);
    assert.equal(tampered.status, 400);
    const after = await db.selectFrom("payments.payment").selectAll().where("id", "=", paid.id).executeTakeFirstOrThrow();
    assert.deepEqual(after, before);
    const refused = await db.selectFrom("platform.audit_log").select("details").where("event", "=", "payments.callback.refuse").execute();
    assert.deepEqual(
      refused.map((r) => r.details.problem),
      ["signature"],
    );
    assert.deepEqual(problems, []);
  });

  test("the bank link paid, with a look at the waiting page before confirming", needsBrowser, async (t) => {
    const { page, problems, context } = await browser.open(t, { viewport: DESKTOP });
    context.setDefaultTimeout(20_000);
    const id = await startAsCompany(page, site.url());
    await toPayment(page);
    await choosePayment(page, "lv", "bank");
    const bankPage = page.url();

    // Back on Epak before the bank has been told anything: Epak asks and waits.
    const { db } = site.app().database;
    const started = await db.selectFrom("payments.payment").select("id").where("application_id", "=", id).executeTakeFirstOrThrow();
    await page.goto(`${site.url()}/pieteikumi/${id}/samaksa/${started.id}`);
    assert.equal(await heading(page), words.pending);
    await expectAccessibleBoth(page, "lv");

    await page.goto(bankPage);
    await page.getByRole("group", { name: words.chooseBank, exact: true }).getByRole("radio", { name: "Swedbank", exact: true }).check();
    await press(page, words.confirm(FEE.lv));
    assert.equal(await heading(page), FORM_TEXT.lv.check);
    await confirmAndSubmit(page, "lv");
    await submittedNumber(page, "lv");
    const payment = await db
      .selectFrom("payments.payment")
      .select(["status", "bank"])
      .where("id", "=", started.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(payment, { status: "paid", bank: "swedbank" });
    assert.deepEqual(problems, []);
  });

  test("an amount asked for after the decision, paid from Mani pieteikumi", needsBrowser, async (t) => {
    const { db } = site.app().database;
    const application = await db
      .selectFrom("eservices.application")
      .select(["id", "number", "service"])
      .where("status", "=", "submitted")
      .orderBy("submitted_at")
      .executeTakeFirstOrThrow();
    await inTransaction(db, (trx) =>
      requestPayment(systemContext("test", trx), {
        applicationId: application.id,
        applicationNumber: application.number ?? "",
        institution: "UR",
        service: application.service,
        amountCents: 1500,
        reason: { lv: "Papildu nodeva par steidzamu reģistrāciju", en: "Additional fee for urgent registration" },
        now: new Date(),
      }),
    );
    const { page, problems, context } = await browser.open(t, { viewport: DESKTOP });
    context.setDefaultTimeout(20_000);
    await logInAs(page, site.url(), "lv", PERSONS.janis, { via: "eid" });
    await switchRole(page, "lv", COMPANY);
    await page.goto(`${site.url()}/mani-pieteikumi`);
    assert.match((await page.locator("main").textContent()) ?? "", /Jāmaksā 15,00\s€/);
    await expectAccessibleBoth(page, "lv");
    await follow(page.locator("main"), page, `Samaksāt ${"Komersanta juridiskās adreses maiņa"}`);
    assert.equal(await heading(page), words.payTitle);
    assert.match((await page.locator("main").textContent()) ?? "", /Papildu nodeva par steidzamu reģistrāciju/);
    await expectAccessibleBoth(page, "lv");
    await question(page, words.howToPay).getByRole("radio", { name: words.bank, exact: true }).check();
    await press(page, words.pay("15,00 €"));
    const bankPage = page.url();
    await page.getByRole("group", { name: words.chooseBank, exact: true }).getByRole("radio", { name: "Citadele", exact: true }).check();
    await press(page, words.confirm("15,00 €"));
    assert.equal(await heading(page), "Maksājums saņemts");
    await expectAccessibleBoth(page, "lv");

    // The bank's page again, as "back" would open it: the payment is done, nothing to pay twice.
    await page.goto(bankPage);
    assert.equal(await heading(page), "Maksājums jau ir pabeigts");
    await expectAccessibleBoth(page, "lv");
    assert.deepEqual(problems, []);
  });

  test("an officer refunds a payment with a reason, and the export shows it", needsBrowser, async (t) => {
    await urOfficer(site.app());
    const { page, problems, context } = await browser.open(t, { viewport: DESKTOP });
    context.setDefaultTimeout(20_000);
    await logInAs(page, site.url(), "lv", PERSONS.ilze, { to: "/darbs" });
    await switchRole(page, "lv", "Iestādes darbinieks, Uzņēmumu reģistrs");
    await page.goto(`${site.url()}/darbs/maksajumi`);
    assert.equal(await heading(page), "Maksājumi");
    await expectAccessibleBoth(page, "lv");

    // A wrong period is named at its field.
    await page.getByLabel("No", { exact: true }).fill("2026-12-01");
    await page.getByLabel("Līdz", { exact: true }).fill("2026-11-01");
    await press(page, "Rādīt");
    assert.deepEqual(await errorSummary(page), [{ text: "Perioda beigu datums nevar būt agrāks par sākuma datumu", href: "#lidz" }]);
    await expectAccessibleBoth(page, "lv", { otherLanguage: false });
    await page.goto(`${site.url()}/darbs/maksajumi`);

    const { db } = site.app().database;
    const paid = await db
      .selectFrom("payments.payment")
      .select(["id", "reference"])
      .where("status", "=", "paid")
      .orderBy("paid_at")
      .executeTakeFirstOrThrow();
    await follow(page.locator("main"), page, paid.reference);
    assert.equal(await heading(page), `Maksājums ${paid.reference}`);
    await expectAccessibleBoth(page, "lv");
    await press(page, "Atmaksāt 20,00 €");
    assert.deepEqual(await errorSummary(page), [{ text: "Ierakstiet atmaksas iemeslu", href: "#reason" }]);
    await expectAccessibleBoth(page, "lv", { otherLanguage: false });
    await page.getByLabel("Atmaksas iemesls", { exact: true }).fill("Komersants iesniedza pieteikumu divreiz");
    await press(page, "Atmaksāt 20,00 €");
    assert.match((await page.locator(".govuk-notification-banner--success").textContent()) ?? "", /Maksājums atmaksāts/);
    await expectAccessibleBoth(page, "lv");

    await follow(page.locator("main"), page, "Atpakaļ uz maksājumiem");
    const href = await page.getByRole("link", { name: "Lejupielādēt periodu grāmatvedībai (CSV)", exact: true }).getAttribute("href");
    assert.ok(href);
    const response = await page.context().request.get(new URL(href, page.url()).toString());
    assert.equal(response.status(), 200);
    const csv = (await response.body()).toString("utf8");
    const refund = csv.split("\r\n").find((line) => line.includes(`;Atmaksa;${paid.reference};`));
    assert.ok(
      refund?.endsWith(";-20,00;EUR;Maksājumu karte, kuras numurs beidzas ar 1111;Komersants iesniedza pieteikumu divreiz"),
      refund,
    );
    assert.deepEqual(problems, []);
  });
});
