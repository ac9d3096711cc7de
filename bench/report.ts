// The results as markdown, printed and written below the hand-written part of docs/performance.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, release, totalmem } from "node:os";
import { join } from "node:path";
import type { LoadResult, LoadSettings } from "./load.ts";
import { ROOT } from "./servers.ts";

export const FRONT_PAGE_TARGET = 0.5;
export const STARTUP_TARGET_MS = 5000;

export type StartTiming = {
  readyMs: number;
  reportedMs: number | null;
  /** VmHWM of the process when it became ready. */
  peakMiB: number;
  /** Cores kept busy by processes other than the benchmark's while it started. */
  backgroundCores: number;
};

export type RenderTiming = Record<string, { microsecondsPerRender: number; characters: number }>;

export type Results = {
  date: Date;
  settings: LoadSettings;
  /** Measured first and again last: the ceiling is their mean, and their difference shows drift. */
  helloWorld: [LoadResult, LoadResult];
  /** The front-page verdict covers every route whose label starts with "front page". */
  epak: LoadResult[];
  firstStart: StartTiming;
  restarts: StartTiming[];
  memory: { afterStart: number; afterLoad: number; peak: number };
  render: RenderTiming;
};

const MARKER = "<!-- Everything below this line is written by `npm run bench`; edit only above it. -->";

const DEFAULT_INTRO = `# Performance

How fast Epak serves and starts on one machine, against a bare Fastify server on the same machine.
Reproduce with \`npm run bench\`.
`;

export function machine(): string {
  const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpus()[0]?.model ?? "unknown CPU";
  const gib = (totalmem() / 1024 ** 3).toFixed(1);
  return `${model}, ${cpus().length} cores, ${gib} GiB memory, Linux ${release()}, Node ${process.version}`;
}

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function ceiling(results: Results): number {
  const [before, after] = results.helloWorld;
  return (before.requestsPerSecond + after.requestsPerSecond) / 2;
}

function loadRow(r: LoadResult, ceiling: number): string {
  const codes = Object.entries(r.statusCodes)
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, count]) => `${count}×${code}`)
    .join(", ");
  return `| ${r.label} | ${Math.round(r.requestsPerSecond)} | ${fixed(r.p50, 2)} | ${fixed(r.p90, 2)} | ${fixed(r.p99, 2)} | ${r.errors} | ${r.non2xx}${codes ? ` (${codes})` : ""} | ${Math.round(r.bytesPerResponse)} | ${percent(r.serverCpu)} | ${Math.round(r.cpuPerRequest)} | ${r.backgroundCores.toFixed(2)} | ${percent(r.requestsPerSecond / ceiling)} |`;
}

export function verdicts(results: Results): string[] {
  const hello = ceiling(results);
  const pages = results.epak.filter((r) => r.label.startsWith("front page"));
  const startup = median(results.restarts.map((s) => s.readyMs));
  return [
    ...pages.map((r) => {
      const ratio = r.requestsPerSecond / hello;
      return `${ratio >= FRONT_PAGE_TARGET ? "PASS" : "FAIL"}: ${r.label} at ${percent(ratio)} of hello-world req/s (target at least ${percent(FRONT_PAGE_TARGET)})`;
    }),
    `${startup < STARTUP_TARGET_MS ? "PASS" : "FAIL"}: start on an existing data directory, median ${seconds(startup)} until /readyz answers (target under ${seconds(STARTUP_TARGET_MS)})`,
  ];
}

function startRow(label: string, s: StartTiming): string {
  const reported = s.reportedMs === null ? "–" : seconds(s.reportedMs);
  return `| ${label} | ${seconds(s.readyMs)} | ${reported} | ${s.peakMiB.toFixed(0)} MiB | ${s.backgroundCores.toFixed(2)} |`;
}

export function markdown(results: Results): string {
  const { settings, helloWorld, memory } = results;
  const rows = [helloWorld[0], ...results.epak, helloWorld[1]];
  const renders = Object.entries(results.render)
    .map(([locale, r]) => `${locale} ${Math.round(r.microsecondsPerRender)} µs per render (${r.characters} characters)`)
    .join(", ");
  return `## Results of the last run

Run on ${results.date.toISOString().slice(0, 16).replace("T", " ")} UTC with \`npm run bench\`. Machine: ${machine()}.

### Throughput and latency

autocannon on 127.0.0.1, ${settings.connections} connections, no pipelining, ${settings.warmupSeconds} s warm-up (not counted), then ${settings.seconds} s per target.
Latency percentiles are over every response, in milliseconds. Server CPU is the share of one core the server
process used while measured; CPU µs/request is that time divided by the requests answered. Background is how
many cores processes other than the server and autocannon kept busy meanwhile: well above 0 means the
machine was shared and that row's figures are low and noisy. The bare Fastify server is measured first and
again last; "vs hello-world" compares with the mean of the two, and the gap between them shows how much the
machine itself drifted during the run.

| Target | req/s (mean) | p50 ms | p90 ms | p99 ms | errors | non-2xx | bytes/response | server CPU | CPU µs/request | background cores | vs hello-world |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((r) => loadRow(r, ceiling(results))).join("\n")}

### Start-up

From spawning \`node bin/epak.js start\` until \`/readyz\` answers 200. Epak's own figure is the "ready in N ms"
it prints: opening the database, migrating, seeding and listening, without starting Node and loading the code.
Peak memory is the process's VmHWM when it became ready.

| Start | until /readyz 200 | Epak's own figure | peak memory | background cores |
| --- | ---: | ---: | ---: | ---: |
${startRow("first, empty data directory (creates, migrates, seeds)", results.firstStart)}
${results.restarts.map((s, i) => startRow(`again, existing data directory (${i + 1})`, s)).join("\n")}
| **median on an existing data directory** | **${seconds(median(results.restarts.map((s) => s.readyMs)))}** | | | |

### Memory

Resident memory (VmRSS) of the Epak server that took the load: ${memory.afterStart.toFixed(0)} MiB a second after it was ready,
${memory.afterLoad.toFixed(0)} MiB after the load; its peak (VmHWM) was ${memory.peak.toFixed(0)} MiB.

### Rendering alone

The front page rendered to a string in a loop, without HTTP (\`bench/render.ts\`): ${renders}.

### Against the targets

${verdicts(results)
  .map((v) => `- ${v}`)
  .join("\n")}
`;
}

export function writeDocs(block: string): string {
  const path = join(ROOT, "docs", "performance.md");
  const current = existsSync(path) ? readFileSync(path, "utf8") : DEFAULT_INTRO;
  const at = current.indexOf(MARKER);
  const intro = at === -1 ? `${current.trimEnd()}\n\n` : current.slice(0, at);
  writeFileSync(path, `${intro}${MARKER}\n\n${block}`);
  return path;
}
