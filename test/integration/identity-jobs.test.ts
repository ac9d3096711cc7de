import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { tidySessionsJob } from "../../src/modules/identity/jobs/tidy-sessions.ts";
import { purgeExpiredJob } from "../../src/simulators/dev-idp/jobs.ts";
import { type TestDatabase, testDatabase } from "../harness/database.ts";

describe("identity's scheduled tidying", () => {
  let database: TestDatabase;
  before(async () => {
    database = await testDatabase();
  });
  after(() => database.close());

  async function session(token: string, personId: string, lastSeenMinutesAgo: number, expiresInMinutes: number) {
    await database.db
      .insertInto("identity.session")
      .values({
        token_hash: token,
        person_id: personId,
        level: "high",
        method: "eid",
        created_at: sql<Date>`now() - interval '1 hour'`,
        last_seen_at: sql<Date>`now() - make_interval(mins => ${lastSeenMinutesAgo})`,
        expires_at: sql<Date>`now() + make_interval(mins => ${expiresInMinutes})`,
        user_agent: null,
      })
      .execute();
  }

  test("sessions idle or past their end are marked ended with the reason; live ones are left", async () => {
    const person = await database.db
      .insertInto("identity.person")
      .values({ personal_code: "15038413866", given_name: "Jānis", family_name: "Bērziņš" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await session("live", person.id, 1, 60);
    await session("idle", person.id, 20, 60);
    await session("old", person.id, 1, -5);
    await tidySessionsJob(database.db, 15).handler([]);
    const rows = await database.db.selectFrom("identity.session").select(["token_hash", "end_reason"]).orderBy("token_hash").execute();
    assert.deepEqual(
      rows.map((r) => [r.token_hash, r.end_reason]),
      [
        ["idle", "idle"],
        ["live", null],
        ["old", "expired"],
      ],
    );
  });

  test("the provider's expired records are deleted and current ones kept", async () => {
    const row = (id: string, minutes: number) => ({
      kind: "Session",
      id,
      payload: "{}",
      grant_id: null,
      uid: null,
      expires_at: sql<Date>`now() + make_interval(mins => ${minutes})`,
    });
    await database.db
      .insertInto("dev_idp.oidc_model")
      .values([row("gone", -1), row("kept", 10)])
      .execute();
    await purgeExpiredJob(database.db).handler([]);
    const ids = await database.db.selectFrom("dev_idp.oidc_model").select("id").execute();
    assert.deepEqual(
      ids.map((r) => r.id),
      ["kept"],
    );
  });
});
