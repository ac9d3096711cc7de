// Providers' callbacks and what Epak makes of them: a replayed callback changes nothing; one
// whose bytes were changed, or that is signed but names another amount or reference, is refused
// and written to the audit log; a callback sent twice is applied once; a late one finds the
// payment already settled by the status query made when the person came back; and a payment
// whose provider never calls back is settled by the status query job.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { queryOpenPayments } from "../../src/modules/payments/jobs/query-open-payments.ts";
import { callbackDeps, deliverCallbacks } from "../../src/simulators/dev-pay/index.ts";
import { devPaySecret, sign } from "../../src/simulators/dev-pay/protocol.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import type { Visitor } from "../harness/login.ts";
import { decide, filledDraft, janisForCompany, postCallback, recordingFetch, toProvider } from "./payments-steps.ts";

describe("payment callbacks", () => {
  let site: TestApp & { url: string };
  let janis: Visitor;
  const recorder = recordingFetch();

  before(async () => {
    site = await listeningTestApp({ seed: true, fetch: recorder.fetch });
    janis = await janisForCompany(site.url);
  });
  after(() => site.close());

  const db = () => site.database.db;
  const services = (offsetMs = 0) => ({
    db: db(),
    config: site.config,
    fetch: recorder.fetch,
    localOrigin: () => site.url,
    clock: { now: () => new Date(Date.now() + offsetMs) },
  });
  const paymentOf = (id: string) =>
    db()
      .selectFrom("payments.payment")
      .select(["id", "status", "settled_by", "reference", "paid_at"])
      .where("application_id", "=", id)
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
  const logOf = (paymentId: string) =>
    db()
      .selectFrom("payments.callback")
      .select(["outcome", "problem"])
      .where("payment_id", "=", paymentId)
      .orderBy("id")
      .execute()
      .then((rows) => rows.map((r) => (r.problem ? `${r.outcome}:${r.problem}` : r.outcome)));
  const audited = (event: string, paymentId: string) =>
    db()
      .selectFrom("platform.audit_log")
      .select(["details", "actor"])
      .where("event", "=", event)
      .where("subject_id", "=", paymentId)
      .execute();

  /** A draft paid through the card page with the given test card; returns where the provider sent the browser back. */
  async function paidWith(card: string): Promise<{ applicationId: string; back: string }> {
    const { id } = await filledDraft(janis, "relocation");
    const provider = await toProvider(janis, id, "card");
    const back = await decide(janis, provider, { action: "confirm", number: card, expiry: "12/30", cvc: "123" });
    return { applicationId: id, back };
  }

  test("a replayed callback changes nothing; a tampered or mismatched one is refused and audited", async () => {
    const before = recorder.callbacks.length;
    const { applicationId } = await paidWith("4111111111111111");
    const payment = await paymentOf(applicationId);
    assert.equal(payment.status, "paid");
    const genuine = recorder.callbacks[before];
    assert.ok(genuine, "the provider called back");

    const replayed = await postCallback(genuine.url, genuine.body, genuine.signature);
    assert.equal(replayed.status, 200);
    assert.deepEqual(await replayed.json(), { outcome: "repeated" });
    const after = await paymentOf(applicationId);
    assert.deepEqual(after, payment, "the payment is as it was");

    const tampered = await postCallback(genuine.url, genuine.body.replace('"amountCents":2000', '"amountCents":1'), genuine.signature);
    assert.equal(tampered.status, 400);
    assert.deepEqual(await tampered.json(), { error: { code: "payments_callback_signature" } });

    // Signed with the right secret but not what Epak asked for: another amount, another reference.
    const secret = await devPaySecret({ db: db(), config: site.config });
    const mismatch = async (body: string) => (await postCallback(genuine.url, body, sign(body, secret))).status;
    assert.equal(await mismatch(genuine.body.replace('"amountCents":2000', '"amountCents":200')), 400);
    assert.equal(await mismatch(genuine.body.replace(payment.reference, "RF18539007547034")), 400);
    assert.equal(await mismatch(genuine.body.replace(payment.id, "00000000-0000-4000-8000-000000000000")), 400);

    // A body whose signature fails is believed in nothing, not even which payment it names.
    assert.deepEqual(await logOf(payment.id), ["applied", "repeated", "refused:amount", "refused:reference"]);
    const anonymous = await db().selectFrom("payments.callback").select("problem").where("payment_id", "is", null).execute();
    assert.deepEqual(anonymous.map((r) => r.problem).sort(), ["signature", "unknown_payment"]);
    assert.equal((await audited("payments.payment.settle", payment.id)).length, 1, "settled once");
    const refusals = await audited("payments.callback.refuse", payment.id);
    assert.deepEqual(
      refusals.map((r) => r.details.problem),
      ["amount", "reference"],
      "a refusal that names a known payment is audited on it",
    );
    const unsigned = await db()
      .selectFrom("platform.audit_log")
      .select(["details", "subject_id"])
      .where("event", "=", "payments.callback.refuse")
      .execute();
    assert.deepEqual(
      unsigned.map((r) => r.details.problem).sort(),
      ["amount", "reference", "signature", "unknown_payment"],
      "every refusal has its audit row",
    );
    assert.ok(!JSON.stringify(unsigned).includes("150384"), "no personal code in the audit rows");
    assert.equal((await paymentOf(applicationId)).status, "paid");
  });

  test("a callback sent twice is applied once", async () => {
    const { applicationId } = await paidWith("4000000000000127");
    const payment = await paymentOf(applicationId);
    assert.equal(payment.status, "paid");
    assert.deepEqual(await logOf(payment.id), ["applied", "repeated"]);
    assert.equal((await audited("payments.payment.settle", payment.id)).length, 1);
  });

  test("back before the late callback: the status query settles it, and the late callback is a repeat", async () => {
    const { applicationId, back } = await paidWith("4000000000000259");
    assert.equal((await paymentOf(applicationId)).status, "started", "nothing heard yet");
    const returned = await janis.follow(await janis.get(back));
    assert.equal(returned.url.pathname, `/pieteikumi/${applicationId}/parbaude`);
    const payment = await paymentOf(applicationId);
    assert.deepEqual([payment.status, payment.settled_by], ["paid", "query"]);

    const early = await deliverCallbacks(await callbackDeps(services()), new Date());
    assert.equal(early, 0, "not due yet");
    assert.equal(await deliverCallbacks(await callbackDeps(services()), new Date(Date.now() + 31_000)), 1);
    assert.deepEqual(await logOf(payment.id), ["repeated"]);
  });

  test("a provider that never calls back: the job asks it after a minute", async () => {
    const { applicationId } = await paidWith("4000000000000341");
    assert.equal((await paymentOf(applicationId)).status, "started");
    assert.equal(await queryOpenPayments(services()), 0, "too early to ask");
    assert.ok((await queryOpenPayments(services(61_000))) >= 1);
    const payment = await paymentOf(applicationId);
    assert.deepEqual([payment.status, payment.settled_by], ["paid", "query"]);
    const [settle] = await audited("payments.payment.settle", payment.id);
    assert.equal(settle?.actor, "system:payments.payment.query");
  });

  test("a card the bank declines fails, and the person may pay again", async () => {
    const { applicationId, back } = await paidWith("4000000000000002");
    const page = await janis.follow(await janis.get(back));
    assert.equal(page.status, 200);
    assert.match(page.body, /Maksājums neizdevās/);
    assert.match(page.body, /name="method"/);
    assert.equal((await paymentOf(applicationId)).status, "failed");
  });
});
