// Composition: one Epak process from its configuration and an open database. The web role
// serves HTTP, the worker role runs jobs, `all` (the default) does both.
import type { FastifyInstance } from "fastify";
import type { Database } from "../platform/db/database.ts";
import { findMigrations } from "../platform/db/migrations.ts";
import { healthRoutes } from "../platform/health/health.routes.ts";
import { ensureAssets } from "../platform/html/assets.ts";
import { createHttpServer } from "../platform/http/create-server.ts";
import { Messages } from "../platform/i18n/messages.ts";
import { type JobSystem, type Role, startJobs } from "../platform/jobs/jobs.ts";
import { createLogger, type Logger } from "../platform/logging/logger.ts";
import type { AppServices } from "../platform/module.ts";
import { NoticeCache } from "../platform/notices/index.ts";
import type { Config } from "./config.ts";
import { cookieSecret } from "./cookie-secret.ts";
import { modules } from "./modules.ts";
import { devRoutes } from "./pages/pages.routes.tsx";

export type App = {
  http: FastifyInstance | null;
  jobs: JobSystem;
  /** The site notices this process shows; null in a worker, which shows no pages. */
  notices: NoticeCache | null;
  /** Stops taking work, lets what is in hand finish, then stops jobs. The database stays open. */
  stop(): Promise<void>;
};

const NOTICE_REFRESH_MS = 30_000;

export async function createApp(config: Config, database: Database, role: Role): Promise<App> {
  const { db } = database;
  const logger = createLogger(config.logLevel);
  const definitions = modules.flatMap((m) => m.jobs?.(db) ?? []);
  // Jobs get most of the shutdown budget; the rest is for closing the database cleanly.
  const stopTimeoutMs = Math.floor(config.shutdownTimeoutMs * 0.6);
  const jobs = await startJobs(database, { role, definitions, logger, stopTimeoutMs });
  if (role === "worker") return { http: null, jobs, notices: null, stop: () => jobs.stop() };

  try {
    return await serve(config, database, jobs, logger);
  } catch (error) {
    await jobs.stop();
    throw error;
  }
}

async function serve(config: Config, database: Database, jobs: JobSystem, logger: Logger): Promise<App> {
  const { db } = database;
  const notices = new NoticeCache(db);
  await notices.start(NOTICE_REFRESH_MS, (err) => logger.error({ err }, "site notices refresh failed"));
  const http = await createHttpServer({
    publicUrl: config.publicUrl,
    logger,
    cookieSecret: await cookieSecret(db, config.cookie.secret),
    cookieSecure: config.cookie.secure,
    trustProxy: config.trustProxy,
    rateLimit: config.rateLimit,
    bodyLimitBytes: config.bodyLimitBytes,
    maxEventLoopDelayMs: config.maxEventLoopDelayMs,
    messages: new Messages(),
    assets: await ensureAssets(),
    notices: (locale) => notices.current(locale),
    noticesVersion: () => notices.version,
  });
  const services: AppServices = { db, jobs };
  healthRoutes(http, { db, kind: database.kind, migrations: findMigrations() });
  for (const mod of modules) await mod.routes?.(http, services);
  if (config.devRoutes) devRoutes(http);
  await http.ready();
  return {
    http,
    jobs,
    notices,
    async stop() {
      notices.stop();
      await http.close();
      await jobs.stop();
    },
  };
}
