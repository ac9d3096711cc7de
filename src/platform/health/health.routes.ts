// Liveness and readiness for load balancers and orchestrators. /healthz answers while the
// process runs; /readyz only when the database answers and every migration is applied.
import type { FastifyInstance } from "fastify";
import { type Kysely, sql } from "kysely";
import type { DatabaseKind } from "../db/database.ts";
import { type Migration, migrationState } from "../db/migrations.ts";
import type { Tables } from "../db/tables.ts";

export function healthRoutes(app: FastifyInstance, deps: { db: Kysely<Tables>; kind: DatabaseKind; migrations: Migration[] }) {
  app.get("/healthz", async () => ({ status: "ok" }));

  app.get("/readyz", async (_request, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
    } catch {
      return reply.code(503).send({ status: "unavailable", database: { kind: deps.kind, reachable: false } });
    }
    const migrations = await migrationState(deps.db, deps.migrations);
    const heartbeat = await deps.db
      .selectFrom("platform.worker_heartbeat")
      .select((eb) => eb.fn.max("seen_at").as("seen_at"))
      .executeTakeFirst()
      .catch(() => undefined);
    const body = {
      status: migrations.current ? "ready" : "migrations_pending",
      database: { kind: deps.kind, reachable: true },
      migrations: {
        current: migrations.current,
        applied: migrations.applied,
        known: deps.migrations.length,
        pending: migrations.pending,
        changed: migrations.changed,
      },
      jobs: { lastWorkerHeartbeat: heartbeat?.seen_at ?? null },
    };
    return reply.code(migrations.current ? 200 : 503).send(body);
  });
}
