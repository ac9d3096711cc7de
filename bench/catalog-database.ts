// The databases the catalogue benchmark fills and then serves from: an embedded PGlite in a
// temporary data directory, and a PostgreSQL database of its own (`epak_bench_<time>`), created
// through an administrative connection and dropped afterwards.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Database, openDatabase } from "../src/platform/db/database.ts";

export type BenchDatabase = {
  engine: "PGlite" | "PostgreSQL";
  /** For startEpak: its data directory (PGlite's database; unused on PostgreSQL) and what to add to its environment. */
  dataDir: string;
  serverEnv: NodeJS.ProcessEnv;
  open(): Promise<Database>;
  /** Removes the data directory, and on PostgreSQL drops the database; every connection must be closed. */
  dispose(): Promise<void>;
};

export async function pgliteDatabase(): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), "epak-bench-catalog-"));
  return {
    engine: "PGlite",
    dataDir,
    serverEnv: {},
    open: () => openDatabase({ kind: "pglite", dataDir }),
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function admin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database on the server adminUrl points at, or why there is none. */
export async function postgresDatabase(adminUrl: string): Promise<BenchDatabase | { unavailable: string }> {
  const name = `epak_bench_${Date.now()}`;
  try {
    await admin(adminUrl, (client) => client.query(`create database ${name}`));
  } catch (error) {
    return { unavailable: `could not create a database through ${new URL(adminUrl).host}: ${(error as Error).message}` };
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataDir = await mkdtemp(join(tmpdir(), "epak-bench-catalog-pg-"));
  return {
    engine: "PostgreSQL",
    dataDir,
    serverEnv: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ kind: "postgres", url: url.toString() }),
    async dispose() {
      await admin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
