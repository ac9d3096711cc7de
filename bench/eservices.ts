// `npm run bench:eservices`: the e-services against the machine's own ceilings. On PostgreSQL,
// submissions of the residence declaration (each in one transaction: answers checked again,
// number, receipt PDF, notification enqueued, audit row) against pgbench's TPC-B-like TPS on the
// same server in the same run; on PGlite and PostgreSQL, a logged-in person's form page against
// a bare Fastify server, measured first and again last. Settings: BENCH_SECONDS (10),
// BENCH_WARMUP_SECONDS (3), BENCH_QUIET_WAIT_SECONDS (0), BENCH_CONNECTIONS (10, the form page),
// BENCH_DOCS=false as `npm run bench`; BENCH_ESERVICES_CONNECTIONS (8, submission workers and
// pgbench clients), BENCH_ESERVICES_DRAFTS (20000), BENCH_ESERVICES_PROFILED (200, submissions
// made one at a time to say what one is made of), BENCH_PGBENCH_SCALE (10), BENCH_POSTGRES_URL
// (an administrative connection that may create databases; postgres://postgres@127.0.0.1:5432/postgres,
// or "none" to leave PostgreSQL out). It reports against the targets; it never fails on them.
import { sql } from "kysely";
import { type BenchDatabase, pgliteDatabase, postgresDatabase } from "./catalog-database.ts";
import { expectFormPage, FORM_PAGE, type StartedDraft, startDraft } from "./eservices-page.ts";
import { measurePgbench } from "./eservices-pgbench.ts";
import { type EngineRun, markdown, type Results, verdicts, writeDocs } from "./eservices-report.ts";
import type { SubmitSettings } from "./eservices-submit.ts";
import { type LoadResult, type LoadSettings, measure } from "./load.ts";
import { type Server, startEpak, startHelloWorld, stop } from "./servers.ts";

// src/app/modules.ts reaches .tsx pages, which need the JSX loader registered before they load.
await import("../src/platform/runtime/register-tsx.ts");
const { migrate } = await import("../src/platform/db/migrations.ts");
const { seedDemoData } = await import("../src/app/seed.ts");
const { modules } = await import("../src/app/modules.ts");
// It reaches the catalogue's public surface, which has pages too.
const { measureSubmissions, SUBMIT_SERVICE } = await import("./eservices-submit.ts");

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of 0 or more; got "${raw}"`);
  return value;
}

const pageSettings: LoadSettings = {
  seconds: Math.max(1, setting("BENCH_SECONDS", 10)),
  warmupSeconds: setting("BENCH_WARMUP_SECONDS", 3),
  connections: Math.max(1, setting("BENCH_CONNECTIONS", 10)),
  quietWaitSeconds: setting("BENCH_QUIET_WAIT_SECONDS", 0),
};
const submitSettings: SubmitSettings = {
  seconds: pageSettings.seconds,
  warmupSeconds: pageSettings.warmupSeconds,
  connections: Math.max(1, setting("BENCH_ESERVICES_CONNECTIONS", 8)),
  drafts: Math.max(1, setting("BENCH_ESERVICES_DRAFTS", 20_000)),
  profiled: Math.max(1, setting("BENCH_ESERVICES_PROFILED", 200)),
};
const pgbenchScale = Math.max(1, setting("BENCH_PGBENCH_SCALE", 10));
const postgresUrl = process.env.BENCH_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const writeToDocs = !["false", "0", "no"].includes(process.env.BENCH_DOCS ?? "");

const running = new Set<Server>();
const databases = new Set<BenchDatabase>();

async function stopped(server: Server): Promise<void> {
  const code = await stop(server);
  running.delete(server);
  if (code !== 0) console.warn(`  (a server exited with code ${code}:\n${server.output()})`);
}

async function cleanUp(): Promise<void> {
  await Promise.all([...running].map((server) => stop(server)));
  running.clear();
  for (const database of databases) await database.dispose().catch((error: Error) => console.warn(`  (clean-up: ${error.message})`));
  databases.clear();
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function helloWorld(label: string): Promise<LoadResult> {
  const server = await startHelloWorld();
  running.add(server);
  const result = await measure(label, `${server.baseUrl}/`, server.pid, pageSettings);
  await stopped(server);
  return result;
}

/** Migrates and seeds the fresh database; the e-service must be published by the demo seed. */
async function prepare(target: BenchDatabase): Promise<string> {
  const database = await target.open();
  try {
    await migrate(database.db);
    await seedDemoData(database.db, modules);
    const published = await database.db
      .selectFrom("eservices.definition")
      .select("published_version")
      .where("service", "=", SUBMIT_SERVICE)
      .executeTakeFirst();
    if (!published?.published_version) throw new Error(`the demo seed did not publish the e-service ${SUBMIT_SERVICE}`);
    const version = await sql<{ server_version: string }>`show server_version`.execute(database.db);
    return version.rows[0]?.server_version ?? "?";
  } finally {
    await database.close();
  }
}

/** Logs in, starts a draft through the routes and loads its form page; the draft is returned for the submissions. */
async function formPage(target: BenchDatabase): Promise<{ page: EngineRun["page"]; draft: StartedDraft | null; baseUrl: string }> {
  // The demo registers answer the draft's prefill through the bus, as outside systems would in production.
  const { server } = await startEpak(target.dataDir, [], { ...target.serverEnv, DEV_REGISTERS: "true" });
  running.add(server);
  let draft: StartedDraft | null = null;
  try {
    draft = await startDraft(server.baseUrl, SUBMIT_SERVICE);
    console.log(`${target.engine}: form page under load`);
    const label = `form page \`/pieteikumi/<id>/lapa/${FORM_PAGE}\` (logged in)`;
    const page = await measure(label, `${server.baseUrl}${draft.pagePath}`, server.pid, pageSettings, draft.headers);
    await expectFormPage(draft.visitor, draft.pagePath);
    return { page, draft, baseUrl: server.baseUrl };
  } catch (error) {
    console.warn(`${target.engine}: form page not measured: ${message(error)}`);
    return { page: { error: message(error) }, draft, baseUrl: server.baseUrl };
  } finally {
    await stopped(server);
  }
}

async function engineRun(target: BenchDatabase): Promise<EngineRun> {
  console.log(`${target.engine}: preparing the database`);
  const serverVersion = await prepare(target);
  const { page, draft, baseUrl } = await formPage(target);
  const run: EngineRun = { engine: target.engine, serverVersion, page };
  if (target.engine !== "PostgreSQL") return run;
  const url = target.serverEnv.DATABASE_URL ?? "";
  if (!draft) run.submission = { error: "no draft could be started through Epak's routes" };
  else {
    console.log(`${target.engine}: ${submitSettings.drafts} drafts, then submissions from ${submitSettings.connections} workers`);
    try {
      run.submission = await measureSubmissions({ url, publicUrl: baseUrl, draftId: draft.draftId, modules }, submitSettings);
    } catch (error) {
      console.warn(`${target.engine}: submissions not measured: ${message(error)}`);
      run.submission = { error: message(error) };
    }
  }
  console.log(`${target.engine}: pgbench, scale ${pgbenchScale}, ${submitSettings.connections} clients`);
  run.pgbench = await measurePgbench(postgresUrl, submitSettings.connections, submitSettings.seconds, pgbenchScale);
  return run;
}

async function main(): Promise<void> {
  const date = new Date();
  const perTarget = `${pageSettings.warmupSeconds} s warm-up + ${pageSettings.seconds} s, ${pageSettings.connections} connections`;
  try {
    console.log(`Hello-world (bare Fastify), ${perTarget}`);
    const helloBefore = await helloWorld("hello-world (bare Fastify), first");
    const engines: Results["engines"] = [];
    const targets: (BenchDatabase | { engine: string; unavailable: string })[] = [await pgliteDatabase()];
    if (postgresUrl !== "none") {
      const postgres = await postgresDatabase(postgresUrl);
      targets.push("unavailable" in postgres ? { engine: "PostgreSQL", ...postgres } : postgres);
    }
    for (const target of targets) {
      if ("unavailable" in target) {
        console.warn(`${target.engine}: ${target.unavailable}`);
        engines.push(target);
        continue;
      }
      databases.add(target);
      engines.push(await engineRun(target));
      await target.dispose();
      databases.delete(target);
    }
    console.log(`Hello-world again, ${perTarget}`);
    const helloAfter = await helloWorld("hello-world (bare Fastify), again last");
    const results: Results = {
      date,
      pageSettings,
      submitSettings,
      pgbenchScale,
      hello: [helloBefore, helloAfter],
      engines,
      service: SUBMIT_SERVICE,
      page: `/pieteikumi/<id>/lapa/${FORM_PAGE}`,
    };
    const block = markdown(results);
    console.log(`\n${block}`);
    if (writeToDocs) console.log(`Written to ${await writeDocs(block)}`);
    console.log(verdicts(results).join("\n"));
  } finally {
    await cleanUp();
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}

await main();
