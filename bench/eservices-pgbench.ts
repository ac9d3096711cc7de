// pgbench's TPC-B-like load on the PostgreSQL server the e-services benchmark submits to: the
// server's own ceiling for short write transactions, measured in the same run so that the
// submission figure can be read against it. Its tables go into a scratch database of their own
// (`epak_pgbench_<time>`), created through the administrative connection and dropped afterwards.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import pg from "pg";

export type PgbenchResult =
  | {
      measured: true;
      tps: number;
      latencyMs: number | null;
      scale: number;
      clients: number;
      threads: number;
      seconds: number;
      initMs: number;
    }
  | { measured: false; reason: string };

const PGBENCH = process.env.BENCH_PGBENCH || "/usr/bin/pgbench";
const THREADS = 2;

async function admin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** libpq's environment for the server adminUrl names, so that no password appears on a command line. */
function libpqEnv(adminUrl: string, database: string): NodeJS.ProcessEnv {
  const url = new URL(adminUrl);
  return {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || "5432",
    PGUSER: decodeURIComponent(url.username || "postgres"),
    ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}),
    PGDATABASE: database,
  };
}

function run(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(PGBENCH, args, { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`pgbench ${args.join(" ")} failed: ${error.message}\n${stderr}`));
      else resolve(`${stdout}\n${stderr}`);
    });
  });
}

/**
 * `pgbench -i -s <scale>` into a fresh scratch database, then `pgbench -b tpcb-like -c <clients>
 * -j 2 -T <seconds> -n`; "not measured" with the reason when pgbench or the server is missing.
 */
export async function measurePgbench(adminUrl: string, clients: number, seconds: number, scale: number): Promise<PgbenchResult> {
  if (!existsSync(PGBENCH)) return { measured: false, reason: `${PGBENCH} is not installed` };
  const name = `epak_pgbench_${Date.now()}`;
  try {
    await admin(adminUrl, `create database ${name}`);
  } catch (error) {
    return { measured: false, reason: `could not create a database for pgbench: ${(error as Error).message}` };
  }
  try {
    const env = libpqEnv(adminUrl, name);
    const initStarted = performance.now();
    await run(["-i", "-q", "-s", String(scale)], env, 600_000);
    const initMs = performance.now() - initStarted;
    const threads = Math.min(THREADS, clients);
    const output = await run(
      ["-b", "tpcb-like", "-c", String(clients), "-j", String(threads), "-T", String(seconds), "-n"],
      env,
      (seconds + 120) * 1000,
    );
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1];
    if (!tps) return { measured: false, reason: `no "tps = …" in pgbench's output:\n${output}` };
    const latency = /latency average = ([\d.]+) ms/.exec(output)?.[1];
    return { measured: true, tps: Number(tps), latencyMs: latency ? Number(latency) : null, scale, clients, threads, seconds, initMs };
  } catch (error) {
    return { measured: false, reason: (error as Error).message };
  } finally {
    await admin(adminUrl, `drop database if exists ${name} with (force)`).catch((error: Error) =>
      console.warn(`  (clean-up: ${error.message})`),
    );
  }
}
