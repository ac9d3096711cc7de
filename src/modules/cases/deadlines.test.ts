import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extensionProblem, firstDeadline, isOverdue, resumedDeadline } from "./deadlines.ts";

describe("case deadlines", () => {
  it("gives one month, moved past weekends and holidays", () => {
    assert.equal(firstDeadline("2026-11-23", 1), "2026-12-23");
    assert.equal(firstDeadline("2026-11-24", 1), "2026-12-28"); // 24 Dec, then Christmas and a weekend
    assert.equal(firstDeadline("2027-01-31", 1), "2027-03-01"); // 28 Feb 2027 is a Sunday
    assert.equal(firstDeadline("2026-04-04", 1), "2026-05-05"); // 4 May is a holiday
  });

  it("adds the days spent waiting for the applicant", () => {
    assert.equal(resumedDeadline("2026-12-23", "2026-12-01", "2026-12-11"), "2027-01-04");
    assert.equal(resumedDeadline("2026-12-23", "2026-12-01", "2026-12-01"), "2026-12-23");
  });

  it("allows extensions up to four months from receipt, and only later", () => {
    assert.equal(extensionProblem("2026-11-23", "2026-12-23", "2026-12-20"), "not_later");
    assert.equal(extensionProblem("2026-11-23", "2026-12-23", "2027-03-23"), null);
    assert.equal(extensionProblem("2026-11-23", "2026-12-23", "2027-03-24"), "too_late");
  });

  it("counts a case overdue only while the institution owes it", () => {
    assert.equal(isOverdue({ dueOn: "2026-11-20", status: "open" }, "2026-11-23"), true);
    assert.equal(isOverdue({ dueOn: "2026-11-23", status: "open" }, "2026-11-23"), false);
    assert.equal(isOverdue({ dueOn: "2026-11-20", status: "waiting_applicant" }, "2026-11-23"), false);
    assert.equal(isOverdue({ dueOn: "2026-11-20", status: "decided" }, "2026-11-23"), false);
  });
});
