import assert from "node:assert/strict";
import { test } from "node:test";
import { testDatabase } from "../../../../test/harness/database.ts";
import { systemContext } from "../../../platform/context.ts";
import { migrate } from "../../../platform/db/migrations.ts";
import { createConsumer } from "../commands/create-consumer.ts";
import { RegistryCache } from "./registry-cache.ts";

test("the gateway's registry cache answers from memory until its time is up, then asks again", async () => {
  const database = await testDatabase();
  try {
    const { db } = database;
    await migrate(db);
    const clientId = "LV/GOV/VDAA/kesa-parbaude";
    await db
      .transaction()
      .execute((trx) => createConsumer(systemContext("test", trx), { clientId, institution: "VDAA", name: "Kešatmiņas pārbaude" }));
    let now = 1_000;
    const cache = new RegistryCache(db, 1000, () => now);
    assert.equal((await cache.consumer(clientId))?.disabledAt, null);

    await db.updateTable("exchange.consumer").set({ disabled_at: new Date() }).where("client_id", "=", clientId).execute();
    now += 999;
    assert.equal((await cache.consumer(clientId))?.disabledAt, null, "still the remembered row within the time");
    now += 1;
    assert.notEqual((await cache.consumer(clientId))?.disabledAt, null, "the change is seen once the time is up");

    const uncached = new RegistryCache(db, 0, () => now);
    assert.equal(await uncached.consumer("LV/GOV/VDAA/nav"), null);
  } finally {
    await database.close();
  }
});
