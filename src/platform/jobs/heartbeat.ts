// Each worker stamps its name once a minute; /readyz shows the latest stamp, so an operator
// can see whether anything is running the jobs.
import { hostname } from "node:os";
import { type Kysely, sql } from "kysely";
import type { Tables } from "../db/tables.ts";
import type { JobDefinition } from "./jobs.ts";

export const HEARTBEAT_JOB = "platform.worker.heartbeat";

export function heartbeatJob(db: Kysely<Tables>): JobDefinition {
  const worker = `${hostname()}:${process.pid}`;
  return {
    name: HEARTBEAT_JOB,
    schedule: "* * * * *",
    retryLimit: 0,
    async handler() {
      await db
        .insertInto("platform.worker_heartbeat")
        .values({ worker, seen_at: sql<Date>`now()` })
        .onConflict((oc) => oc.column("worker").doUpdateSet({ seen_at: sql<Date>`now()` }))
        .execute();
    },
  };
}
