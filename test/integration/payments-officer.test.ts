// The institution's side: its officer lists the payments of a period, downloads them for
// accounting (UTF-8 with a byte order mark, ";" between fields, the references the bank statement
// carries), and refunds one with a reason, which the provider pays back, the audit log keeps and
// the export shows. Another institution's officer sees none of it.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { isCreditorReference } from "../../src/modules/payments/reference.ts";
import { listeningTestApp, type TestApp } from "../harness/app.ts";
import { loginAs, loginAsStaff, type Visitor } from "../harness/login.ts";
import { filledDraft, ILZE, janisForCompany, payByCard, submit, urOfficer } from "./payments-steps.ts";

describe("payments for an institution's officers", () => {
  let site: TestApp & { url: string };
  let officer: Visitor;
  let paid: { id: string; reference: string; applicationNumber: string };

  before(async () => {
    site = await listeningTestApp({ seed: true });
    await urOfficer(site);
    const janis = await janisForCompany(site.url);
    const { id } = await filledDraft(janis, "relocation");
    const check = await payByCard(janis, id);
    await submit(janis, id, check);
    const row = await site.database.db
      .selectFrom("payments.payment")
      .select(["id", "reference", "application_number"])
      .where("application_id", "=", id)
      .executeTakeFirstOrThrow();
    paid = { id: row.id, reference: row.reference, applicationNumber: row.application_number ?? "" };
    officer = await loginAsStaff(site.url, site.database.db, { personalCode: ILZE.personalCode }, "UR", "officer");
  });
  after(() => site.close());

  const today = () => new Date().toISOString().slice(0, 10);

  async function exported(): Promise<{ status: number; headers: Headers; text: string; bytes: Uint8Array }> {
    const response = await fetch(`${site.url}/darbs/maksajumi/eksports.csv?no=${today().slice(0, 8)}01&lidz=${today()}`, {
      headers: { cookie: `epak_session=${officer.cookie("epak_session")}` },
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, text: new TextDecoder().decode(bytes), bytes };
  }

  test("the period's payments, with what came in", async () => {
    const list = await officer.get("/darbs/maksajumi");
    assert.equal(list.status, 200);
    assert.match(list.body, /Uzņēmumu reģistrs/);
    assert.ok(list.body.includes(paid.reference));
    assert.ok(list.body.includes(paid.applicationNumber));
    assert.match(list.body, /Saņemts periodā[\s\S]*?20,00\s€/);
    assert.ok(isCreditorReference(paid.reference));
  });

  test("a wrong period is named next to its field and what was typed stays", async () => {
    const wrong = await officer.get("/darbs/maksajumi?no=31.02.2026&lidz=2026-11-01");
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, /govuk-error-summary/);
    assert.match(wrong.body, /href="#no"/);
    assert.match(wrong.body, /value="31.02.2026"/);
    const reversed = await officer.get("/darbs/maksajumi?no=2026-11-20&lidz=2026-11-01");
    assert.match(reversed.body, /href="#lidz"/);
  });

  test("the export for accounting: BOM, semicolons, the reference as the bank statement has it", async () => {
    const { status, headers, text, bytes } = await exported();
    assert.equal(status, 200);
    assert.equal(headers.get("content-type"), "text/csv; charset=utf-8");
    assert.match(headers.get("content-disposition") ?? "", /maksajumi-UR-/);
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    assert.equal(lines[0], "Datums;Darījums;Maksājuma atsauce;Pieteikums;Pakalpojums;Summa;Valūta;Maksāšanas veids;Atmaksas iemesls");
    const row = lines.find((l) => l.includes(paid.reference))?.split(";");
    assert.deepEqual(row?.slice(1), [
      "Maksājums",
      paid.reference,
      paid.applicationNumber,
      "Komersanta juridiskās adreses maiņa",
      "20,00",
      "EUR",
      "Maksājumu karte, kuras numurs beidzas ar 1111",
      "",
    ]);
  });

  test("a refund needs a reason without personal codes, goes through the provider, is audited and exported", async () => {
    const page = await officer.get(`/darbs/maksajumi/${paid.id}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Atmaksāt 20,00\s€/);
    const empty = await officer.post(`/darbs/maksajumi/${paid.id}/atmaksat`, { _csrf: officer.csrf(page.body), reason: " " });
    assert.equal(empty.status, 400);
    assert.match(empty.body, /Ierakstiet atmaksas iemeslu/);
    assert.match(empty.body, /href="#reason"/);
    const withCode = await officer.post(`/darbs/maksajumi/${paid.id}/atmaksat`, {
      _csrf: officer.csrf(page.body),
      reason: "Pieteicējs 150384-13866 lūdza",
    });
    assert.equal(withCode.status, 400);
    assert.match(withCode.body, /neierakstiet personas kodu/);
    assert.match(withCode.body, /Pieteicējs 150384-13866 lūdza/, "what was typed stays");

    const reason = "Pieteikums iesniegts divreiz; otrā nodeva atmaksāta";
    const done = await officer.post(`/darbs/maksajumi/${paid.id}/atmaksat`, { _csrf: officer.csrf(page.body), reason });
    assert.equal(done.status, 303);
    const after = await officer.follow(done);
    assert.match(after.body, /Maksājums atmaksāts/);
    assert.match(after.body, /Atmaksāts/);
    assert.doesNotMatch(after.body, /name="reason"/, "refunded once, the form is gone");

    const db = site.database.db;
    const row = await db
      .selectFrom("payments.payment")
      .select(["status", "refund_reason", "provider_payment_id"])
      .where("id", "=", paid.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.status, row.refund_reason], ["refunded", reason]);
    const atProvider = await db
      .selectFrom("dev_pay.payment")
      .select("refund_id")
      .where("id", "=", row.provider_payment_id ?? "")
      .executeTakeFirstOrThrow();
    assert.ok(atProvider.refund_id, "the provider paid it back");
    const audit = await db
      .selectFrom("platform.audit_log")
      .select(["event", "actor", "on_behalf_of", "details"])
      .where("subject_id", "=", paid.id)
      .where("event", "like", "payments.refund%")
      .execute();
    assert.deepEqual(
      audit.map((a) => a.event),
      ["payments.refund.begin"],
    );
    assert.equal(audit[0]?.details.reason, reason);
    assert.equal(audit[0]?.on_behalf_of, "institution:UR");
    const refunded = await db
      .selectFrom("platform.audit_log")
      .select("event")
      .where("subject_id", "=", paid.id)
      .where("event", "=", "payments.payment.refund")
      .execute();
    assert.equal(refunded.length, 1);

    const again = await officer.post(`/darbs/maksajumi/${paid.id}/atmaksat`, { _csrf: officer.csrf(page.body), reason });
    assert.equal(again.status, 409, "a refunded payment is not refunded twice");

    const lines = (await exported()).text.trimEnd().split("\r\n");
    const refund = lines.find((l) => l.includes(";Atmaksa;")) ?? "";
    assert.deepEqual(refund.split(";").slice(1, 8), [
      "Atmaksa",
      paid.reference,
      paid.applicationNumber,
      "Komersanta juridiskās adreses maiņa",
      "-20,00",
      "EUR",
      "Maksājumu karte, kuras numurs beidzas ar 1111",
    ]);
    assert.ok(refund.endsWith(';"Pieteikums iesniegts divreiz; otrā nodeva atmaksāta"'), "a field with a semicolon is quoted");
    assert.ok(
      lines.some((l) => l.includes(";Maksājums;")),
      "the payment itself stays in the export",
    );
  });

  test("another institution's officer sees none of it, and a person without the role is refused", async () => {
    const vsaa = await loginAsStaff(site.url, site.database.db, { personalCode: ILZE.personalCode }, "VSAA", "officer");
    const list = await vsaa.get("/darbs/maksajumi");
    assert.equal(list.status, 200);
    assert.ok(!list.body.includes(paid.reference));
    assert.equal((await vsaa.get(`/darbs/maksajumi/${paid.id}`)).status, 404);
    const janis = await loginAs(site.url, { personalCode: "150384-13866" });
    assert.equal((await janis.get("/darbs/maksajumi")).status, 403);
  });
});
