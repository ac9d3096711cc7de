// Plain SQL migrations: src/platform/migrations and <module or simulator>/migrations, each file
// named <timestamp>_<what>.sql, applied in timestamp order, each in its own transaction, and
// recorded with a checksum so that an edited migration is noticed instead of silently skipped.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Kysely, sql } from "kysely";
import { ownerDirs } from "../runtime/owners.ts";
import type { Tables } from "./tables.ts";

export type Migration = { id: string; sql: string; checksum: string };

export type MigrationState = {
  applied: number;
  pending: string[];
  /** Applied migrations whose file has changed since. */
  changed: string[];
  current: boolean;
};

const SRC = fileURLToPath(new URL("../../", import.meta.url));
const NAME = /^\d{12}_[a-z0-9-_]+\.sql$/;

export function findMigrations(srcDir: string = SRC): Migration[] {
  const dirs = ownerDirs(srcDir, "migrations");
  const found: Migration[] = [];
  for (const { owner, dir } of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".sql"))) {
      if (!NAME.test(file)) throw new Error(`Migration ${owner}/${file} must be named <YYYYMMDDhhmm>_<what>.sql`);
      const text = readFileSync(join(dir, file), "utf8");
      found.push({ id: `${owner}/${file}`, sql: text, checksum: createHash("sha256").update(text).digest("hex") });
    }
  }
  return found.sort((a, b) => basename(a.id).localeCompare(basename(b.id)) || a.id.localeCompare(b.id));
}

async function ensureTable(db: Kysely<Tables>): Promise<void> {
  await sql`create schema if not exists platform`.execute(db);
  await sql`create table if not exists platform.migrations (
    id text primary key,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`.execute(db);
}

async function appliedChecksums(db: Kysely<Tables>): Promise<Map<string, string>> {
  const rows = await db.selectFrom("platform.migrations").select(["id", "checksum"]).execute();
  return new Map(rows.map((r) => [r.id, r.checksum]));
}

function compare(migrations: Migration[], applied: Map<string, string>): MigrationState {
  const pending = migrations.filter((m) => !applied.has(m.id)).map((m) => m.id);
  const changed = migrations.filter((m) => applied.has(m.id) && applied.get(m.id) !== m.checksum).map((m) => m.id);
  return { applied: applied.size, pending, changed, current: pending.length === 0 && changed.length === 0 };
}

export async function migrationState(db: Kysely<Tables>, migrations = findMigrations()): Promise<MigrationState> {
  const exists = await sql<{ t: string | null }>`select to_regclass('platform.migrations')::text as t`.execute(db);
  const applied = exists.rows[0]?.t ? await appliedChecksums(db) : new Map<string, string>();
  return compare(migrations, applied);
}

/** Applies what is pending; returns the ids applied. Safe to run from several processes at once. */
export async function migrate(db: Kysely<Tables>, migrations = findMigrations()): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    // One session-level lock, so two processes starting together do not both migrate.
    await sql`select pg_advisory_lock(7301001)`.execute(conn);
    try {
      await ensureTable(conn);
      const state = compare(migrations, await appliedChecksums(conn));
      if (state.changed.length > 0) {
        throw new Error(`Applied migrations have been edited since: ${state.changed.join(", ")}. Add a new migration instead.`);
      }
      const done: string[] = [];
      for (const m of migrations.filter((x) => state.pending.includes(x.id))) {
        await conn.transaction().execute(async (trx) => {
          await sql.raw(m.sql).execute(trx);
          await trx.insertInto("platform.migrations").values({ id: m.id, checksum: m.checksum }).execute();
        });
        done.push(m.id);
      }
      return done;
    } finally {
      await sql`select pg_advisory_unlock(7301001)`.execute(conn);
    }
  });
}
