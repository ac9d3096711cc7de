// The servers under test, each in a child process of its own so that the load generator never
// shares their event loop, and what Linux says about those processes (/proc).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { freePort } from "../test/harness/process.ts";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export type Server = { child: ChildProcess; pid: number; baseUrl: string; output: () => string };

export type EpakStart = {
  server: Server;
  /** From spawn until /readyz answered 200. */
  readyMs: number;
  /** The "ready in N ms" Epak prints itself: open, migrate, seed, listen, without Node's own start-up. */
  reportedMs: number | null;
};

function launch(args: string[], env: NodeJS.ProcessEnv, baseUrl: string): Server {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  if (child.pid === undefined) throw new Error(`could not start ${args.join(" ")}`);
  return { child, pid: child.pid, baseUrl, output: () => output };
}

export async function startHelloWorld(nodeFlags: string[] = []): Promise<Server> {
  const server = launch([...nodeFlags, "bench/hello-server.ts"], process.env, "");
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!/^\d+\n/.test(server.output())) {
    if (server.child.exitCode !== null || Date.now() > deadline) throw new Error(`hello-world server did not start:\n${server.output()}`);
    await sleep(20);
  }
  server.baseUrl = `http://127.0.0.1:${Number.parseInt(server.output(), 10)}`;
  return server;
}

/** Production settings on an embedded PGlite in dataDir; whatever DATABASE_URL the shell has is ignored. */
export function epakEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    LOG_LEVEL: "silent",
    EPAK_DATA_DIR: dataDir,
    DATABASE_URL: "",
    HOST: "127.0.0.1",
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    // The logged-in pages are measured with a session from the development identity provider.
    DEV_IDP: "true",
    // The front page as a visitor of the demo sees it, site notice included.
    EPAK_DEMO_DATA: "true",
    // 10 connections from one address would hit the 300-a-minute limit in a fraction of a second;
    // the limiter still runs on every request, it just never says no.
    RATE_LIMIT_MAX: "1000000000",
  };
}

/** `env` overrides epakEnv's settings, e.g. DATABASE_URL to run on PostgreSQL. */
export async function startEpak(dataDir: string, nodeFlags: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<EpakStart> {
  const port = await freePort();
  const started = performance.now();
  const server = launch([...nodeFlags, "bin/epak.js", "start"], { ...epakEnv(dataDir, port), ...env }, `http://127.0.0.1:${port}`);
  await waitUntilReady(server);
  const readyMs = performance.now() - started;
  // The line is printed right after listen; give the pipe a moment to deliver it.
  const deadline = Date.now() + 1000;
  let reported = /ready in (\d+) ms/.exec(server.output());
  while (!reported && Date.now() < deadline) {
    await sleep(10);
    reported = /ready in (\d+) ms/.exec(server.output());
  }
  return { server, readyMs, reportedMs: reported ? Number(reported[1]) : null };
}

async function waitUntilReady(server: Server): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`Epak exited with code ${server.child.exitCode}:\n${server.output()}`);
    const status = await fetch(`${server.baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
      async (response) => {
        await response.arrayBuffer();
        return response.status;
      },
      () => 0,
    );
    if (status === 200) return;
    await sleep(20);
  }
  throw new Error(`Epak did not answer /readyz with 200 within ${READY_TIMEOUT_MS} ms:\n${server.output()}`);
}

/** SIGTERM, as an orchestrator would; SIGKILL if the process has not gone after the timeout. */
export async function stop(server: Server): Promise<number | null> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  const [code] = (await exited) as [number | null];
  clearTimeout(timer);
  return code;
}

/** Resident and peak resident memory in MiB, from /proc/<pid>/status. */
export function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rss: kib("VmRSS") / 1024, peak: kib("VmHWM") / 1024 };
}

const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

function statFields(pid: number | "self"): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The fields after the command name, which is in parentheses and may itself contain spaces.
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** CPU seconds (user + system) the process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** CPU seconds of this process and of its children that have exited. */
function ownAndExitedChildrenSeconds(): number {
  const fields = statFields("self");
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

function cpuTimes(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - (ticks[3] ?? 0) - (ticks[4] ?? 0), total };
}

export type CpuSnapshot = { machineBusy: number; machineTotal: number; ours: number };

/** CPU used so far by the machine, and by this process, its exited children and the given running ones. */
export function cpuSnapshot(pids: number[]): CpuSnapshot {
  const machine = cpuTimes();
  const ours = pids.reduce((sum, pid) => sum + cpuSeconds(pid), ownAndExitedChildrenSeconds());
  return { machineBusy: machine.busy / CLOCK_TICKS, machineTotal: machine.total / CLOCK_TICKS, ours };
}

/** How many cores processes outside the snapshots' own kept busy between the two. */
export function otherCores(before: CpuSnapshot, after: CpuSnapshot): number {
  const elapsed = (after.machineTotal - before.machineTotal) / availableParallelism();
  const others = after.machineBusy - before.machineBusy - (after.ours - before.ours);
  return Math.max(0, others / Math.max(0.001, elapsed));
}

/** Below this many cores busy with other processes, the machine counts as quiet. */
export const QUIET_CORES = 0.2;

/** Waits, up to maxSeconds, for a second in which other processes keep less than QUIET_CORES busy. */
export async function waitForQuiet(maxSeconds: number, pids: number[]): Promise<void> {
  const deadline = Date.now() + maxSeconds * 1000;
  while (Date.now() < deadline) {
    const before = cpuSnapshot(pids);
    await sleep(1000);
    if (otherCores(before, cpuSnapshot(pids)) < QUIET_CORES) return;
  }
}
