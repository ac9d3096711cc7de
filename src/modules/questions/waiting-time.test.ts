import assert from "node:assert/strict";
import { test } from "node:test";
import { waitingTime } from "./waiting-time.ts";

const asked = new Date("2026-11-20T08:00:00Z");
const after = (ms: number) => new Date(asked.getTime() + ms);
const HOUR = 3_600_000;

test("a question's wait is told in days once a day has passed, with Latvian plural forms", () => {
  assert.equal(waitingTime("lv", asked, after(24 * HOUR)), "1 diena");
  assert.equal(waitingTime("lv", asked, after(3 * 24 * HOUR + 5 * HOUR)), "3 dienas");
  assert.equal(waitingTime("lv", asked, after(10 * 24 * HOUR)), "10 dienu");
  assert.equal(waitingTime("lv", asked, after(21 * 24 * HOUR)), "21 diena");
  assert.equal(waitingTime("en", asked, after(3 * 24 * HOUR)), "3 days");
});

test("a wait under a day is told in hours, under an hour in minutes", () => {
  assert.equal(waitingTime("lv", asked, after(23 * HOUR + 59 * 60_000)), "23 stundas");
  assert.equal(waitingTime("en", asked, after(HOUR)), "1 hour");
  assert.equal(waitingTime("lv", asked, after(5 * 60_000)), "5 minūtes");
  assert.equal(waitingTime("en", asked, after(0)), "0 minutes");
});

test("a clock behind the question's time counts as no wait", () => {
  assert.equal(waitingTime("en", asked, after(-HOUR)), "0 minutes");
});
