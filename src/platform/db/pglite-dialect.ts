// A Kysely dialect over PGlite. Every connection Kysely asks for is the one PGlite session,
// handed out under a mutex that pg-boss shares (see database.ts).
import type { PGlite } from "@electric-sql/pglite";
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import type { Mutex } from "./mutex.ts";
import { assertOutsideTransaction } from "./transaction-scope.ts";

class PgliteConnection implements DatabaseConnection {
  readonly #pg: PGlite;
  constructor(pg: PGlite) {
    this.#pg = pg;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Like node-postgres, a statement without parameters goes over the simple protocol, which
    // also accepts several statements at once (migrations); the last result is the answer.
    const result =
      query.parameters.length === 0
        ? ((await this.#pg.exec(query.sql)).at(-1) ?? { rows: [], affectedRows: 0 })
        : await this.#pg.query<R>(query.sql, query.parameters as unknown[]);
    return {
      rows: result.rows as R[],
      ...(result.affectedRows === undefined ? {} : { numAffectedRows: BigInt(result.affectedRows) }),
    };
  }

  // biome-ignore lint/correctness/useYield: PGlite has no cursors; streaming is refused outright.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Streaming queries are not supported on PGlite");
  }
}

class PgliteDriver implements Driver {
  readonly #pg: PGlite;
  readonly #mutex: Mutex;
  readonly #releases = new Map<DatabaseConnection, () => void>();

  constructor(pg: PGlite, mutex: Mutex) {
    this.#pg = pg;
    this.#mutex = mutex;
  }

  async init(): Promise<void> {
    await this.#pg.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    assertOutsideTransaction();
    const release = await this.#mutex.acquire();
    const connection = new PgliteConnection(this.#pg);
    this.#releases.set(connection, release);
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const level = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : "";
    await connection.executeQuery({ sql: `begin${level}`, parameters: [] } as unknown as CompiledQuery);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery({ sql: "commit", parameters: [] } as unknown as CompiledQuery);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery({ sql: "rollback", parameters: [] } as unknown as CompiledQuery);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.#releases.get(connection)?.();
    this.#releases.delete(connection);
  }

  async destroy(): Promise<void> {}
}

export class PgliteDialect implements Dialect {
  readonly #pg: PGlite;
  readonly #mutex: Mutex;
  constructor(pg: PGlite, mutex: Mutex) {
    this.#pg = pg;
    this.#mutex = mutex;
  }
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PgliteDriver(this.#pg, this.#mutex);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}
