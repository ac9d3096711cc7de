// One way to reach the database whichever engine is behind it: embedded PGlite in a data
// directory (the default, so `npm start` needs no server) or PostgreSQL from DATABASE_URL.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Db as IDatabase } from "pg-boss";
import { lockDataDir } from "./data-dir-lock.ts";
import { Mutex } from "./mutex.ts";
import { PgliteDialect } from "./pglite-dialect.ts";
import type { Tables } from "./tables.ts";
import { assertOutsideTransaction } from "./transaction-scope.ts";

export type DatabaseKind = "pglite" | "postgres";

export type Database = {
  kind: DatabaseKind;
  db: Kysely<Tables>;
  /** The same connection(s), shaped for pg-boss. */
  jobs: IDatabase;
  /** Ends every connection; an embedded database is flushed to its directory first. */
  close(): Promise<void>;
  /** An embedded database's whole data directory as a gzipped tarball (copies, test templates). */
  dumpDataDir?: () => Promise<Blob>;
};

export type DatabaseOptions =
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob }
  | { kind: "postgres"; url: string; poolSize?: number };

const INT8 = 20;
const DATE = 1082;

// Both engines answer with the same JavaScript types: int8 as number (counts, ids), date as
// the plain 'YYYY-MM-DD' text (a calendar date has no time zone to shift it).
const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8) return (v: string) => Number(v);
    if (oid === DATE) return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  },
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === "pglite" ? openPglite(options) : openPostgres(options);
}

async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  const pglite = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [DATE]: (v: string) => v },
    // The catalogue's search finds mistyped words by trigram similarity.
    extensions: { pg_trgm },
  });
  try {
    await pglite.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const mutex = new Mutex();
  const db = new Kysely<Tables>({ dialect: new PgliteDialect(pglite, mutex) });
  // pg-boss goes through the same mutex, so its statements never land inside a transaction
  // that a request holds open on the single connection.
  const jobs: IDatabase = {
    executeSql: (text, values) => {
      assertOutsideTransaction();
      return mutex.run(async () => {
        try {
          if (values?.length) return await pglite.query(text, values);
          // Several statements at once (pg-boss's own schema and locked blocks): flatten the rows.
          const results = await pglite.exec(text);
          return { rows: results.flatMap((r) => r.rows) };
        } catch (error) {
          // A block that failed half way leaves the one session in an aborted transaction;
          // end it before the next holder of the connection gets it.
          if (pglite.isInTransaction()) await pglite.query("rollback");
          throw error;
        }
      });
    },
  };
  return {
    kind: "pglite",
    db,
    jobs,
    async close() {
      await db.destroy();
      await mutex.run(() => pglite.close());
      unlock();
    },
    dumpDataDir: () => mutex.run(() => pglite.dumpDataDir("gzip")),
  };
}

async function openPostgres(options: { url: string; poolSize?: number }): Promise<Database> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, types: pgTypes });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on("error", (err) => console.error(JSON.stringify({ level: 50, msg: "idle database connection lost", err: err.message })));
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  const jobs: IDatabase = {
    executeSql: async (text, values) => pool.query(text, values as unknown[]),
  };
  return {
    kind: "postgres",
    db,
    jobs,
    async close() {
      await db.destroy();
    },
  };
}
