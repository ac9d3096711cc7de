// An amount the institution asks for after its decision: the cases module calls requestPayment
// (here the test does), the applicant finds it under "Mani pieteikumi", pays it through the bank
// link and gets a confirmation with the payment reference; once paid it is no longer asked for.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { requestPayment } from "../../src/modules/payments/index.ts";
import { systemContext } from "../../src/platform/context.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { decide, filledDraft, janisForCompany, submit, toProvider } from "./payments-steps.ts";

describe("paying after the decision", () => {
  let site: TestApp & { url: string };

  before(async () => {
    site = await listeningTestApp({ seed: true });
  });
  after(() => site.close());

  test("asked for by the institution, paid from Mani pieteikumi with the bank link", async () => {
    const janis = await janisForCompany(site.url);
    const { id, check } = await filledDraft(janis, "municipalDecision");
    await submit(janis, id, check);
    const { db } = site.database;
    const application = await db
      .selectFrom("eservices.application")
      .select(["number", "service"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const number = application.number ?? "";

    const { id: requestId } = await inTransaction(db, (trx) =>
      requestPayment(systemContext("cases.decision.decide", trx), {
        applicationId: id,
        applicationNumber: number,
        institution: "UR",
        service: application.service,
        amountCents: 1500,
        reason: {
          lv: "Nodeva par izmaiņu reģistrāciju: adrese mainīta pēc komersanta lūguma",
          en: "Fee for registering the change: the address changed at the company's request",
        },
        now: new Date(),
      }),
    );

    const mine = await janis.get("/mani-pieteikumi");
    assert.match(mine.body, /Jāmaksā 15,00\s€/);
    assert.ok(mine.body.includes(`href="/pieteikumi/${id}/samaksa"`));

    const payPage = await janis.get(`/pieteikumi/${id}/samaksa`);
    assert.match(payPage.body, /adrese mainīta pēc komersanta lūguma/);
    assert.ok(payPage.body.includes(`name="request" value="${requestId}"`));
    // A request that is not the one shown (say, paid in another tab meanwhile) is not paid again.
    const stale = await janis.post(`/pieteikumi/${id}/samaksa`, { _csrf: janis.csrf(payPage.body), method: "bank", request: "x" });
    assert.equal(stale.status, 303);
    assert.equal(stale.location, "/mani-pieteikumi");

    const bank = await toProvider(janis, id, "bank");
    assert.ok(bank.body.includes(number), "the bank is told which application, not who");
    const back = await decide(janis, bank, { action: "confirm", bank: "seb", delivery: "now" });
    const received = await janis.follow(await janis.get(back));
    assert.match(received.body, /Maksājums saņemts/);
    const payment = await db
      .selectFrom("payments.payment")
      .select(["reference", "status", "bank", "purpose", "request_id", "application_number"])
      .where("application_id", "=", id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [payment.status, payment.bank, payment.purpose, payment.request_id, payment.application_number],
      ["paid", "seb", "decision", requestId, number],
    );
    assert.ok(received.body.includes(payment.reference));
    const request = await db.selectFrom("payments.request").select("status").where("id", "=", requestId).executeTakeFirstOrThrow();
    assert.equal(request.status, "paid");
    assert.doesNotMatch((await janis.get("/mani-pieteikumi")).body, /Jāmaksā/);
    assert.equal((await janis.get(`/pieteikumi/${id}/samaksa`)).status, 303, "nothing is left to pay");
  });

  test("a request with no amount or no reason is refused", async () => {
    const ask = (amountCents: number, lv: string) =>
      inTransaction(site.database.db, (trx) =>
        requestPayment(systemContext("test", trx), {
          applicationId: "00000000-0000-4000-8000-000000000000",
          applicationNumber: "EP-2026-999999",
          institution: "UR",
          service: "juridiskas-adreses-maina",
          amountCents,
          reason: { lv, en: "Reason" },
          now: new Date(),
        }),
      );
    await assert.rejects(ask(0, "Iemesls"), { code: "payments_invalid_amount" });
    await assert.rejects(ask(12.5, "Iemesls"), { code: "payments_invalid_amount" });
    await assert.rejects(ask(100, " "), { code: "payments_invalid_reason" });
  });
});
