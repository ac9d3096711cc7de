import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AnswerCache } from "./answer-cache.ts";

describe("answer cache", () => {
  it("answers from memory within its time, reads again after it, and never keeps a failure", async () => {
    let now = 0;
    let reads = 0;
    const cache = new AnswerCache<number>(1000, 10, () => now);
    const read = async () => ++reads;
    assert.equal(await cache.get("a", read), 1);
    now = 999;
    assert.equal(await cache.get("a", read), 1);
    now = 1000;
    assert.equal(await cache.get("a", read), 2);
    await assert.rejects(cache.get("b", () => Promise.reject(new Error("down"))));
    assert.equal(await cache.get("b", read), 3);
  });

  it("reads every time when its time is 0", async () => {
    let reads = 0;
    const cache = new AnswerCache<number>(0);
    await cache.get("a", async () => ++reads);
    await cache.get("a", async () => ++reads);
    assert.equal(reads, 2);
  });
});
