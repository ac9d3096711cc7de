// The `epak` command: start, migrate, seed, catalogue import and export.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { exportCatalogue } from "../modules/catalog/jsonld/export.ts";
import { importJsonLd } from "../modules/catalog/jsonld/import.ts";
import { verifyMessageLog } from "../modules/exchange/index.ts";
import { systemContext } from "../platform/context.ts";
import { openDatabase } from "../platform/db/database.ts";
import { migrate } from "../platform/db/migrations.ts";
import { inTransaction } from "../platform/db/transaction.ts";
import type { Role } from "../platform/jobs/jobs.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { modules } from "./modules.ts";
import { seedDemoData } from "./seed.ts";
import { describeDatabase, start } from "./start.ts";

const USAGE = `Usage: epak <command>

Commands:
  start [--role web|worker|all]   migrate, load demo data into an empty database, and serve (default role: all)
  migrate                         apply pending database migrations
  seed                            load demo data that is not loaded yet
  exchange verify-log             check the data-exchange message log's hash chain; exit 1 at a broken link
  catalog export [--base URL]     write the published catalogue as CPSV-AP 3.2.0 JSON-LD to standard output
  catalog import FILE [--base URL]
                                  create or update institutions, services and events from CPSV-AP JSON-LD;
                                  on any problem, list them all and write nothing (exit 1)
                                  --base: the origin the catalogue's IRIs start with (default: PUBLIC_URL)
  help                            show this text

Configuration comes from environment variables: see docs/configuration.md.`;

const LOG_PROBLEMS = {
  content_changed: "its content no longer matches its hash",
  link_broken: "it does not point at the row before it",
  row_missing: "the row is missing",
  head_mismatch: "the chain ends elsewhere than the recorded head",
} as const;

const ROLES: Role[] = ["web", "worker", "all"];

const CATALOG_USAGE = "Usage: epak catalog export [--base URL] > catalog.jsonld\n       epak catalog import FILE [--base URL]";

type Tally = { created: number; updated: number; unchanged: number };

function describeImport(report: Record<string, Tally>): string {
  return Object.entries(report)
    .map(([what, t]) => `${what}: ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`)
    .join("; ");
}

async function withDatabase<T>(config: Config, fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const database = await openDatabase(config.database);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

export async function runCli(argv: string[]): Promise<number> {
  const [command = "help", ...rest] = argv;
  let config: Config;
  try {
    if (command === "help" || command === "--help" || command === "-h") {
      console.log(USAGE);
      return 0;
    }
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  switch (command) {
    case "start": {
      const { values } = parseArgs({ args: rest, options: { role: { type: "string", default: "all" } } });
      const role = values.role as Role;
      if (!ROLES.includes(role)) {
        console.error(`--role must be one of ${ROLES.join(", ")}; got "${values.role}"`);
        return 1;
      }
      await start(config, role);
      return 0;
    }
    case "migrate":
      return withDatabase(config, async ({ db }) => {
        const applied = await migrate(db);
        console.log(`${describeDatabase(config)}: ${applied.length ? `applied ${applied.join(", ")}` : "already up to date"}`);
        return 0;
      });
    case "seed":
      return withDatabase(config, async ({ db }) => {
        await migrate(db);
        const seeded = await seedDemoData(db, modules);
        console.log(seeded.length ? `Loaded demo data of: ${seeded.join(", ")}` : "Demo data is already loaded");
        return 0;
      });
    case "exchange":
      if (rest[0] !== "verify-log") break;
      return withDatabase(config, async ({ db }) => {
        const verdict = await verifyMessageLog(db);
        if (!verdict.broken) {
          console.log(`Message log intact: ${verdict.rows} rows, every link holds`);
          return 0;
        }
        console.error(
          `Message log broken at row ${verdict.broken.seq}: ${LOG_PROBLEMS[verdict.broken.problem]} (${verdict.rows} rows before it hold)`,
        );
        return 1;
      });
    case "catalog":
      return catalogCommand(config, rest);
  }
  console.error(`Unknown command "${argv.join(" ")}".\n\n${USAGE}`);
  return 1;
}

async function catalogCommand(config: Config, args: string[]): Promise<number> {
  let parsed: { values: { base?: string }; positionals: string[] };
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { base: { type: "string" } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${CATALOG_USAGE}`);
    return 1;
  }
  const base = parsed.values.base ?? config.publicUrl;
  const [action, file, ...extra] = parsed.positionals;
  if (action === "export" && !file)
    return withDatabase(config, async ({ db }) => {
      await migrate(db);
      // Standard output carries the document and nothing else, so it can be redirected to a file.
      process.stdout.write(await exportCatalogue(db, { base }));
      return 0;
    });
  if (action !== "import" || !file || extra.length) {
    console.error(CATALOG_USAGE);
    return 1;
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  return withDatabase(config, async ({ db }) => {
    await migrate(db);
    const result = await inTransaction(db, (trx) => importJsonLd(systemContext("catalog-import", trx), text, { base }));
    if (result.ok) {
      console.log(describeImport(result.report));
      return 0;
    }
    console.error(`Nothing was imported from ${file}: ${result.problems.length} problem(s).`);
    for (const p of result.problems) console.error(`  ${p.message}`);
    return 1;
  });
}
