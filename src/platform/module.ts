// What a module (or a platform feature with pages) hands to the application: its routes, its
// jobs and its demo data. Modules are composed in src/app/modules.ts.
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Config } from "../app/config.ts";
import type { Clock } from "./clock.ts";
import type { Context } from "./context.ts";
import type { Tables } from "./db/tables.ts";
import type { OpenApiPart } from "./http/openapi.ts";
import type { JobDefinition, JobSystem } from "./jobs/jobs.ts";
import type { MessageSender } from "./messaging/message-sender.ts";

export type AppServices = {
  db: Kysely<Tables>;
  /** Enqueues jobs; present in every role (web processes enqueue, workers run). */
  jobs: JobSystem;
  /** The checked configuration; modules read their own part of it (identity, mail). */
  config: Config;
  clock: Clock;
  /** Email (SMTP) and SMS; outside production without SMTP_URL, both go to the development outbox. */
  sender: MessageSender;
  /** For calls to outside parties (the identity provider); tests pass one that misbehaves. */
  fetch: typeof fetch;
  /** This process's own HTTP address on loopback; throws until the server listens. */
  localOrigin: () => string;
};

export type EpakModule = {
  name: string;
  routes?: (app: FastifyInstance, services: AppServices) => Promise<void> | void;
  /** `services` is for jobs that need more than the database (the bus); it throws until the process is up. */
  jobs?: (db: Kysely<Tables>, config: Config, services: () => AppServices) => JobDefinition[];
  /** Loads the module's demo data; runs once per database, in a transaction. */
  seed?: (ctx: Context) => Promise<void>;
  /** What the module answers under /api/, for the OpenAPI document at /api/openapi.json. */
  openApi?: OpenApiPart;
};
