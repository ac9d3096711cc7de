// `epak start`: open the database, bring it up to date, load demo data into an empty one, then
// serve and/or work until SIGTERM, finishing what is in hand before exiting.
import { openDatabase } from "../platform/db/database.ts";
import { migrate } from "../platform/db/migrations.ts";
import type { Role } from "../platform/jobs/jobs.ts";
import { type App, createApp } from "./app.ts";
import type { Config } from "./config.ts";
import { modules } from "./modules.ts";
import { seedDemoData } from "./seed.ts";

export function describeDatabase(config: Config): string {
  return config.database.kind === "pglite"
    ? `embedded PostgreSQL (PGlite) in ${config.database.dataDir}`
    : `PostgreSQL at ${new URL(config.database.url).host}`;
}

export async function start(config: Config, role: Role): Promise<void> {
  const started = performance.now();
  const database = await openDatabase(config.database);
  let app: App | undefined;
  try {
    await migrate(database.db);
    if (config.demoData && role !== "web") await seedDemoData(database.db, modules);
    app = await createApp(config, database, role);
    if (app.http) await app.http.listen({ port: config.port, host: config.host });
  } catch (error) {
    // A start that fails half way (a port in use, a broken migration) stops its workers and
    // closes the database, so the process exits instead of lingering with jobs running.
    await app?.stop().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
  const running = app;

  const ms = Math.round(performance.now() - started);
  const where = running.http ? `Epak is running at ${config.publicUrl}` : "Epak worker is running";
  console.log(`${where} (role ${role}, ${describeDatabase(config)}, ready in ${ms} ms)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing requests and jobs in hand, then stopping`);
    const timer = setTimeout(() => {
      console.error(`Shutdown took longer than ${config.shutdownTimeoutMs} ms; exiting anyway`);
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await running.stop();
      await database.close();
      process.exitCode = 0;
    } catch (error) {
      console.error("Shutdown failed", error);
      process.exitCode = 1;
    }
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}
