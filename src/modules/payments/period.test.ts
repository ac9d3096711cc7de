import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePeriod } from "./period.ts";

const NOW = new Date("2026-11-26T10:00:00Z");

test("without dates: this month so far, in Riga's days", () => {
  const parsed = parsePeriod({}, NOW);
  assert.deepEqual(parsed.days, { from: "2026-11-01", to: "2026-11-26" });
  // Riga is two hours ahead of UTC in November.
  assert.equal(parsed.period?.from.toISOString(), "2026-10-31T22:00:00.000Z");
  assert.equal(parsed.period?.to.toISOString(), "2026-11-26T22:00:00.000Z");
});

test("dates as the date field sends them or as people write them", () => {
  assert.deepEqual(parsePeriod({ no: "1.7.2026", lidz: "2026-07-31" }, NOW).days, { from: "2026-07-01", to: "2026-07-31" });
  // Summer time: three hours ahead.
  assert.equal(parsePeriod({ no: "2026-07-01", lidz: "2026-07-31" }, NOW).period?.from.toISOString(), "2026-06-30T21:00:00.000Z");
});

test("a wrong date, a reversed period and one over a year are refused with what was typed kept", () => {
  const wrong = parsePeriod({ no: "31.02.2026", lidz: "rīt" }, NOW);
  assert.deepEqual(wrong.errors, { no: "payments.period.date_invalid", lidz: "payments.period.date_invalid" });
  assert.deepEqual(wrong.typed, { from: "31.02.2026", to: "rīt" });
  assert.equal(wrong.period, null);
  assert.deepEqual(parsePeriod({ no: "2026-11-20", lidz: "2026-11-01" }, NOW).errors, { lidz: "payments.period.to_before_from" });
  assert.deepEqual(parsePeriod({ no: "2025-01-01", lidz: "2026-01-02" }, NOW).errors, { lidz: "payments.period.too_long" });
  assert.deepEqual(parsePeriod({ no: "2025-01-01", lidz: "2026-01-01" }, NOW).errors, {});
});
