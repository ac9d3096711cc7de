// `npm run bench:catalog`: the catalogue on 5,000 generated services plus the demo content, on
// PGlite and on PostgreSQL. For each engine: a fresh database is migrated and seeded, search
// relevance is measured on the demo catalogue alone, the generated services are imported in one
// transaction, relevance is measured again, and Epak serves the database while autocannon drives
// the search API and the service page; a bare Fastify server is measured first and again last as
// the ceiling. Settings: BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (3), BENCH_QUIET_WAIT_SECONDS (0),
// BENCH_DOCS=false as `npm run bench`; BENCH_CATALOG_CONNECTIONS (32), BENCH_CATALOG_SERVICES (5000),
// BENCH_POSTGRES_URL (an administrative connection that may create databases;
// postgres://postgres@127.0.0.1:5432/postgres, or "none" to leave PostgreSQL out). It reports
// against the targets; it never fails on them.
import { sql } from "kysely";
import { importCatalogue } from "../src/modules/catalog/commands/import-catalogue.ts";
import { DEMO_CATALOGUE } from "../src/modules/catalog/demo/index.ts";
import type { ServiceDocument } from "../src/modules/catalog/model.ts";
import { searchServices } from "../src/modules/catalog/queries/search-services.ts";
import { SynonymSource } from "../src/modules/catalog/search/synonym-source.ts";
import { systemContext } from "../src/platform/context.ts";
import { inTransaction } from "../src/platform/db/transaction.ts";
import { type BenchDatabase, pgliteDatabase, postgresDatabase } from "./catalog-database.ts";
import { generateServices } from "./catalog-generator.ts";
import { measureRotating, type RotatingResult } from "./catalog-load.ts";
import {
  measureRelevance,
  RELEVANCE_SETS,
  type RelevanceQuery,
  type RelevanceSetName,
  relevanceSet,
  unknownExpectations,
} from "./catalog-relevance.ts";
import { type EngineResult, markdown, type Preparation, type Results, verdicts, writeDocs } from "./catalog-report.ts";
import type { LoadSettings } from "./load.ts";
import { type Server, startEpak, startHelloWorld, stop } from "./servers.ts";

// src/app/modules.ts reaches .tsx pages, which need the JSX loader registered before they load.
await import("../src/platform/runtime/register-tsx.ts");
const { migrate } = await import("../src/platform/db/migrations.ts");
const { seedDemoData } = await import("../src/app/seed.ts");
const { modules } = await import("../src/app/modules.ts");

const SEED = 20261123;
const LOAD_QUERIES = 50;
const GENERATED_PAGES = 200;
const DIRECT_ROUNDS = 3;

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of 0 or more; got "${raw}"`);
  return value;
}

const settings: LoadSettings = {
  seconds: Math.max(1, setting("BENCH_SECONDS", 10)),
  warmupSeconds: setting("BENCH_WARMUP_SECONDS", 3),
  connections: Math.max(1, setting("BENCH_CATALOG_CONNECTIONS", 32)),
  quietWaitSeconds: setting("BENCH_QUIET_WAIT_SECONDS", 0),
};
const generatedCount = setting("BENCH_CATALOG_SERVICES", 5000);
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

/** The load's queries: LOAD_QUERIES spread evenly over the relevance set, so every kind of query is in the mix. */
function loadQueries(queries: RelevanceQuery[]): string[] {
  const n = Math.min(LOAD_QUERIES, queries.length);
  return Array.from({ length: n }, (_, i) => queries[Math.floor((i * queries.length) / n)]?.q ?? "");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

type Db = Awaited<ReturnType<BenchDatabase["open"]>>["db"];

async function searchAlone(db: Db, synonyms: SynonymSource, queries: string[]): Promise<EngineResult["direct"]> {
  const times: number[] = [];
  for (let round = 0; round < DIRECT_ROUNDS; round++) {
    for (const q of queries) {
      const started = performance.now();
      await searchServices(db, synonyms, { q, filters: {}, page: 1, limit: 20, facets: false });
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), calls: times.length };
}

type Prepared = {
  preparation: Preparation;
  relevance: EngineResult["relevance"];
  direct: EngineResult["direct"];
  unknown: Results["unknown"];
};

type Sets = { name: RelevanceSetName; queries: RelevanceQuery[] }[];

async function relevance(db: Db, synonyms: SynonymSource, sets: Sets, catalogue: "demo" | "full"): Promise<EngineResult["relevance"]> {
  const measured: EngineResult["relevance"] = [];
  for (const { name, queries } of sets) measured.push({ set: name, catalogue, figures: await measureRelevance(db, synonyms, queries) });
  return measured;
}

async function prepare(target: BenchDatabase, generated: ServiceDocument[], sets: Sets, load: string[]): Promise<Prepared> {
  const database = await target.open();
  const { db } = database;
  const timed = async <T>(label: string, fn: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const value = await fn();
    const ms = performance.now() - started;
    console.log(`  ${label}: ${Math.round(ms)} ms`);
    return [value, ms];
  };
  try {
    const [, migrateMs] = await timed("migrate", () => migrate(db));
    const [, seedMs] = await timed("demo seed", () => seedDemoData(db, modules));
    const synonyms = new SynonymSource(60_000);
    const unknown: Results["unknown"] = [];
    for (const { name, queries } of sets) for (const u of await unknownExpectations(db, queries)) unknown.push({ set: name, ...u });
    const [demo] = await timed("relevance, demo only", () => relevance(db, synonyms, sets, "demo"));
    const batch = { institutions: [], services: generated, localVariants: [], events: [] };
    const [imported, importMs] = await timed(`import of ${generated.length}`, () =>
      inTransaction(db, (trx) => importCatalogue(systemContext("bench", trx), batch)),
    );
    if (!imported.ok) throw new Error(`the generated services do not import: ${JSON.stringify(imported.problems.slice(0, 5))}`);
    const [full] = await timed("relevance, with the generated services", () => relevance(db, synonyms, sets, "full"));
    const [direct] = await timed("searchServices alone", () => searchAlone(db, synonyms, load));
    const indexed = await db
      .selectFrom("catalog.search_entry")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const version = await sql<{ server_version: string }>`show server_version`.execute(db);
    const autovacuum = await sql<{ autovacuum: string }>`show autovacuum`.execute(db);
    return {
      preparation: {
        migrateMs,
        seedMs,
        importMs,
        indexed: Number(indexed.n),
        serverVersion: version.rows[0]?.server_version ?? "?",
        autovacuum: target.engine === "PGlite" ? "none" : (autovacuum.rows[0]?.autovacuum ?? "?"),
      },
      relevance: [...demo, ...full],
      direct,
      unknown,
    };
  } finally {
    await database.close();
  }
}

/**
 * Whether autovacuum (PostgreSQL only; PGlite has none) reached the search index while Epak
 * served, and how fast searchServices is once the index and the vocabulary are vacuumed and
 * analysed: an import rewrites every row of both, and until a vacuum their GIN indexes keep the
 * new entries in an unsorted pending list that every lookup reads.
 */
async function vacuumed(target: BenchDatabase, load: string[]): Promise<Pick<EngineResult, "autovacuum" | "directAfterVacuum">> {
  const database = await target.open();
  const { db } = database;
  try {
    const { rows } = await sql<{ last_autovacuum: Date | null }>`
      select last_autovacuum from pg_stat_user_tables where schemaname = 'catalog' and relname = 'search_entry'`.execute(db);
    await sql`vacuum analyze catalog.search_entry, catalog.search_lexeme`.execute(db);
    const directAfterVacuum = await searchAlone(db, new SynonymSource(60_000), load);
    return { autovacuum: rows[0]?.last_autovacuum ?? null, directAfterVacuum };
  } finally {
    await database.close();
  }
}

/** Every path must answer 200 before the load: a 404 or 500 would be measured as if it were the page. */
async function expectAllOk(server: Server, paths: string[]): Promise<void> {
  for (const path of paths) {
    const response = await fetch(`${server.baseUrl}${path}`, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status} before the load:\n${body.slice(0, 500)}`);
  }
}

async function helloWorld(label: string): Promise<RotatingResult> {
  const server = await startHelloWorld();
  running.add(server);
  const result = await measureRotating(label, server.baseUrl, ["/"], server.pid, settings);
  await stopped(server);
  return result;
}

async function engineRun(
  target: BenchDatabase,
  generated: ServiceDocument[],
  sets: Sets,
  load: string[],
  pages: string[],
): Promise<EngineResult & { unknown: Results["unknown"] }> {
  console.log(`${target.engine}: preparing the database`);
  const prepared = await prepare(target, generated, sets, load);
  const { server } = await startEpak(target.dataDir, [], target.serverEnv);
  running.add(server);
  const searchPaths = load.map((q) => `/api/v1/services?q=${encodeURIComponent(q)}`);
  await expectAllOk(server, [...searchPaths, ...pages]);
  console.log(`${target.engine}: search API under load`);
  const search = await measureRotating("search API `/api/v1/services?q=…`", server.baseUrl, searchPaths, server.pid, settings);
  console.log(`${target.engine}: service page under load`);
  const page = await measureRotating("service page `/pakalpojumi/<identifier>`", server.baseUrl, pages, server.pid, settings);
  await stopped(server);
  const afterVacuum = await vacuumed(target, load);
  return { engine: target.engine, ...prepared, search, page, ...afterVacuum };
}

async function main(): Promise<void> {
  const date = new Date();
  const sets: Sets = RELEVANCE_SETS.map((name) => ({ name, queries: relevanceSet(name) }));
  const load = loadQueries(sets[0]?.queries ?? []);
  const reserved = [...DEMO_CATALOGUE.services, ...DEMO_CATALOGUE.localVariants].map((s) => s.identifier);
  const generateStarted = performance.now();
  const generated = generateServices({ count: generatedCount, seed: SEED, institutions: DEMO_CATALOGUE.institutions, reserved });
  const generateMs = performance.now() - generateStarted;
  const pages = [...reserved, ...generated.slice(0, GENERATED_PAGES).map((s) => s.identifier)].map((id) => `/pakalpojumi/${id}`);
  const perTarget = `${settings.warmupSeconds} s warm-up + ${settings.seconds} s, ${settings.connections} connections`;
  try {
    console.log(`Hello-world (bare Fastify), ${perTarget}`);
    const helloBefore = await helloWorld("hello-world (bare Fastify), first");
    const engines: Results["engines"] = [];
    let unknown: Results["unknown"] = [];
    const targets: (BenchDatabase | { engine: string; unavailable: string })[] = [await pgliteDatabase()];
    if (postgresUrl !== "none") {
      const postgres = await postgresDatabase(postgresUrl);
      targets.push("unavailable" in postgres ? { engine: "PostgreSQL", ...postgres } : postgres);
    }
    for (const target of targets) {
      if ("unavailable" in target) {
        console.warn(`PostgreSQL: ${target.unavailable}`);
        engines.push(target);
        continue;
      }
      databases.add(target);
      const result = await engineRun(target, generated, sets, load, pages);
      unknown = result.unknown;
      engines.push(result);
      await target.dispose();
      databases.delete(target);
    }
    console.log(`Hello-world again, ${perTarget}`);
    const helloAfter = await helloWorld("hello-world (bare Fastify), again last");
    const results: Results = {
      date,
      settings,
      hello: [helloBefore, helloAfter],
      engines,
      catalogue: {
        services: DEMO_CATALOGUE.services.length,
        localVariants: DEMO_CATALOGUE.localVariants.length,
        institutions: DEMO_CATALOGUE.institutions.length,
        generated: generated.length,
        seed: SEED,
        generateMs,
      },
      relevanceSets: sets.map((set) => ({ name: set.name, queries: set.queries.length })),
      unknown,
      loadQueries: load,
      pagePaths: pages.length,
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
