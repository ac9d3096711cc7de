// The e-services benchmark's results as markdown, printed and written between its own pair of
// markers in docs/performance.md (above the part `npm run bench` rewrites).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PgbenchResult } from "./eservices-pgbench.ts";
import type { SubmissionResult, SubmitSettings } from "./eservices-submit.ts";
import type { LoadResult, LoadSettings } from "./load.ts";
import { machine } from "./report.ts";
import { ROOT } from "./servers.ts";

export const SUBMIT_TARGET = 0.3;
export const PAGE_TARGET = 0.25;

type Failed = { error: string };

export type EngineRun = {
  engine: "PGlite" | "PostgreSQL";
  serverVersion: string;
  page: LoadResult | Failed;
  /** PostgreSQL only. */
  submission?: SubmissionResult | Failed;
  pgbench?: PgbenchResult;
};

export type Results = {
  date: Date;
  pageSettings: LoadSettings;
  submitSettings: SubmitSettings;
  pgbenchScale: number;
  hello: [LoadResult, LoadResult];
  engines: (EngineRun | { engine: string; unavailable: string })[];
  service: string;
  page: string;
};

const MARK_START = "<!-- bench:eservices:start (written by `npm run bench:eservices`; edit only outside this pair) -->";
const MARK_END = "<!-- bench:eservices:end -->";
/** `npm run bench` rewrites everything below its marker, so this section goes above it. */
const BENCH_MARKER = "<!-- Everything below this line is written by `npm run bench`; edit only above it. -->";

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
/** Whole percent, with one decimal below 10 % so that a small share does not read as 0 %. */
const percent = (ratio: number) => (Number.isFinite(ratio) ? `${(ratio * 100).toFixed(Math.abs(ratio) < 0.1 ? 1 : 0)} %` : "–");
const failed = <T extends object>(r: T | Failed | undefined): r is Failed => r !== undefined && "error" in r;
const measuredEngine = (e: Results["engines"][number]): e is EngineRun => !("unavailable" in e);

/** Answers with a 2xx status per second: a 503 from the load shedder or a redirect to the login is no page. */
export function okPerSecond(r: LoadResult): number {
  const counts = Object.entries(r.statusCodes);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const ok = counts.reduce((sum, [code, n]) => sum + (code.startsWith("2") ? n : 0), 0);
  return total === 0 ? 0 : (r.requestsPerSecond * ok) / total;
}

export function ceiling(results: Results): number {
  return (okPerSecond(results.hello[0]) + okPerSecond(results.hello[1])) / 2;
}

function loadRow(r: LoadResult, engine: string, hello: number): string {
  const codes = Object.entries(r.statusCodes)
    .map(([code, count]) => `${count}×${code}`)
    .join(", ");
  return `| ${r.label} | ${engine} | ${Math.round(r.requestsPerSecond)} | ${Math.round(okPerSecond(r))} | ${fixed(r.p50, 2)} | ${fixed(r.p90, 2)} | ${fixed(r.p99, 2)} | ${r.errors} | ${codes} | ${Math.round(r.bytesPerResponse)} | ${percent(r.serverCpu)} | ${Math.round(r.cpuPerRequest)} | ${r.backgroundCores.toFixed(2)} | ${percent(okPerSecond(r) / hello)} |`;
}

function submissionVerdict(e: EngineRun): string | null {
  if (e.submission === undefined) return null;
  if (failed(e.submission)) return `NOT MEASURED: ${e.engine}, submissions (${e.submission.error.split("\n")[0]})`;
  const s = e.submission;
  const problems = [
    s.errors ? `${s.errors} failed, the first: ${s.firstError}` : "",
    s.ranOut ? "the drafts ran out before the time was up" : "",
  ].filter(Boolean);
  const also = problems.length ? `; ${problems.join("; ")}` : "";
  const pgbench = e.pgbench;
  if (!pgbench?.measured) {
    return `NOT MEASURED: ${e.engine}, submissions ${fixed(s.tps, 1)}/s at ${s.connections} connections, p95 ${fixed(s.latency.p95, 1)} ms; pgbench not measured (${pgbench ? pgbench.reason.split("\n")[0] : "not run"})${also}`;
  }
  const ratio = s.tps / pgbench.tps;
  const pass = ratio >= SUBMIT_TARGET && s.errors === 0;
  return `${pass ? "PASS" : "FAIL"}: ${e.engine}, submissions ${fixed(s.tps, 1)}/s at ${s.connections} connections (p95 ${fixed(s.latency.p95, 1)} ms) are ${percent(ratio)} of pgbench's TPC-B-like ${fixed(pgbench.tps, 0)} TPS (target at least ${percent(SUBMIT_TARGET)})${also}`;
}

export function verdicts(results: Results): string[] {
  const hello = ceiling(results);
  return results.engines.flatMap((e) => {
    if (!measuredEngine(e)) return [`NOT MEASURED: ${e.engine} (${e.unavailable})`];
    const lines: string[] = [];
    if (failed(e.page)) lines.push(`NOT MEASURED: ${e.engine}, form page (${e.page.error.split("\n")[0]})`);
    else {
      const ratio = okPerSecond(e.page) / hello;
      lines.push(
        `${ratio >= PAGE_TARGET ? "PASS" : "FAIL"}: ${e.engine}, form page ${Math.round(okPerSecond(e.page))} pages/s, ${percent(ratio)} of hello-world (target at least ${percent(PAGE_TARGET)})`,
      );
    }
    const submission = submissionVerdict(e);
    if (submission) lines.push(submission);
    return lines;
  });
}

function submissionSection(e: EngineRun, s: SubmissionResult, settings: SubmitSettings, service: string): string {
  const pgbench = e.pgbench;
  const pgbenchCell = pgbench?.measured ? fixed(pgbench.tps, 0) : "not measured";
  const ratio = pgbench?.measured ? percent(s.tps / pgbench.tps) : "–";
  const p = s.profile;
  const rest = p.wallMs - p.sqlMs;
  const statementRows = p.statements.map(
    (st) => `| ${st.name} | ${fixed(st.perSubmission, 1)} | ${fixed(st.ms, 2)} | ${percent(st.ms / p.wallMs)} |`,
  );
  const cpuRows = p.cpu.map((c) => `| ${c.name} | ${percent(c.share)} |`);
  const pgbenchLine = pgbench?.measured
    ? `pgbench: \`pgbench -i -s ${pgbench.scale}\` into a scratch database (${fixed(pgbench.initMs / 1000, 1)} s), then \`pgbench -b tpcb-like -c ${pgbench.clients} -j ${pgbench.threads} -T ${pgbench.seconds} -n\` on the same server right after the submissions: ${fixed(pgbench.tps, 1)} TPS (without connection time), latency average ${pgbench.latencyMs === null ? "–" : `${fixed(pgbench.latencyMs, 2)} ms`}.`
    : `pgbench: not measured (${pgbench?.reason ?? "not run"}).`;
  return `### Submission on ${e.engine} (${e.serverVersion})

${s.drafts} drafts of \`${service}\` prepared untimed (${Math.round(s.prepareMs)} ms): one started through Epak's routes (real register data), completed
with an owner's answers (no file page) that pass the definition's checks, and copied by SQL. Then ${s.connections} workers in the benchmark's
process each submitted their own drafts, one \`inTransaction(db, (trx) => submitApplication(…))\` after another (answers checked again,
number, receipt PDF, notification enqueued through a pg-boss web-role JobSystem, audit row), ${settings.warmupSeconds} s warm-up, then ${settings.seconds} s measured.
Latency is one submission from the transaction's start to its commit. Node CPU is the share of one core the benchmark's process used
(everything but PostgreSQL); other cores are what the rest of the machine used meanwhile, PostgreSQL's server processes mostly.

| engine | connections | submitted | seconds | submissions/s | p50 ms | p95 ms | p99 ms | errors | Node CPU | Node CPU µs/submission | other cores | pgbench TPS | vs pgbench |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| ${e.engine} | ${s.connections} | ${s.submitted} | ${fixed(s.seconds, 1)} | ${fixed(s.tps, 1)} | ${fixed(s.latency.p50, 1)} | ${fixed(s.latency.p95, 1)} | ${fixed(s.latency.p99, 1)} | ${s.errors} | ${percent(s.nodeCpu)} | ${Math.round(s.nodeCpuPerSubmissionUs)} | ${s.otherCores.toFixed(2)} | ${pgbenchCell} | ${ratio} |
${s.firstError ? `\nFirst error: \`${s.firstError.split("\n")[0]}\`\n` : ""}${s.ranOut ? "\nThe workers used up their drafts before the time was up; raise `BENCH_ESERVICES_DRAFTS`.\n" : ""}
${pgbenchLine}

What one submission is made of: ${p.submissions} more submissions one at a time, on a connection whose every statement is timed
(round trip as the client sees it, so a statement's figure includes the network and the pg client): ${fixed(p.wallMs, 2)} ms each, of which ${fixed(p.sqlMs, 2)} ms in
statements (${percent(p.sqlMs / p.wallMs)}) and ${fixed(rest, 2)} ms in Node between them (${percent(rest / p.wallMs)}); the process's CPU per
submission was ${fixed(p.cpuMs, 2)} ms. Alone, the receipt PDF takes ${fixed(p.pdfMs, 2)} ms (median, ${fixed(p.pdfBytes / 1024, 1)} KiB) and checking the
answers with the summary ${fixed(p.checkMs, 3)} ms.

| statement | per submission | ms per submission | share of a submission |
| --- | ---: | ---: | ---: |
${statementRows.join("\n")}

Then ${p.profiled} more one at a time under V8's CPU profiler (node:inspector, 200 µs sampling); each sample counts for the first group found
walking its stack from the leaf, so the PDF's own garbage collection shows as garbage collection:

| where the process's samples fell (submitting alone) | share |
| --- | ---: |
${cpuRows.join("\n")}
`;
}

export function markdown(results: Results): string {
  const hello = ceiling(results);
  const engines = results.engines.filter(measuredEngine);
  const { pageSettings: ps, submitSettings: ss } = results;
  const pageRows = [
    loadRow(results.hello[0], "–", hello),
    ...engines.flatMap((e) => (failed(e.page) ? [] : [loadRow(e.page, e.engine, hello)])),
    loadRow(results.hello[1], "–", hello),
  ];
  const notes = results.engines.flatMap((e) => {
    if (!measuredEngine(e)) return [`- ${e.engine}: not measured (${e.unavailable})`];
    const lines: string[] = [];
    if (failed(e.page)) lines.push(`- ${e.engine}, form page: not measured (${e.page.error.split("\n")[0]})`);
    if (failed(e.submission)) lines.push(`- ${e.engine}, submissions: not measured (${e.submission.error.split("\n")[0]})`);
    return lines;
  });
  const submissions = engines.flatMap((e) =>
    e.submission && !failed(e.submission) ? [submissionSection(e, e.submission, ss, results.service)] : [],
  );
  return `## E-services: submission and form page

Run on ${results.date.toISOString().slice(0, 16).replace("T", " ")} UTC with \`npm run bench:eservices\` (\`bench/eservices.ts\`; also run by \`npm run bench\`). Machine: ${machine()}.
Settings besides \`npm run bench\`'s: \`BENCH_ESERVICES_CONNECTIONS\` (8; submission workers and pgbench clients), \`BENCH_ESERVICES_DRAFTS\` (20000),
\`BENCH_ESERVICES_PROFILED\` (200), \`BENCH_PGBENCH_SCALE\` (10), \`BENCH_POSTGRES_URL\` (a connection allowed to create databases, by default
\`postgres://postgres@127.0.0.1:5432/postgres\`; \`none\` leaves PostgreSQL out). PostgreSQL runs on the same machine and shares its cores.
Each engine gets a fresh database, migrated and seeded with the demo data; the e-service is \`${results.service}\`.
${notes.length ? `\n${notes.join("\n")}\n` : ""}
${submissions.join("\n")}
### Form page

A demo person logs in through the development identity provider, starts a draft through the start page's form, and autocannon
then asks for its second page \`${results.page}\` with that browser's cookies (session and CSRF secret): the session looked up and
touched, the application and its definition version read, the page rendered with a fresh CSRF token. The page is checked to be the
form before and after the load. Epak runs as \`npm run bench\` runs it (production mode, \`node bin/epak.js start\`).
autocannon on 127.0.0.1, ${ps.connections} connections, no pipelining, ${ps.warmupSeconds} s warm-up (not counted), then ${ps.seconds} s per target${ps.quietWaitSeconds > 0 ? `, each the least disturbed of the tries made within ${ps.quietWaitSeconds} s` : ""}.
Latency percentiles are over every response, in milliseconds; 2xx/s counts only pages (not a 503 from the load shedder); server CPU is the
share of one core the Epak process used; background is cores other processes kept busy (PostgreSQL's count there). "vs hello-world"
compares 2xx/s with the mean of the two bare Fastify runs.

| Target | engine | req/s (mean) | 2xx/s | p50 ms | p90 ms | p99 ms | errors | status codes | bytes/response | server CPU | CPU µs/request | background cores | 2xx/s vs hello-world |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |
${pageRows.join("\n")}

### Against the targets

${verdicts(results)
  .map((v) => `- ${v}`)
  .join("\n")}
`;
}

export async function writeDocs(block: string): Promise<string> {
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
