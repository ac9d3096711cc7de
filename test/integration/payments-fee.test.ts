// Paying the state fee before submitting, through HTTP as a browser without JavaScript does: the
// check page asks for the fee instead of the declaration, the server refuses a submission before
// the payment is confirmed, a payment cancelled at the bank leaves the draft as it was, a card
// payment then goes through, and the receipt shows the amount and the payment reference. A street
// renamed by the municipality is exempt and is submitted without paying.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { extractText, getDocumentProxy } from "unpdf";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { decide, filledDraft, janisForCompany, payByCard, recordingFetch, submit, toProvider } from "./payments-steps.ts";

describe("the fee paid before submitting", () => {
  let site: TestApp & { url: string };
  const recorder = recordingFetch();

  before(async () => {
    site = await listeningTestApp({ seed: true, fetch: recorder.fetch });
  });
  after(() => site.close());

  const db = () => site.database.db;
  const paymentsOf = (id: string) =>
    db()
      .selectFrom("payments.payment")
      .select(["status", "method", "amount_cents", "reference", "card_last4", "bank", "settled_by", "application_number"])
      .where("application_id", "=", id)
      .orderBy("created_at")
      .execute();

  test("cancelled at the bank, paid by card, then submitted with the payment on the receipt", async () => {
    const visitor = await janisForCompany(site.url);
    const { id, check } = await filledDraft(visitor, "relocation");
    assert.match(check.body, /Maksa par pakalpojumu: 20,00\s€/);
    assert.match(check.body, new RegExp(`href="/pieteikumi/${id}/samaksa"`));
    assert.doesNotMatch(check.body, /name="declaration"/, "no declaration before the fee is paid");

    // Submitting anyway (an old tab, a crafted request) leads to the payment, and submits nothing.
    const early = await visitor.post(`/pieteikumi/${id}/iesniegt`, { _csrf: visitor.csrf(check.body), declaration: "yes" });
    assert.equal(early.status, 303);
    assert.equal(early.location, `/pieteikumi/${id}/samaksa`);

    // No way of paying chosen: said next to the field.
    const payPage = await visitor.get(`/pieteikumi/${id}/samaksa`);
    assert.match(payPage.body, /Valsts nodeva/);
    assert.match(payPage.body, /Uzņēmumu reģistrs/);
    const unchosen = await visitor.post(`/pieteikumi/${id}/samaksa`, { _csrf: visitor.csrf(payPage.body) });
    assert.equal(unchosen.status, 422);
    assert.match(unchosen.body, /href="#method"/);

    // The bank link, cancelled: the draft is kept and the person may try again.
    const bank = await toProvider(visitor, id, "bank");
    assert.match(bank.body, /Valsts nodeva: Komersanta juridiskās adreses maiņa/);
    assert.match(bank.body, /RF\d{2}EP\d{10}/);
    const cancelledBack = await decide(visitor, bank, { action: "cancel" });
    const cancelled = await visitor.follow(await visitor.get(cancelledBack));
    assert.equal(cancelled.status, 200);
    assert.match(cancelled.body, /Maksājums tika atcelts/);
    assert.match(cancelled.body, /Pieteikums ir saglabāts/);
    const draft = await db()
      .selectFrom("eservices.application")
      .select(["status", "answers"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    assert.equal(draft.status, "draft");
    assert.equal((draft.answers as Record<string, unknown>).changeReason, "relocation");

    // A second try, by card.
    const checked = await payByCard(visitor, id);
    assert.equal(checked.url.pathname, `/pieteikumi/${id}/parbaude`);
    assert.match(checked.body, /Maksājums saņemts/);
    assert.match(checked.body, /name="declaration"/);
    const payments = await paymentsOf(id);
    assert.deepEqual(
      payments.map((p) => [p.method, p.status, p.amount_cents, p.settled_by]),
      [
        ["bank", "cancelled", 2000, "callback"],
        ["card", "paid", 2000, "callback"],
      ],
    );
    const paid = payments[1];
    assert.ok(paid);
    assert.equal(paid.card_last4, "1111");
    assert.notEqual(payments[0]?.reference, paid.reference, "each attempt has its own reference");

    const confirmation = await submit(visitor, id, checked);
    assert.match(confirmation.url.pathname, /\/iesniegts$/);
    assert.match(confirmation.body, new RegExp(`Samaksāta valsts nodeva 20,00\\s€, maksājuma atsauce ${paid.reference}`));
    const receipt = await fetch(`${site.url}/pieteikumi/${id}/apliecinajums.pdf`, {
      headers: { cookie: `epak_session=${visitor.cookie("epak_session")}` },
    });
    assert.equal(receipt.status, 200);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await receipt.arrayBuffer())), { mergePages: true });
    assert.match(text, /Samaksāts 20,00\s€/);
    assert.ok(text.includes(paid.reference), "the receipt names the payment reference");
    const number = (await db().selectFrom("eservices.application").select("number").where("id", "=", id).executeTakeFirstOrThrow()).number;
    assert.deepEqual(
      (await paymentsOf(id)).map((p) => p.application_number),
      [number, number],
      "the payments learn the application's number",
    );
  });

  test("no card number is kept anywhere, and the callbacks carry only its last four digits", async () => {
    for (const table of ["payments.payment", "dev_pay.payment", "platform.audit_log"] as const) {
      const rows = await db().selectFrom(table).selectAll().execute();
      assert.ok(!JSON.stringify(rows).includes("4111111111111111"), `${table} holds no card number`);
    }
    assert.ok(recorder.callbacks.length >= 2);
    for (const callback of recorder.callbacks) assert.ok(!callback.body.includes("41111111"));
  });

  test("a municipal renaming is exempt: the reason is shown and the application is submitted without paying", async () => {
    const visitor = await janisForCompany(site.url);
    const { id, check } = await filledDraft(visitor, "municipalDecision");
    assert.match(check.body, /Maksa par pakalpojumu: 0,00\s€/);
    assert.match(check.body, /Adresi mainīja pašvaldības lēmums, tāpēc valsts nodeva nav jāmaksā/);
    assert.match(check.body, /name="declaration"/);
    const nothing = await visitor.get(`/pieteikumi/${id}/samaksa`);
    assert.equal(nothing.status, 303, "there is nothing to pay");
    const confirmation = await submit(visitor, id, check);
    assert.match(confirmation.url.pathname, /\/iesniegts$/);
    assert.deepEqual(await paymentsOf(id), []);
  });
});
