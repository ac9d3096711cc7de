// What a module (or a platform feature with pages) hands to the application: its routes, its
// jobs and its demo data. Modules are composed in src/app/modules.ts.
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Context } from "./context.ts";
import type { Tables } from "./db/tables.ts";
import type { JobDefinition, JobSystem } from "./jobs/jobs.ts";

export type AppServices = {
  db: Kysely<Tables>;
  /** Enqueues jobs; present in every role (web processes enqueue, workers run). */
  jobs: JobSystem;
};

export type EpakModule = {
  name: string;
  routes?: (app: FastifyInstance, services: AppServices) => Promise<void> | void;
  jobs?: (db: Kysely<Tables>) => JobDefinition[];
  /** Loads the module's demo data; runs once per database, in a transaction. */
  seed?: (ctx: Context) => Promise<void>;
};
