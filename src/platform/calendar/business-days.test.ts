import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dateInRiga, easterSunday, isBusinessDay, nthBusinessDayAfter, publicHolidays, startOfRigaDay } from "./business-days.ts";

describe("Latvian business days", () => {
  it("finds Easter Sunday for known years", () => {
    assert.equal(easterSunday(2024), "2024-03-31");
    assert.equal(easterSunday(2025), "2025-04-20");
    assert.equal(easterSunday(2026), "2026-04-05");
    assert.equal(easterSunday(2027), "2027-03-28");
  });

  it("has the fixed holidays, Good Friday and Easter Monday", () => {
    const days = publicHolidays(2026);
    for (const day of ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-06-23", "2026-06-24", "2026-12-24", "2026-12-31"]) {
      assert.ok(days.has(day), day);
    }
    assert.equal(isBusinessDay("2026-04-07"), true);
  });

  it("moves 4 May and 18 November to Monday when they fall on a weekend", () => {
    // 4 May 2025 was a Sunday; 18 November 2028 is a Saturday.
    assert.equal(isBusinessDay("2025-05-05"), false);
    assert.equal(isBusinessDay("2028-11-20"), false);
    // 18 November 2026 is a Wednesday: nothing moves.
    assert.equal(isBusinessDay("2026-11-18"), false);
    assert.equal(isBusinessDay("2026-11-19"), true);
    assert.equal(isBusinessDay("2026-11-16"), true);
  });

  it("counts the second business day after sending, skipping weekends and holidays", () => {
    assert.equal(nthBusinessDayAfter("2026-11-23", 2), "2026-11-25"); // Monday → Wednesday
    assert.equal(nthBusinessDayAfter("2026-11-26", 2), "2026-11-30"); // Thursday → Monday
    assert.equal(nthBusinessDayAfter("2026-11-28", 2), "2026-12-01"); // Saturday → Tuesday
    assert.equal(nthBusinessDayAfter("2026-12-22", 2), "2026-12-28"); // over Christmas
    assert.equal(nthBusinessDayAfter("2026-12-30", 2), "2027-01-05"); // over the new year
    assert.equal(nthBusinessDayAfter("2026-04-02", 2), "2026-04-08"); // over Easter
  });

  it("reads dates in Riga's time, not the server's", () => {
    assert.equal(dateInRiga(new Date("2026-11-23T22:30:00Z")), "2026-11-24"); // 00:30 in Riga (UTC+2)
    assert.equal(dateInRiga(new Date("2026-07-01T21:30:00Z")), "2026-07-02"); // 00:30 in Riga (UTC+3)
    assert.equal(startOfRigaDay("2026-11-25").toISOString(), "2026-11-24T22:00:00.000Z");
    assert.equal(startOfRigaDay("2026-07-02").toISOString(), "2026-07-01T21:00:00.000Z");
  });
});
