// The catalogue benchmark's results as markdown, printed and written between its own pair of
// markers in docs/performance.md (above the part `npm run bench` rewrites).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { RotatingResult } from "./catalog-load.ts";
import {
  MRR_DEPTH,
  type QueryOutcome,
  type RelevanceFigures,
  type RelevanceSetName,
  SUCCESS_DEPTH,
  SUCCESS_TARGET,
} from "./catalog-relevance.ts";
import type { LoadSettings } from "./load.ts";
import { machine } from "./report.ts";
import { ROOT } from "./servers.ts";

export const SEARCH_P95_TARGET_MS = 20;
export const THROUGHPUT_TARGET = 0.25;

export type Preparation = {
  migrateMs: number;
  seedMs: number;
  importMs: number;
  /** Services in the search index after the import (local variants included). */
  indexed: number;
  serverVersion: string;
  /** The server's autovacuum setting ("on"/"off"), or "none" on PGlite, which has no autovacuum. */
  autovacuum: string;
};

export type Catalogue = "demo" | "full";

export type Timing = { median: number; p95: number; calls: number };

export type EngineResult = {
  engine: string;
  preparation: Preparation;
  /** Each relevance set on the demo catalogue alone and with the generated services. */
  relevance: { set: RelevanceSetName; catalogue: Catalogue; figures: RelevanceFigures }[];
  /** searchServices called in this process, one call at a time, over the load's queries: milliseconds. */
  direct: Timing;
  /** The same after VACUUM ANALYZE of the search index's table, once the load is over. */
  directAfterVacuum: Timing;
  /** When autovacuum last vacuumed the search index's table, if it did before the load ended (PostgreSQL). */
  autovacuum: Date | null;
  search: RotatingResult;
  page: RotatingResult;
};

export type Results = {
  date: Date;
  settings: LoadSettings;
  hello: [RotatingResult, RotatingResult];
  engines: (EngineResult | { engine: string; unavailable: string })[];
  catalogue: { services: number; localVariants: number; institutions: number; generated: number; seed: number; generateMs: number };
  relevanceSets: { name: RelevanceSetName; queries: number }[];
  unknown: { set: RelevanceSetName; q: string; missing: string[] }[];
  loadQueries: string[];
  pagePaths: number;
};

const MARK_START = "<!-- bench:catalog:start (written by `npm run bench:catalog`; edit only outside this pair) -->";
const MARK_END = "<!-- bench:catalog:end -->";
/** `npm run bench` rewrites everything below its marker, so this section goes above it. */
const BENCH_MARKER = "<!-- Everything below this line is written by `npm run bench`; edit only above it. -->";

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
/** Whole percent, with one decimal below 10 % so that a small share does not read as 0 %. */
const percent = (ratio: number) => `${(ratio * 100).toFixed(Math.abs(ratio) < 0.1 ? 1 : 0)} %`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const measured = (e: Results["engines"][number]): e is EngineResult => !("unavailable" in e);

export function ceiling(results: Results): number {
  return (results.hello[0].requestsPerSecond + results.hello[1].requestsPerSecond) / 2;
}

function loadRow(r: RotatingResult, engine: string, hello: number): string {
  const codes = Object.entries(r.statusCodes)
    .map(([code, count]) => `${count}×${code}`)
    .join(", ");
  return `| ${r.label} | ${engine} | ${Math.round(r.requestsPerSecond)} | ${Math.round(r.okPerSecond)} | ${fixed(r.p50, 2)} | ${fixed(r.p95, 2)} | ${fixed(r.p99, 2)} | ${r.errors} | ${codes} | ${Math.round(r.bytesPerResponse)} | ${percent(r.serverCpu)} | ${Math.round(r.cpuPerRequest)} | ${r.backgroundCores.toFixed(2)} | ${percent(r.okPerSecond / hello)} |`;
}

const failed = (r: RotatingResult) =>
  r.errors + Object.entries(r.statusCodes).reduce((sum, [code, count]) => sum + (code.startsWith("2") ? 0 : count), 0);
const answered = (r: RotatingResult) => failed(r) === 0;
const refusals = (r: RotatingResult) => (answered(r) ? "" : `; ${failed(r)} requests not answered with 2xx`);

function catalogueLabel(results: Results, catalogue: Catalogue): string {
  return catalogue === "demo" ? "on the demo catalogue alone" : `with the ${results.catalogue.generated} generated services`;
}

export function verdicts(results: Results): string[] {
  const hello = ceiling(results);
  const pass = (ok: boolean) => (ok ? "PASS" : "FAIL");
  const { connections } = results.settings;
  return results.engines.flatMap((e) => {
    if (!measured(e)) return [`FAIL: ${e.engine} not measured (${e.unavailable})`];
    const search = e.search.okPerSecond / hello;
    const page = e.page.okPerSecond / hello;
    return [
      `${pass(e.search.p95 < SEARCH_P95_TARGET_MS && answered(e.search))}: ${e.engine}, search API p95 ${fixed(e.search.p95, 2)} ms at ${connections} connections${refusals(e.search)} (target under ${SEARCH_P95_TARGET_MS} ms, every request answered)`,
      `${pass(search >= THROUGHPUT_TARGET)}: ${e.engine}, search API ${Math.round(e.search.okPerSecond)} answers/s, ${percent(search)} of hello-world (target at least ${percent(THROUGHPUT_TARGET)})`,
      `${pass(page >= THROUGHPUT_TARGET)}: ${e.engine}, service page ${Math.round(e.page.okPerSecond)} answers/s, ${percent(page)} of hello-world${refusals(e.page)} (target at least ${percent(THROUGHPUT_TARGET)})`,
      ...e.relevance.map(
        ({ set, catalogue, figures: f }) =>
          `${pass(f.successAt3 >= SUCCESS_TARGET)}: ${e.engine}, relevance of \`${set}\` ${catalogueLabel(results, catalogue)}: success@${SUCCESS_DEPTH} ${fixed(f.successAt3, 3)}, MRR ${fixed(f.mrr, 3)} (target success@${SUCCESS_DEPTH} at least ${SUCCESS_TARGET})`,
      ),
    ];
  });
}

function failureLines(failures: QueryOutcome[]): string {
  if (failures.length === 0) return " none";
  return `\n\n${failures
    .map((f) => {
      const found = f.rank === null ? `not in the first ${MRR_DEPTH} (${f.total} results)` : `first expected at rank ${f.rank}`;
      return `- \`${f.q}\`: expected ${f.expect.map((id) => `\`${id}\``).join(" or ")}; got ${f.top
        .slice(0, SUCCESS_DEPTH)
        .map((id) => `\`${id}\``)
        .join(", ")}${f.top.length ? "" : "nothing"}; ${found}`;
    })
    .join("\n")}`;
}

const sameFailures = (a: QueryOutcome[], b: QueryOutcome[]) => JSON.stringify(a) === JSON.stringify(b);

function relevanceSection(results: Results, engines: EngineResult[]): string {
  const rows = engines.flatMap((e) =>
    e.relevance.map(
      ({ set, catalogue, figures: f }) =>
        `| ${e.engine} | \`${set}\` | ${catalogue === "demo" ? "demo only" : `demo + ${results.catalogue.generated} generated`} | ${f.queries} | ${fixed(f.successAt3, 3)} | ${fixed(f.mrr, 3)} | ${f.failures.length} |`,
    ),
  );
  const [first, ...others] = engines;
  const lists = (first?.relevance ?? []).map(({ set, catalogue, figures }) => {
    const failuresOf = (e: EngineResult) => e.relevance.find((r) => r.set === set && r.catalogue === catalogue)?.figures.failures ?? [];
    const rest = others.map((o) =>
      sameFailures(failuresOf(o), figures.failures) ? `\n\n${o.engine}: the same.` : `\n\n${o.engine}:${failureLines(failuresOf(o))}`,
    );
    return `\`${set}\` ${catalogueLabel(results, catalogue)}, failing on ${first?.engine} (query: expected; got the first ${SUCCESS_DEPTH}):${failureLines(figures.failures)}${rest.join("")}`;
  });
  const unknown = results.unknown.length
    ? `\n\n${results.unknown.map((u) => `- \`${u.set}\`, \`${u.q}\`: ${u.missing.map((id) => `\`${id}\``).join(", ")}`).join("\n")}`
    : " none: every expected identifier is a published service of the demo catalogue.";
  const sets = results.relevanceSets.map((set) => `\`bench/${set.name}\` (${set.queries} queries)`).join(" and ");
  return `### Relevance

The queries of ${sets},
each given to \`searchServices\` as the search page gives it (no filters, so a municipal service counts as its national
template). Success@${SUCCESS_DEPTH}: the share of queries with an expected service among the
first ${SUCCESS_DEPTH} results. MRR: the mean of 1 / the rank of the first expected service within the first ${MRR_DEPTH} results (0 when
none is there).

| engine | set | catalogue | queries | success@${SUCCESS_DEPTH} | MRR | failing |
| --- | --- | --- | ---: | ---: | ---: | ---: |
${rows.join("\n")}

${lists.join("\n\n")}

Queries whose expected identifiers the demo catalogue does not publish:${unknown}
`;
}

function autovacuumCell(e: EngineResult): string {
  if (e.preparation.autovacuum === "none") return "none: PGlite has no autovacuum";
  if (e.preparation.autovacuum !== "on") return `none: autovacuum is ${e.preparation.autovacuum} on this server`;
  return e.autovacuum ? `yes, at ${e.autovacuum.toISOString().slice(11, 19)} UTC` : "no";
}

export function markdown(results: Results): string {
  const { settings, catalogue } = results;
  const hello = ceiling(results);
  const engines = results.engines.filter(measured);
  const prepRows = engines.map(
    (e) =>
      `| ${e.engine} (${e.preparation.serverVersion}) | ${seconds(e.preparation.migrateMs)} | ${seconds(e.preparation.seedMs)} | ${seconds(e.preparation.importMs)} | ${e.preparation.indexed} |`,
  );
  const loadRows = [
    loadRow(results.hello[0], "–", hello),
    ...engines.flatMap((e) => [loadRow(e.search, e.engine, hello), loadRow(e.page, e.engine, hello)]),
    loadRow(results.hello[1], "–", hello),
  ];
  const timing = (t: Timing) => `median ${fixed(t.median, 2)} ms, p95 ${fixed(t.p95, 2)} ms`;
  const directRows = engines.map(
    (e) => `| ${e.engine} | ${timing(e.direct)} | ${timing(e.directAfterVacuum)} | ${e.direct.calls} | ${autovacuumCell(e)} |`,
  );
  const missing = results.engines
    .filter((e) => !measured(e))
    .map((e) => `- ${e.engine}: not measured (${"unavailable" in e ? e.unavailable : ""})`);
  return `## Service catalogue: search API, service page, relevance

Run on ${results.date.toISOString().slice(0, 16).replace("T", " ")} UTC with \`npm run bench:catalog\` (\`bench/catalog.ts\`; also run by \`npm run bench\`). Machine: ${machine()}.
Settings besides \`npm run bench\`'s: \`BENCH_CATALOG_CONNECTIONS\` (32), \`BENCH_CATALOG_SERVICES\` (5000), \`BENCH_POSTGRES_URL\`
(a connection allowed to create databases, by default \`postgres://postgres@127.0.0.1:5432/postgres\`; \`none\` leaves PostgreSQL out).

The catalogue is the demo content (${catalogue.services} services, ${catalogue.localVariants} local variants, ${catalogue.institutions} institutions) plus
${catalogue.generated} services from \`bench/catalog-generator.ts\` (seed ${catalogue.seed}; generated in ${seconds(catalogue.generateMs)}), imported with
\`importCatalogue\` in one transaction into a fresh database of each engine. Epak then serves that database as
\`npm run bench\` runs it (production mode, \`node bin/epak.js start\`); PostgreSQL runs on the same machine and shares its cores.
${missing.length ? `\n${missing.join("\n")}\n` : ""}
| engine | migrate | demo seed | import of the ${catalogue.generated} (check, publish, index) | services in the search index |
| --- | ---: | ---: | ---: | ---: |
${prepRows.join("\n")}

${relevanceSection(results, engines)}
### Search API and service page under load

autocannon on 127.0.0.1, ${settings.connections} connections, no pipelining, ${settings.warmupSeconds} s warm-up (not counted), then ${settings.seconds} s per target${settings.quietWaitSeconds > 0 ? `, each the least disturbed of the tries made within ${settings.quietWaitSeconds} s` : ""}.
Search: \`GET /api/v1/services?q=<query>\` (first page of 20), rotating over ${results.loadQueries.length} queries spread evenly over the relevance
set, each connection starting at its own place in the list. Service page: \`GET /pakalpojumi/<identifier>\` rotating over ${results.pagePaths} identifiers
(every demo service and local variant, and 200 generated services). Latency percentiles are over every response, in milliseconds;
2xx/s counts only answers (not the 503 with which Epak sheds load when its event loop lags); server CPU is the share of one core the Epak process used; background is cores other processes kept busy (PostgreSQL's
server processes count as background in PostgreSQL rows). "2xx/s vs hello-world" compares with the mean of the two bare Fastify runs.

| Target | engine | req/s (mean) | 2xx/s | p50 ms | p95 ms | p99 ms | errors | status codes | bytes/response | server CPU | CPU µs/request | background cores | 2xx/s vs hello-world |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |
${loadRows.join("\n")}

\`searchServices\` alone, called in the benchmark's process one at a time over the same queries on the full catalogue
(no HTTP, no queueing): as the import left the database, before the load, and after
\`VACUUM ANALYZE catalog.search_entry, catalog.search_lexeme\` once the load was over. An import rewrites every row of
the search index and of its vocabulary; until a vacuum, the new entries of their GIN indexes wait in an unsorted
pending list that every lookup reads, and the tables have no statistics. The last column says whether autovacuum
reached the search index before the load ended.

| engine | as imported | after VACUUM ANALYZE | calls | autovacuum during the run |
| --- | --- | --- | ---: | --- |
${directRows.join("\n")}

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
