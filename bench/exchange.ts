// `npm run bench:exchange`: the data-exchange bus gateway against calling the same provider
// directly, in the same run, with the message log on. The provider (the demo population register)
// runs as a separate bare Fastify process (bench/provider-server.ts); Epak runs in production mode
// on an embedded database prepared here, its persons service pointed at that provider. Measured:
// direct, gateway, direct again (drift), a refused call (403, no grant), and direct and gateway at
// one connection (latency without queueing). Afterwards the message log is counted and its hash
// chain verified. Settings as `npm run bench`: BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (3),
// BENCH_CONNECTIONS (10), BENCH_QUIET_WAIT_SECONDS (0), BENCH_DOCS=false. It reports against the
// targets; it never fails on them.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type LoadResult, type LoadSettings, measure } from "./load.ts";
import { machine } from "./report.ts";
import { cpuSeconds, ROOT, type Server, startEpak, stop } from "./servers.ts";

// src/app/modules.ts reaches .tsx pages, which need the JSX loader registered before they load.
await import("../src/platform/runtime/register-tsx.ts");
const { openDatabase } = await import("../src/platform/db/database.ts");
const { migrate } = await import("../src/platform/db/migrations.ts");
const { seedDemoData } = await import("../src/app/seed.ts");
const { modules } = await import("../src/app/modules.ts");
const { exchangeKeys, verifyMessageLog, REGISTER_SERVICES, EPAK_SYSTEMS } = await import("../src/modules/exchange/index.ts");
const { DEMO_PROVIDERS, providerSystem } = await import("../src/simulators/demo-registers.ts");

export const GATEWAY_THROUGHPUT_TARGET = 0.5;
export const ADDED_P50_TARGET_MS = 2;

const SERVICE = REGISTER_SERVICES.persons;
const CLIENT = EPAK_SYSTEMS.informative;
/** A seeded consumer with no grant for SERVICE: its calls are refused with 403. */
const UNGRANTED_CLIENT = "LV/GOV/VP/kriminalizmeklesana";
const PERSON = "15038413866";
const START_TIMEOUT_MS = 60_000;
const MARK_START = "<!-- bench:exchange:start (written by `npm run bench:exchange`; edit only outside this pair) -->";
const MARK_END = "<!-- bench:exchange:end -->";
/** `npm run bench` rewrites everything below its marker, so this section goes above it. */
const BENCH_MARKER = "<!-- Everything below this line is written by `npm run bench`; edit only above it. -->";

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
  connections: Math.max(1, setting("BENCH_CONNECTIONS", 10)),
  quietWaitSeconds: setting("BENCH_QUIET_WAIT_SECONDS", 0),
};
const single: LoadSettings = { ...settings, connections: 1 };
const writeToDocs = !["false", "0", "no"].includes(process.env.BENCH_DOCS ?? "");

const running = new Set<Server>();

async function stopped(server: Server): Promise<number | null> {
  const code = await stop(server);
  running.delete(server);
  if (code !== 0) console.warn(`  (a server exited with code ${code}:\n${server.output()})`);
  return code;
}

async function stopAll(): Promise<void> {
  await Promise.all([...running].map((server) => stop(server)));
  running.clear();
}

/** The provider as an outside system: bench/provider-server.ts in a process of its own. */
async function startProvider(keys: Record<string, string>): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ["bench/provider-server.ts"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", BENCH_PROVIDER_KEYS: JSON.stringify(keys) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error("could not start bench/provider-server.ts");
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const server: Server = { child, pid: child.pid, baseUrl: "", output: () => output };
  running.add(server);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!/^\d+\n/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the provider server did not start:\n${output}`);
    await sleep(20);
  }
  server.baseUrl = `http://127.0.0.1:${Number.parseInt(output, 10)}`;
  return server;
}

type Prepared = { providerKey: string; consumerSecret: string; ungrantedSecret: string };

/** Migrates and seeds the data directory and points the service at the provider's absolute URL. */
async function prepare(dataDir: string, startProviderWith: (key: string) => Promise<Server>): Promise<Prepared & { provider: Server }> {
  const database = await openDatabase({ kind: "pglite", dataDir });
  try {
    await migrate(database.db);
    await seedDemoData(database.db, modules);
    const keys = await exchangeKeys(database.db);
    const population = DEMO_PROVIDERS.find((p) => SERVICE.startsWith(`${providerSystem(p)}/`));
    if (!population) throw new Error(`no demo provider publishes ${SERVICE}`);
    const providerKey = keys.providerKey(providerSystem(population));
    const provider = await startProviderWith(providerKey);
    const baseUrl = `${provider.baseUrl}${population.prefix}/persons`;
    const updated = await database.db
      .updateTable("exchange.provider_service")
      .set({ base_url: baseUrl })
      .where("service_id", "=", SERVICE)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new Error(`${SERVICE} is not registered in the seeded database`);
    const before = await countLog(database.db);
    if (before.total !== 0) throw new Error(`the fresh message log already has ${before.total} rows`);
    return {
      provider,
      providerKey,
      consumerSecret: keys.ownConsumerSecret(CLIENT),
      ungrantedSecret: keys.ownConsumerSecret(UNGRANTED_CLIENT),
    };
  } finally {
    // PGlite allows one process per data directory: Epak opens it next.
    await database.close();
  }
}

type Db = Awaited<ReturnType<typeof openDatabase>>["db"];

async function countLog(db: Db): Promise<{ total: number; byStatus: Record<string, number> }> {
  const rows = await db
    .selectFrom("exchange.message_log")
    .select((eb) => ["status", eb.fn.countAll<number>().as("n")])
    .groupBy("status")
    .execute();
  const byStatus = Object.fromEntries(rows.map((r) => [String(r.status), Number(r.n)]));
  return { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus };
}

async function expectStatus(label: string, url: string, headers: Record<string, string>, status: number): Promise<string> {
  const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(10_000) });
  const body = await response.text();
  if (response.status !== status)
    throw new Error(`${label} answered ${response.status}, not ${status}, before the load:\n${body.slice(0, 500)}`);
  return body;
}

/** Cores each process used over a whole measure() call (warm-up included: the load is the same throughout). */
type Row = LoadResult & { providerCores: number; loadGeneratorCores: number };

async function measured(
  label: string,
  url: string,
  server: Server,
  others: { provider: Server },
  load: LoadSettings,
  headers: Record<string, string>,
): Promise<Row> {
  console.log(`  ${label}`);
  const started = performance.now();
  const own = process.cpuUsage();
  const provider = cpuSeconds(others.provider.pid);
  const result = await measure(label, url, server.pid, load, headers);
  const elapsed = (performance.now() - started) / 1000;
  const ownUsed = process.cpuUsage(own);
  return {
    ...result,
    providerCores: (cpuSeconds(others.provider.pid) - provider) / elapsed,
    loadGeneratorCores: (ownUsed.user + ownUsed.system) / 1e6 / elapsed,
  };
}

type Results = {
  date: Date;
  direct: [Row, Row];
  gateway: Row;
  refused: Row;
  directSingle: Row;
  gatewaySingle: Row;
  log: { total: number; byStatus: Record<string, number>; verified: number; broken: string | null };
  epakExit: number | null;
};

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
/** Whole percent, with one decimal below 10 % so that a small share does not read as 0 %. */
const percent = (ratio: number) => `${(ratio * 100).toFixed(Math.abs(ratio) < 0.1 ? 1 : 0)} %`;

function row(r: Row, target: string): string {
  const codes = Object.entries(r.statusCodes)
    .map(([code, count]) => `${count}×${code}`)
    .join(", ");
  // Over a whole measure() call: with BENCH_QUIET_WAIT_SECONDS that includes waiting and repeated tries.
  const cores = (n: number) => (settings.quietWaitSeconds > 0 ? "–" : fixed(n, 2));
  return `| ${r.label} | ${target} | ${Math.round(r.requestsPerSecond)} | ${fixed(r.p50, 2)} | ${fixed(r.p90, 2)} | ${fixed(r.p99, 2)} | ${r.errors} | ${codes} | ${Math.round(r.bytesPerResponse)} | ${percent(r.serverCpu)} | ${Math.round(r.cpuPerRequest)} | ${cores(r.providerCores)} | ${cores(r.loadGeneratorCores)} | ${r.backgroundCores.toFixed(2)} |`;
}

function figures(results: Results) {
  const [first, again] = results.direct;
  const directRps = (first.requestsPerSecond + again.requestsPerSecond) / 2;
  const directP50 = (first.p50 + again.p50) / 2;
  return {
    directRps,
    ratio: results.gateway.requestsPerSecond / directRps,
    addedP50: results.gateway.p50 - directP50,
    addedP99: results.gateway.p99 - (first.p99 + again.p99) / 2,
    drift: again.requestsPerSecond / first.requestsPerSecond - 1,
    addedP50Single: results.gatewaySingle.p50 - results.directSingle.p50,
    addedP99Single: results.gatewaySingle.p99 - results.directSingle.p99,
  };
}

export function verdicts(results: Results): string[] {
  const f = figures(results);
  const { connections } = settings;
  const pass = (ok: boolean) => (ok ? "PASS" : "FAIL");
  return [
    `${pass(f.ratio >= GATEWAY_THROUGHPUT_TARGET)}: gateway throughput ${Math.round(results.gateway.requestsPerSecond)} req/s is ${percent(f.ratio)} of calling the provider directly (${Math.round(f.directRps)} req/s, mean of the two direct runs), ${connections} connections (target at least ${percent(GATEWAY_THROUGHPUT_TARGET)})`,
    `${pass(f.addedP50 <= ADDED_P50_TARGET_MS)}: added p50 latency ${fixed(f.addedP50, 2)} ms at ${connections} connections, the load of the throughput figure (target at most ${ADDED_P50_TARGET_MS} ms)`,
    `${pass(f.addedP50Single <= ADDED_P50_TARGET_MS)}: added p50 latency ${fixed(f.addedP50Single, 2)} ms at 1 connection, without queueing (target at most ${ADDED_P50_TARGET_MS} ms)`,
    `${results.log.broken === null && results.log.verified === results.log.total ? "PASS" : "FAIL"}: message log: ${results.log.total} rows, hash chain ${results.log.broken === null ? `holds over all ${results.log.verified}` : `broken (${results.log.broken})`}`,
  ];
}

export function markdown(results: Results): string {
  const f = figures(results);
  const byStatus = Object.entries(results.log.byStatus)
    .map(([status, n]) => `${n} × ${status}`)
    .join(", ");
  return `## Data-exchange bus gateway

Run on ${results.date.toISOString().slice(0, 16).replace("T", " ")} UTC with \`npm run bench:exchange\` (\`bench/exchange.ts\`). Machine: ${machine()}.

The provider is the demo population register, mounted with \`mountProvider\` in a bare Fastify process of its own
(\`bench/provider-server.ts\`), answering only the bus's provider key. Epak runs as \`npm run bench\` runs it
(production mode, embedded PGlite, demo registers not mounted), its service \`${SERVICE}\` pointed at that
process. "Direct" is \`GET <provider>/registri/iedzivotaji/persons/${PERSON}\` with the provider key; "gateway" is
\`GET <epak>/r1/${SERVICE}/${PERSON}\` as \`${CLIENT}\` with its secret: authentication, grant check,
forwarding over a keep-alive connection, and a hash-chained message-log row committed (group commit) before the
answer leaves. "Refused" is the same call from \`${UNGRANTED_CLIENT}\`, which has no grant for the service (403,
logged too).

autocannon on 127.0.0.1 from the benchmark's own process, no pipelining, ${settings.warmupSeconds} s warm-up (not counted), then
${settings.seconds} s per target, in the order of the table${settings.quietWaitSeconds > 0 ? `, each the least disturbed of the tries made within ${settings.quietWaitSeconds} s (BENCH_QUIET_WAIT_SECONDS)` : ""}.
Latency percentiles are over every response, in milliseconds. Server CPU is the share of one core the measured
server (the provider in direct rows, Epak in gateway rows) used while measured; CPU µs/request is that time
divided by the requests answered. Provider and autocannon cores are the share of a core each used over the
warm-up and the measurement together (shown only without BENCH_QUIET_WAIT_SECONDS, whose waiting would dilute
them): with the provider, Epak and autocannon sharing ${cpus().length} cores, a gateway call pays for the provider's
work as well as Epak's. Background is load.ts's figure, cores kept busy by processes other than the measured
server and autocannon: in gateway rows it includes the provider; well above that means the machine was shared
and the row's figures are low and noisy.

| Target | via | req/s (mean) | p50 ms | p90 ms | p99 ms | errors | status codes | bytes/response | server CPU | CPU µs/request | provider cores | autocannon cores | background cores |
| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${row(results.direct[0], `direct, ${settings.connections} conn.`)}
${row(results.gateway, `gateway, ${settings.connections} conn.`)}
${row(results.direct[1], `direct again, ${settings.connections} conn.`)}
${row(results.refused, `gateway, ${settings.connections} conn.`)}
${row(results.directSingle, "direct, 1 conn.")}
${row(results.gatewaySingle, "gateway, 1 conn.")}

- Throughput: the gateway answered ${percent(f.ratio)} of the direct rate (${Math.round(results.gateway.requestsPerSecond)} against ${Math.round(f.directRps)} req/s, the mean of
  the two direct runs, which differed by ${percent(Math.abs(f.drift))}).
- Added latency at ${settings.connections} connections: p50 ${fixed(f.addedP50, 2)} ms, p99 ${fixed(f.addedP99, 2)} ms. Under a closed loop of
  ${settings.connections} connections the p50 is mostly queueing (about connections ÷ throughput), so it follows throughput.
- Added latency at 1 connection (no queueing, the cost of one call): p50 ${fixed(f.addedP50Single, 2)} ms, p99 ${fixed(f.addedP99Single, 2)} ms.
- Message log after the run (Epak stopped, data directory reopened): ${results.log.total} rows (${byStatus || "none"}), every
  gateway call of the run including warm-ups and the checks before the load; \`verifyMessageLog\` walked ${results.log.verified} rows
  and the chain ${results.log.broken === null ? "held over all of them" : `broke: ${results.log.broken}`}. Epak exited with code ${results.epakExit}.

Against the targets:

${verdicts(results)
  .map((v) => `- ${v}`)
  .join("\n")}
`;
}

async function writeDocs(block: string): Promise<string> {
  const path = join(ROOT, "docs", "performance.md");
  const current = await readFile(path, "utf8");
  const section = `${MARK_START}\n\n${block.trimEnd()}\n\n${MARK_END}`;
  const start = current.indexOf(MARK_START);
  const end = current.indexOf(MARK_END);
  let next: string;
  if (start !== -1 && end > start) next = `${current.slice(0, start)}${section}${current.slice(end + MARK_END.length)}`;
  else {
    const at = current.indexOf(BENCH_MARKER);
    next = at === -1 ? `${current.trimEnd()}\n\n${section}\n` : `${current.slice(0, at)}${section}\n\n${current.slice(at)}`;
  }
  await writeFile(path, next);
  return path;
}

async function main(): Promise<void> {
  const date = new Date();
  const dataDir = await mkdtemp(join(tmpdir(), "epak-bench-exchange-"));
  const perTarget = `${settings.warmupSeconds} s warm-up + ${settings.seconds} s`;
  try {
    console.log(`Preparing ${dataDir}: migrate, seed, provider, service address`);
    const prepared = await prepare(dataDir, (key) => startProvider({ population: key }));
    const { provider } = prepared;
    console.log(`  provider at ${provider.baseUrl}`);
    const { server: epak } = await startEpak(dataDir);
    running.add(epak);
    console.log(`  Epak at ${epak.baseUrl}`);

    const directUrl = `${provider.baseUrl}/registri/iedzivotaji/persons/${PERSON}`;
    const gatewayUrl = `${epak.baseUrl}/r1/${SERVICE}/${PERSON}`;
    const directHeaders = { authorization: `Bearer ${prepared.providerKey}` };
    const gatewayHeaders = { "x-road-client": CLIENT, authorization: `Bearer ${prepared.consumerSecret}` };
    const refusedHeaders = { "x-road-client": UNGRANTED_CLIENT, authorization: `Bearer ${prepared.ungrantedSecret}` };
    const directBody = await expectStatus("direct", directUrl, directHeaders, 200);
    const gatewayBody = await expectStatus("gateway", gatewayUrl, gatewayHeaders, 200);
    if (directBody !== gatewayBody) throw new Error(`the gateway's answer differs from the provider's:\n${gatewayBody}\n${directBody}`);
    await expectStatus("direct without the key", directUrl, {}, 401);
    await expectStatus("gateway without a grant", gatewayUrl, refusedHeaders, 403);

    const others = { provider };
    console.log(`Load, ${perTarget} per target`);
    const direct = await measured("direct to the provider", directUrl, provider, others, settings, directHeaders);
    const gateway = await measured("through the gateway", gatewayUrl, epak, others, settings, gatewayHeaders);
    const directAgain = await measured("direct to the provider, again", directUrl, provider, others, settings, directHeaders);
    const refused = await measured("through the gateway, refused (no grant, 403)", gatewayUrl, epak, others, settings, refusedHeaders);
    const directSingle = await measured("direct to the provider", directUrl, provider, others, single, directHeaders);
    const gatewaySingle = await measured("through the gateway", gatewayUrl, epak, others, single, gatewayHeaders);

    const epakExit = await stopped(epak);
    await stopped(provider);

    console.log("Counting and verifying the message log");
    const database = await openDatabase({ kind: "pglite", dataDir });
    let log: Results["log"];
    try {
      const counted = await countLog(database.db);
      const verdict = await verifyMessageLog(database.db);
      log = {
        ...counted,
        verified: verdict.rows,
        broken: verdict.broken ? `${verdict.broken.problem} at row ${verdict.broken.seq}` : null,
      };
    } finally {
      await database.close();
    }

    const results: Results = {
      date,
      direct: [direct, directAgain],
      gateway,
      refused,
      directSingle,
      gatewaySingle,
      log,
      epakExit,
    };
    const block = markdown(results);
    console.log(`\n${block}`);
    if (writeToDocs) console.log(`Written to ${await writeDocs(block)}`);
    console.log(verdicts(results).join("\n"));
  } finally {
    await stopAll();
    await rm(dataDir, { recursive: true, force: true });
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    // Stop the children (SIGKILL after stop()'s timeout), then leave.
    void stopAll().finally(() => process.exit(130));
  });
}

await main();
