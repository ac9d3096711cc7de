import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { heartbeatJob } from "../../src/platform/jobs/heartbeat.ts";
import { type JobSystem, startJobs } from "../../src/platform/jobs/jobs.ts";
import { type TestDatabase, testDatabase } from "../harness/database.ts";

const quiet = { info() {}, error() {} };

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await sleep(50);
  }
  assert.fail(`gave up waiting for ${what}`);
}

describe("jobs", () => {
  let database: TestDatabase;
  let jobs: JobSystem;
  const seen: string[] = [];

  before(async () => {
    database = await testDatabase();
    jobs = await startJobs(database, {
      role: "worker",
      pollingIntervalSeconds: 0.5,
      logger: quiet,
      definitions: [
        {
          name: "platform.test-job.record",
          handler: async (batch) => {
            for (const job of batch) seen.push((job.data as { label: string }).label);
          },
        },
        heartbeatJob(database.db),
      ],
    });
  });
  after(async () => {
    await jobs.stop();
    await database.close();
  });

  test("a job enqueued in a committed transaction runs on the worker", async () => {
    await inTransaction(database.db, (trx) => jobs.enqueue(trx, "platform.test-job.record", { label: "committed" }));
    await until(() => seen.includes("committed"), "the committed job");
  });

  test("a job enqueued in a transaction that rolls back never runs", async () => {
    await assert.rejects(
      inTransaction(database.db, async (trx) => {
        await jobs.enqueue(trx, "platform.test-job.record", { label: "rolled-back" });
        throw new Error("the write failed");
      }),
    );
    await inTransaction(database.db, (trx) => jobs.enqueue(trx, "platform.test-job.record", { label: "after" }));
    await until(() => seen.includes("after"), "the job enqueued after");
    assert.ok(!seen.includes("rolled-back"));
  });

  test("the worker heartbeat job records that a worker is alive", async () => {
    await jobs.boss.send("platform.worker.heartbeat", {});
    await until(async () => {
      const row = await database.db.selectFrom("platform.worker_heartbeat").select("seen_at").executeTakeFirst();
      return row !== undefined;
    }, "a heartbeat row");
  });
});
