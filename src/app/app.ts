// Composition: one Epak process from its configuration and an open database. The web role
// serves HTTP, the worker role runs jobs, `all` (the default) does both.
import type { FastifyInstance } from "fastify";
import { type Clock, systemClock } from "../platform/clock.ts";
import type { Database } from "../platform/db/database.ts";
import { findMigrations } from "../platform/db/migrations.ts";
import { healthRoutes } from "../platform/health/health.routes.ts";
import { ensureAssets } from "../platform/html/assets.ts";
import { createHttpServer } from "../platform/http/create-server.ts";
import { localOrigin } from "../platform/http/local-origin.ts";
import { openApiDocument, openApiRoutes } from "../platform/http/openapi.ts";
import { Messages } from "../platform/i18n/messages.ts";
import { type JobSystem, type Role, startJobs } from "../platform/jobs/jobs.ts";
import { createLogger, type Logger } from "../platform/logging/logger.ts";
import { devOutboxRoutes } from "../platform/messaging/dev-outbox.routes.tsx";
import { createMessageSender } from "../platform/messaging/message-sender.ts";
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

export type AppOptions = {
  /** Tests move time forward with a ManualClock instead of waiting. */
  clock?: Clock;
  /** Calls to outside parties go through this; tests tamper with the answers. */
  fetch?: typeof fetch;
};

export async function createApp(config: Config, database: Database, role: Role, options: AppOptions = {}): Promise<App> {
  const { db } = database;
  const logger = createLogger(config.logLevel);
  // Some jobs call the registers through the bus and so need the process's services, which exist
  // only once the jobs have started (they are among them); a job that runs before then fails and
  // is retried by the queue.
  let services: AppServices | null = null;
  const late = (): AppServices => {
    if (!services) throw new Error("Epak is still starting: the job will be retried");
    return services;
  };
  const definitions = modules.flatMap((m) => m.jobs?.(db, config, late) ?? []);
  // Jobs get most of the shutdown budget; the rest is for closing the database cleanly.
  const stopTimeoutMs = Math.floor(config.shutdownTimeoutMs * 0.6);
  const jobs = await startJobs(database, { role, definitions, logger, stopTimeoutMs });
  if (role === "worker") {
    // A worker serves no HTTP: it reaches the bus the way outside systems do, at the public address.
    services = appServices(config, db, jobs, options, () => config.publicUrl.replace(/\/$/, ""));
    return { http: null, jobs, notices: null, stop: () => jobs.stop() };
  }

  try {
    const app = await serve(config, database, jobs, logger, options, (ready) => {
      services = ready;
    });
    return app;
  } catch (error) {
    await jobs.stop();
    throw error;
  }
}

function appServices(config: Config, db: Database["db"], jobs: JobSystem, options: AppOptions, origin: () => string): AppServices {
  return {
    db,
    jobs,
    config,
    clock: options.clock ?? systemClock,
    sender: createMessageSender(db, { smtpUrl: config.mail.smtpUrl, from: config.mail.from, devOutbox: config.devRoutes }),
    fetch: options.fetch ?? fetch,
    localOrigin: origin,
  };
}

async function serve(
  config: Config,
  database: Database,
  jobs: JobSystem,
  logger: Logger,
  options: AppOptions,
  ready: (services: AppServices) => void,
): Promise<App> {
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
  const services = appServices(config, db, jobs, options, localOrigin(http));
  ready(services);
  healthRoutes(http, { db, kind: database.kind, migrations: findMigrations() });
  for (const mod of modules) await mod.routes?.(http, services);
  openApiRoutes(
    http,
    openApiDocument(
      config.publicUrl,
      modules.flatMap((m) => m.openApi ?? []),
    ),
  );
  if (config.devRoutes) {
    devRoutes(http);
    devOutboxRoutes(http, db);
  }
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
