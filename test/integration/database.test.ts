import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { recordAudit } from "../../src/platform/audit/audit.ts";
import { systemContext } from "../../src/platform/context.ts";
import { findMigrations, migrate, migrationState } from "../../src/platform/db/migrations.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { type TestDatabase, testDatabase } from "../harness/database.ts";

describe("database", () => {
  let database: TestDatabase;
  before(async () => {
    database = await testDatabase();
  });
  after(() => database.close());

  test("every migration is applied and recorded with its checksum", async () => {
    const state = await migrationState(database.db);
    assert.equal(state.current, true);
    assert.equal(state.applied, findMigrations().length);
    assert.deepEqual(await migrate(database.db), [], "a second run applies nothing");
  });

  test("each module's tables live in their own schema", async () => {
    const rows = await sql<{ table_schema: string }>`
      select distinct table_schema from information_schema.tables
      where table_schema not in ('pg_catalog', 'information_schema')`.execute(database.db);
    const schemas = rows.rows.map((r) => r.table_schema).sort();
    assert.ok(schemas.includes("platform"));
    assert.ok(!schemas.includes("public"), "no table may be created in the public schema");
  });

  test("an edited migration is reported, not silently skipped", async () => {
    const [first, ...rest] = findMigrations();
    assert.ok(first);
    const edited = [{ ...first, checksum: "0".repeat(64) }, ...rest];
    const state = await migrationState(database.db, edited);
    assert.equal(state.current, false);
    assert.deepEqual(state.changed, [first.id]);
    await assert.rejects(migrate(database.db, edited), /edited/);
  });

  test("a transaction commits its writes and its audit row together", async () => {
    await inTransaction(database.db, (trx) =>
      recordAudit(systemContext("test", trx), { event: "platform.test-entry.create", subjectType: "test", subjectId: "commit-1" }),
    );
    const row = await database.db.selectFrom("platform.audit_log").selectAll().where("subject_id", "=", "commit-1").executeTakeFirst();
    assert.equal(row?.event, "platform.test-entry.create");
    assert.equal(row?.actor, "system:test");
  });

  test("a transaction that throws leaves nothing behind", async () => {
    await assert.rejects(
      inTransaction(database.db, async (trx) => {
        await recordAudit(systemContext("test", trx), { event: "platform.test-entry.create", subjectId: "rollback-1" });
        throw new Error("boom");
      }),
      /boom/,
    );
    const row = await database.db.selectFrom("platform.audit_log").select("id").where("subject_id", "=", "rollback-1").executeTakeFirst();
    assert.equal(row, undefined);
  });

  test("a nested call joins the outer transaction", async () => {
    await assert.rejects(
      inTransaction(database.db, async (trx) => {
        await inTransaction(trx, (inner) =>
          recordAudit(systemContext("test", inner), { event: "platform.test-entry.create", subjectId: "nested-1" }),
        );
        throw new Error("outer fails");
      }),
    );
    const row = await database.db.selectFrom("platform.audit_log").select("id").where("subject_id", "=", "nested-1").executeTakeFirst();
    assert.equal(row, undefined);
  });

  test("queries from outside never see or join an open transaction (on PGlite they wait for it)", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const tx = inTransaction(database.db, async (trx) => {
      await recordAudit(systemContext("test", trx), { event: "platform.test-entry.create", subjectId: "isolated-1" });
      await gate;
      throw new Error("roll back");
    });
    // Outside the transaction, the uncommitted row must never be seen.
    const outside = database.db.selectFrom("platform.audit_log").select("id").where("subject_id", "=", "isolated-1").execute();
    setTimeout(release, 50);
    await assert.rejects(tx);
    assert.deepEqual(await outside, []);
  });

  test("reaching for the database instead of the transaction fails at once on PGlite instead of hanging", {
    timeout: 10_000,
  }, async (t) => {
    if (database.kind !== "pglite") return t.skip("PostgreSQL has other connections to give");
    await assert.rejects(
      inTransaction(database.db, async (trx) => {
        await recordAudit(systemContext("test", trx), { event: "platform.test-entry.create", subjectId: "nested-db-1" });
        await database.db.selectFrom("platform.audit_log").select("id").execute();
      }),
      /use the transaction \(ctx\.trx\)/,
    );
    const row = await database.db.selectFrom("platform.audit_log").select("id").where("subject_id", "=", "nested-db-1").executeTakeFirst();
    assert.equal(row, undefined, "the transaction was rolled back");
  });

  test("both engines return the same JavaScript types", async () => {
    const row = await sql<{ n: number; d: string; t: Date; j: { a: number } }>`
      select 3::int8 as n, '2026-11-23'::date as d, now() as t, '{"a":1}'::jsonb as j`.execute(database.db);
    const r = row.rows[0];
    assert.equal(r?.n, 3);
    assert.equal(r?.d, "2026-11-23");
    assert.ok(r?.t instanceof Date);
    assert.deepEqual(r?.j, { a: 1 });
  });

  test("audit events must be named <module>.<noun>.<verb>", async () => {
    await assert.rejects(
      inTransaction(database.db, (trx) => recordAudit(systemContext("test", trx), { event: "Bad Event" })),
      /must be <module>\.<noun>\.<verb>/,
    );
  });
});
