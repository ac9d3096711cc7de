// Background jobs with pg-boss, in the same database as everything else, so a job can be
// enqueued in the transaction of the write that causes it and is lost or kept with it.
import type { Kysely } from "kysely";
import { fromKysely, type Job, PgBoss } from "pg-boss";
import type { Database } from "../db/database.ts";
import type { Tables } from "../db/tables.ts";

export type JobDefinition<T extends object = object> = {
  /** Dotted, `<module>.<noun>.<verb>`, e.g. `platform.worker.heartbeat`. */
  name: string;
  handler: (jobs: Job<T>[]) => Promise<void>;
  /** A cron expression (UTC) for jobs the worker runs on its own. */
  schedule?: string;
  retryLimit?: number;
};

export type Role = "web" | "worker" | "all";

export type JobSystem = {
  boss: PgBoss;
  /** Enqueues a job; pass the transaction so it exists only if the transaction commits. */
  enqueue(trx: Kysely<Tables>, name: string, data: object): Promise<string | null>;
  stop(): Promise<void>;
};

type Logger = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };

export async function startJobs(
  database: Database,
  options: { role: Role; definitions: JobDefinition[]; logger: Logger; pollingIntervalSeconds?: number; stopTimeoutMs?: number },
): Promise<JobSystem> {
  const works = options.role !== "web";
  const boss = new PgBoss({
    db: database.jobs,
    schema: "pgboss",
    ...(database.kind === "pglite" ? { backend: "pglite" as const } : {}),
    // Only workers look after the queues; a web process just enqueues.
    supervise: works,
    schedule: works,
    migrate: true,
  });
  boss.on("error", (err) => options.logger.error({ err }, "job queue error"));
  await boss.start();
  for (const def of options.definitions) {
    await boss.createQueue(def.name, { retryLimit: def.retryLimit ?? 5, retryBackoff: true });
  }
  if (works) {
    for (const def of options.definitions) {
      await boss.work(
        def.name,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        def.handler as (jobs: Job<object>[]) => Promise<void>,
      );
      if (def.schedule) await boss.schedule(def.name, def.schedule);
    }
    options.logger.info({ jobs: options.definitions.map((d) => d.name) }, "worker started");
  }
  return {
    boss,
    enqueue: (trx, name, data) => boss.send(name, data, { db: fromKysely(trx as unknown as Parameters<typeof fromKysely>[0]) }),
    // Graceful: jobs in hand finish (up to the timeout) before the database closes.
    stop: () => boss.stop({ graceful: true, close: false, timeout: options.stopTimeoutMs ?? 10_000 }),
  };
}
