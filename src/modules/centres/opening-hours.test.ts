import assert from "node:assert/strict";
import { test } from "node:test";
import type { WeeklyHours } from "./model.ts";
import { dayStatus, formatIntervals, weekdayOf } from "./opening-hours.ts";

const HOURS: WeeklyHours = {
  "1": [
    ["08:30", "12:00"],
    ["12:30", "18:00"],
  ],
  "3": [["09:00", "17:00"]],
  "6": [["10:00", "14:00"]],
};

test("a day's status follows the weekday's hours", () => {
  assert.equal(weekdayOf("2026-11-16"), "1");
  assert.equal(weekdayOf("2026-11-22"), "7");
  assert.deepEqual(dayStatus(HOURS, "2026-11-16"), { kind: "open", intervals: HOURS["1"] });
  assert.deepEqual(dayStatus(HOURS, "2026-11-17"), { kind: "closed" });
  assert.deepEqual(dayStatus(HOURS, "2026-11-21"), { kind: "open", intervals: HOURS["6"] }, "a Saturday with hours is open");
});

test("public holidays close the centre whatever the weekday, moved holidays and Easter included", () => {
  assert.deepEqual(dayStatus(HOURS, "2026-11-18"), { kind: "holiday" }, "Proclamation Day, a Wednesday");
  assert.deepEqual(dayStatus(HOURS, "2026-05-04"), { kind: "holiday" }, "Restoration of Independence, a Monday");
  assert.deepEqual(dayStatus(HOURS, "2027-03-29"), { kind: "holiday" }, "Easter Monday 2027");
  assert.deepEqual(dayStatus(HOURS, "2026-06-24"), { kind: "holiday" }, "Midsummer, a Wednesday");
});

test("hours are written the way each language writes times", () => {
  const [monday = []] = [HOURS["1"]];
  assert.equal(formatIntervals("lv", monday), "8.30–12.00, 12.30–18.00");
  assert.equal(formatIntervals("en", monday), "8:30–12:00, 12:30–18:00");
});
