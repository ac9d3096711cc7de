// Every test gets a database of its own, already migrated: a copy of a template built once.
// On PGlite the template is a data-directory dump kept on disk between runs; on PostgreSQL
// (DATABASE_URL set) it is a template database, copied with CREATE DATABASE … TEMPLATE.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type Database, openDatabase } from "../../src/platform/db/database.ts";
import { findMigrations, migrate } from "../../src/platform/db/migrations.ts";
import { startJobs } from "../../src/platform/jobs/jobs.ts";

const CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/epak-test/", import.meta.url));
const quietLog = { info() {}, error() {} };

function templateKey(): string {
  const hash = createHash("sha256");
  for (const m of findMigrations()) hash.update(m.id).update(m.checksum);
  // A new pg-boss or PGlite may lay out its data differently: a new template then.
  for (const pkg of ["pg-boss", "@electric-sql/pglite"]) {
    hash.update(readFileSync(fileURLToPath(new URL(`../../node_modules/${pkg}/package.json`, import.meta.url))));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Migrations plus pg-boss's own schema, so tests that enqueue jobs do not each install it. */
async function prepare(database: Database): Promise<void> {
  await migrate(database.db);
  const jobs = await startJobs(database, { role: "web", definitions: [], logger: quietLog });
  await jobs.stop();
}

let pgliteTemplate: Promise<Blob> | undefined;

async function buildPgliteTemplate(): Promise<Blob> {
  const file = join(CACHE_DIR, `pglite-${templateKey()}.tar.gz`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const database = await openDatabase({ kind: "pglite" });
  await prepare(database);
  const dump = await database.dumpDataDir?.();
  if (!dump) throw new Error("PGlite database cannot dump its data directory");
  await database.close();
  mkdirSync(CACHE_DIR, { recursive: true });
  const temp = `${file}.${process.pid}`;
  writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
  renameSync(temp, file);
  return dump;
}

const templates = new Map<string, Promise<string>>();

async function ensurePostgresTemplate(adminUrl: string): Promise<string> {
  const name = `epak_tpl_${templateKey()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Test files run in parallel processes: one builds the template, the others wait for it.
    await admin.query("select pg_advisory_lock(7301002)");
    try {
      const exists = await admin.query("select 1 from pg_database where datname = $1", [name]);
      if (exists.rowCount === 0) {
        // Built under a temporary name and renamed when complete, so a failed build never
        // leaves a half-made template for later runs to copy.
        const building = `${name}_building`;
        await admin.query(`drop database if exists ${building} with (force)`);
        await admin.query(`create database ${building}`);
        const url = new URL(adminUrl);
        url.pathname = `/${building}`;
        const database = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: 2 });
        try {
          await prepare(database);
        } finally {
          await database.close();
        }
        await admin.query(`alter database ${building} rename to ${name}`);
      }
    } finally {
      await admin.query("select pg_advisory_unlock(7301002)");
    }
    return name;
  } finally {
    await admin.end();
  }
}

export type TestDatabase = Database & { url: string | null };

export async function testDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    pgliteTemplate ??= buildPgliteTemplate();
    const database = await openDatabase({ kind: "pglite", loadDataDir: await pgliteTemplate });
    return { ...database, url: null };
  }
  let template = templates.get(adminUrl);
  if (!template) {
    template = ensurePostgresTemplate(adminUrl);
    templates.set(adminUrl, template);
  }
  const templateName = await template;
  const name = `epak_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${templateName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: 4 });
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
