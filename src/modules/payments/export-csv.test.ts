import assert from "node:assert/strict";
import { test } from "node:test";
import { Messages } from "../../platform/i18n/messages.ts";
import { paymentsCsv } from "./export-csv.ts";
import type { Payment } from "./payments.repository.ts";

const messages = new Messages();
const period = { from: new Date("2026-10-31T22:00:00Z"), to: new Date("2026-11-30T22:00:00Z") };

function payment(overrides: Partial<Payment> = {}): Payment {
  return {
    id: "p1",
    reference: "RF59EP2026000001",
    applicationId: "a1",
    applicationNumber: "EP-2026-000001",
    requestId: null,
    institution: "UR",
    service: "juridiskas-adreses-maina",
    purpose: "fee",
    amountCents: 2000,
    currency: "EUR",
    provider: "dev",
    method: "bank",
    providerPaymentId: "x",
    redirectUrl: null,
    status: "paid",
    bank: "swedbank",
    cardLast4: null,
    settledBy: "callback",
    createdAt: new Date("2026-11-26T08:29:00Z"),
    paidAt: new Date("2026-11-26T08:30:00Z"),
    closedAt: new Date("2026-11-26T08:30:00Z"),
    refundReason: null,
    refundedAt: null,
    ...overrides,
  };
}

const csv = (payments: Payment[], locale: "lv" | "en" = "lv", title = "Juridiskās adreses maiņa") =>
  paymentsCsv(payments, { period, locale, t: messages.translator(locale), serviceTitle: () => title });

test("one line per movement of money, in Riga's time, with a decimal comma in Latvian", () => {
  const refunded = payment({
    id: "p2",
    reference: "RF32EP2026000002",
    status: "refunded",
    refundedAt: new Date("2026-11-27T10:00:00Z"),
    refundReason: "Divreiz",
  });
  const lines = csv([payment(), refunded]).split("\r\n");
  assert.ok(lines[0]?.startsWith("\uFEFFDatums;"));
  assert.deepEqual(lines.slice(1), [
    "2026-11-26 10:30:00;Maksājums;RF59EP2026000001;EP-2026-000001;Juridiskās adreses maiņa;20,00;EUR;Swedbank;",
    "2026-11-26 10:30:00;Maksājums;RF32EP2026000002;EP-2026-000001;Juridiskās adreses maiņa;20,00;EUR;Swedbank;",
    "2026-11-27 12:00:00;Atmaksa;RF32EP2026000002;EP-2026-000001;Juridiskās adreses maiņa;-20,00;EUR;Swedbank;Divreiz",
    "",
  ]);
  assert.match(csv([payment()], "en").split("\r\n")[1] ?? "", /;Payment;.*;20\.00;EUR;Swedbank;$/);
});

test("a movement outside the period is left out: a refund this month of last month's payment shows only the refund", () => {
  const older = payment({
    paidAt: new Date("2026-10-20T10:00:00Z"),
    status: "refunded",
    refundedAt: new Date("2026-11-02T10:00:00Z"),
    refundReason: "x",
  });
  const lines = csv([older]).trimEnd().split("\r\n");
  assert.equal(lines.length, 2);
  assert.match(lines[1] ?? "", /;Atmaksa;/);
});

test("text a spreadsheet would run as a formula is defused, and quotes are doubled", () => {
  const line = csv(
    [payment({ status: "refunded", refundedAt: new Date("2026-11-27T10:00:00Z"), refundReason: '=HYPERLINK("x")' })],
    "lv",
    "@SUM(A1)",
  )
    .trimEnd()
    .split("\r\n")[2];
  assert.ok(line?.includes(";'@SUM(A1);"), line);
  assert.ok(line?.endsWith(';"\'=HYPERLINK(""x"")"'), line);
});
