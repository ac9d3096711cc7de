// `npm run bench`: Epak's throughput against a bare Fastify server, its start-up time and its
// memory, on this machine. Servers run in child processes; autocannon runs here. Settings:
// BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (3), BENCH_CONNECTIONS (10), BENCH_STARTS (3),
// BENCH_QUIET_WAIT_SECONDS (0; on a shared machine, how long to wait for other processes to leave
// the CPU alone before each measurement, and to repeat one they spoiled) and BENCH_DOCS=false to
// leave docs/performance.md alone. It reports against the targets; it never fails on them.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { loginAs } from "../test/harness/login.ts";
import { type LoadResult, type LoadSettings, measure } from "./load.ts";
import { markdown, type RenderTiming, type Results, type StartTiming, verdicts, writeDocs } from "./report.ts";
import { cpuSnapshot, memoryMiB, otherCores, ROOT, type Server, startEpak, startHelloWorld, stop, waitForQuiet } from "./servers.ts";

type Route = { label: string; path: string; loggedIn?: boolean };

const EPAK_ROUTES: Route[] = [
  { label: "front page `/` (Latvian)", path: "/" },
  { label: "front page `/en` (English)", path: "/en" },
  { label: "`/healthz`", path: "/healthz" },
  { label: "feedback form `/atsauksme` (rendered per request)", path: "/atsauksme" },
  { label: "logged in: `/` (session looked up and touched, page rendered per request)", path: "/", loggedIn: true },
  {
    label: "logged in: *Mani dati* `/konts` (session, register entry, sessions, history; an audit row per view)",
    path: "/konts",
    loggedIn: true,
  },
];

/** Logs a demo person in through the development identity provider; the session cookie as a header. */
async function sessionHeaders(server: Server): Promise<Record<string, string>> {
  const visitor = await loginAs(server.baseUrl, { personalCode: "15038413866", method: "eid" });
  const name = ["__Host-epak_session", "epak_session"].find((n) => visitor.cookie(n));
  if (!name) throw new Error("The bench login left no session cookie");
  return { cookie: `${name}=${visitor.cookie(name)}` };
}

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
const starts = Math.max(1, setting("BENCH_STARTS", 3));
const writeToDocs = !["false", "0", "no"].includes(process.env.BENCH_DOCS ?? "");

const running = new Set<Server>();

async function stopped(server: Server): Promise<void> {
  const code = await stop(server);
  running.delete(server);
  if (code !== 0) console.warn(`  (the server exited with code ${code}:\n${server.output()})`);
}

async function timedStart(dataDir: string, label: string): Promise<StartTiming> {
  await waitForQuiet(settings.quietWaitSeconds, []);
  const before = cpuSnapshot([]);
  const { server, readyMs, reportedMs } = await startEpak(dataDir);
  running.add(server);
  const backgroundCores = otherCores(before, cpuSnapshot([server.pid]));
  const peakMiB = memoryMiB(server.pid).peak;
  console.log(`  ${label}: ready after ${Math.round(readyMs)} ms (Epak says ${reportedMs ?? "?"} ms)`);
  await stopped(server);
  return { readyMs, reportedMs, peakMiB, backgroundCores };
}

async function helloWorld(label: string): Promise<LoadResult> {
  const server = await startHelloWorld();
  running.add(server);
  const result = await measure(label, `${server.baseUrl}/`, server.pid, settings);
  await stopped(server);
  return result;
}

async function expectPage(server: Server, path: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(`${server.baseUrl}${path}`, { headers, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status} before the load:\n${body.slice(0, 500)}`);
}

/** bench/render.ts needs the .tsx loader, so it runs in a process of its own. */
async function renderTiming(): Promise<RenderTiming> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "./src/platform/runtime/register-tsx.ts", "bench/render.ts"],
    {
      cwd: ROOT,
      timeout: 60_000,
    },
  );
  return JSON.parse(stdout) as RenderTiming;
}

async function main(): Promise<void> {
  const date = new Date();
  const dataDir = await mkdtemp(join(tmpdir(), "epak-bench-"));
  const perTarget = `${settings.warmupSeconds} s warm-up + ${settings.seconds} s`;
  try {
    console.log(`Hello-world (bare Fastify), ${perTarget}`);
    const helloBefore = await helloWorld("hello-world (bare Fastify), first");

    console.log(`Start-up of node bin/epak.js start, data in ${dataDir}`);
    const firstStart = await timedStart(dataDir, "first, empty data directory");
    const restarts: StartTiming[] = [];
    for (let i = 1; i <= starts; i++) restarts.push(await timedStart(dataDir, `again (${i}/${starts})`));

    console.log(`Epak under load, ${perTarget} per route`);
    const { server: epak } = await startEpak(dataDir);
    running.add(epak);
    const session = await sessionHeaders(epak);
    const headersOf = (route: Route) => (route.loggedIn ? session : {});
    for (const route of EPAK_ROUTES) await expectPage(epak, route.path, headersOf(route));
    await sleep(1000);
    const afterStart = memoryMiB(epak.pid).rss;
    const epakResults: LoadResult[] = [];
    for (const route of EPAK_ROUTES) {
      console.log(`  ${route.path}`);
      epakResults.push(await measure(route.label, `${epak.baseUrl}${route.path}`, epak.pid, settings, headersOf(route)));
    }
    const { rss: afterLoad, peak } = memoryMiB(epak.pid);
    await stopped(epak);

    console.log(`Hello-world again, ${perTarget}`);
    const helloAfter = await helloWorld("hello-world (bare Fastify), again last");

    console.log("Rendering the front page alone");
    const render = await renderTiming();

    const results: Results = {
      date,
      settings,
      helloWorld: [helloBefore, helloAfter],
      epak: epakResults,
      firstStart,
      restarts,
      memory: { afterStart, afterLoad, peak },
      render,
    };
    const block = markdown(results);
    console.log(`\n${block}`);
    if (writeToDocs) console.log(`Written to ${writeDocs(block)}`);
    console.log(verdicts(results).join("\n"));
  } finally {
    for (const server of running) await stop(server);
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
