// Submissions of the residence declaration on PostgreSQL, as the submit route makes them: each one
// `submitApplication` in its own transaction (check every answer again, number, receipt PDF, the
// notification enqueued through pg-boss, the audit row). The drafts are made beforehand, untimed:
// one draft started through Epak's own routes (so its register data is real) is completed with an
// owner's answers (no file page), checked with the runtime's own rules, and copied by SQL.
// Then C workers submit their own drafts for the warm-up and the measured seconds, and one worker
// submits some more alone, with every statement timed and the CPU profiled, to say what a
// submission is made of.
import { randomUUID } from "node:crypto";
import { Session } from "node:inspector/promises";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { loadConfig } from "../src/app/config.ts";
import { institutionById } from "../src/modules/catalog/index.ts";
import { definitionVersion, findApplication, type PublishedDefinition } from "../src/modules/eservices/application.repository.ts";
import { draftExpiry } from "../src/modules/eservices/commands/start-application.ts";
import { type SubmitInput, submitApplication } from "../src/modules/eservices/commands/submit-application.ts";
import type { Answers } from "../src/modules/eservices/definition/model.ts";
import { checkApplication } from "../src/modules/eservices/definition/validate-answers.ts";
import { valueAt } from "../src/modules/eservices/prefill/value-at.ts";
import { receiptPdf } from "../src/modules/eservices/receipt/receipt-pdf.ts";
import { addressTexts, answerSummary } from "../src/modules/eservices/runtime/answer-summary.ts";
import type { Context } from "../src/platform/context.ts";
import { type Database, openDatabase } from "../src/platform/db/database.ts";
import type { Tables } from "../src/platform/db/tables.ts";
import { inTransaction } from "../src/platform/db/transaction.ts";
import { Messages, type Translate } from "../src/platform/i18n/messages.ts";
import { type JobSystem, startJobs } from "../src/platform/jobs/jobs.ts";
import type { EpakModule } from "../src/platform/module.ts";
import { cpuSnapshot, otherCores } from "./servers.ts";

export const SUBMIT_SERVICE = "dzivesvietas-deklaresana";
/** The residence declaration's pages on an owner's path: the legal-basis and owner pages stay hidden. */
const OWNER_PATH_PAGES = ["person", "newAddress", "movedIn", "notice"];

export type SubmitSettings = {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  drafts: number;
  /** Submissions made one at a time, with statements timed and the CPU profiled. */
  profiled: number;
};

export type Timing = { p50: number; p95: number; p99: number };

export type StatementCost = { name: string; perSubmission: number; ms: number };

export type ProfileShare = { name: string; share: number };

export type SubmissionProfile = {
  /** Submitted alone with every statement timed. */
  submissions: number;
  /** Submitted alone under the CPU profiler, after those. */
  profiled: number;
  /** Mean milliseconds of one submission alone, from the transaction's start to its commit. */
  wallMs: number;
  /** Mean milliseconds per submission in each kind of statement (round trip as the client sees it). */
  statements: StatementCost[];
  sqlMs: number;
  /** Mean CPU milliseconds of the benchmark's process per submission. */
  cpuMs: number;
  /** Where the process's samples fell while it submitted alone under the profiler, by the first matching frame on the stack. */
  cpu: ProfileShare[];
  /** The receipt alone, built as the submission builds it: median milliseconds, and its size. */
  pdfMs: number;
  pdfBytes: number;
  /** checkApplication and answerSummary alone: median milliseconds. */
  checkMs: number;
};

export type SubmissionResult = {
  drafts: number;
  prepareMs: number;
  connections: number;
  submitted: number;
  seconds: number;
  tps: number;
  latency: Timing;
  errors: number;
  firstError: string | null;
  /** The workers used up their drafts before the time was up. */
  ranOut: boolean;
  /** Share of one core the benchmark's process (Node: validation, PDF, the pg client) used while measured. */
  nodeCpu: number;
  nodeCpuPerSubmissionUs: number;
  /** Cores kept busy by other processes meanwhile: PostgreSQL's server processes, mostly. */
  otherCores: number;
  profile: SubmissionProfile;
};

type Template = {
  service: string;
  version: number;
  createdBy: string;
  actingFor: string | null;
  subjectKind: string;
  subjectId: string;
  subjectName: string;
  answers: Answers;
  prefill: Record<string, unknown>;
};

function isoDay(date: Date, offsetDays = 0): string {
  return new Date(date.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function timing(values: number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

const median = (values: number[]) => timing(values).p50;

/**
 * The owner's answers to the residence declaration for the draft's person: the register facts as
 * the page shows them, the first property the person owns as the new address (with its text, as
 * the address search leaves it in the draft), a move a week ago, the notice in the e-address.
 */
async function completedDraft(db: Kysely<Tables>, draftId: string, messages: Messages): Promise<Template> {
  const draft = await findApplication(db, draftId);
  if (!draft) throw new Error(`the draft ${draftId} started through HTTP is not in the database`);
  if (draft.service !== SUBMIT_SERVICE) throw new Error(`the draft is of ${draft.service}, not ${SUBMIT_SERVICE}`);
  const published = await definitionVersion(db, draft.service, draft.version);
  if (!published) throw new Error(`${draft.service} version ${draft.version} is not published`);
  if (!valueAt(draft.prefill, "person.fullName"))
    throw new Error("the draft has no register data: the population register did not answer when it was started");
  const codes = valueAt(draft.prefill, "ownedProperties.addressCodes");
  const owned = (valueAt(draft.prefill, "ownedProperties.list") ?? []) as { addressCode?: string; text?: string }[];
  const address = Array.isArray(codes) ? String(codes[0] ?? "") : "";
  if (!address) throw new Error("the person's prefill has no owned property, so the owner's path cannot be taken");
  const text = owned.find((p) => p.addressCode === address)?.text ?? address;
  const prefill = { ...draft.prefill, _addresses: { ...addressTexts(draft.prefill), [address]: text } };
  const registered = (path: string) => String(valueAt(prefill, path) ?? "");
  const answers: Answers = {
    fullName: registered("person.fullName"),
    personalCode: registered("person.personalCode"),
    currentAddress: registered("person.declaredAddress"),
    address,
    livingFrom: isoDay(new Date(), -7),
    delivery: "eAddress",
    email: "janis.berzins@example.lv",
  };
  const flow = { definition: published.definition, answers, prefill };
  const checked = checkApplication({ flow, today: isoDay(new Date()), locale: "lv", t: messages.translator("lv") });
  if (checked.problems.length > 0) {
    const problems = checked.problems.map((p) => `${p.page.id}: ${Object.keys(p.errors).join(", ")}`).join("; ");
    throw new Error(`the bench's answers do not pass the definition's checks (${problems})`);
  }
  return {
    service: draft.service,
    version: draft.version,
    createdBy: draft.createdBy,
    actingFor: draft.actingFor,
    subjectKind: draft.subjectKind,
    subjectId: draft.subjectId,
    subjectName: draft.subjectName,
    answers,
    prefill,
  };
}

async function copyDrafts(db: Kysely<Tables>, template: Template, count: number): Promise<string[]> {
  const now = new Date();
  const { rows } = await sql<{ id: string }>`
    insert into eservices.application (id, service, version, status, channel, created_by, acting_for, subject_kind, subject_id,
      subject_name, answers, prefill, completed_pages, created_at, updated_at, expires_at)
    select gen_random_uuid(), ${template.service}, ${template.version}, 'draft', 'online', ${template.createdBy}, ${template.actingFor},
      ${template.subjectKind}, ${template.subjectId}, ${template.subjectName}, ${JSON.stringify(template.answers)}::jsonb,
      ${JSON.stringify(template.prefill)}::jsonb, ${JSON.stringify(OWNER_PATH_PAGES)}::jsonb, ${now}, ${now}, ${draftExpiry(now)}
    from generate_series(1, ${count})
    returning id`.execute(db);
  await sql`analyze eservices.application`.execute(db);
  return rows.map((r) => r.id);
}

type Submitter = (db: Kysely<Tables>, id: string) => Promise<void>;

/** `published` is read once, as the web process's cache of immutable definition versions does. */
function submitter(
  template: Template,
  published: PublishedDefinition,
  jobs: JobSystem,
  t: Translate,
  institutionName: string,
  publicUrl: string,
): Submitter {
  return async (db, applicationId) => {
    const now = new Date();
    const input: SubmitInput = {
      applicationId,
      published,
      now,
      today: isoDay(now),
      locale: "lv",
      t,
      jobs,
      institutionName,
      submittedByName: null,
      followUrl: `${publicUrl}/mani-pieteikumi`,
    };
    const submitted = await inTransaction(db, (trx) => {
      const ctx: Context = { actor: template.createdBy, onBehalfOf: template.actingFor, channel: "online", trx, requestId: randomUUID() };
      return submitApplication(ctx, input);
    });
    if (submitted.already) throw new Error(`${applicationId} was already submitted`);
  };
}

type Queue = { ids: string[]; next: number };

type Run = { latencies: number[]; errors: number; firstError: string | null; ranOut: boolean; elapsedMs: number };

/** Every worker submits the next of its own drafts until the deadline; what is in hand finishes. */
async function drive(db: Kysely<Tables>, submit: Submitter, queues: Queue[], seconds: number): Promise<Run> {
  const run: Run = { latencies: [], errors: 0, firstError: null, ranOut: false, elapsedMs: 0 };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    queues.map(async (queue) => {
      while (performance.now() < deadline) {
        const id = queue.ids[queue.next++];
        if (id === undefined) {
          run.ranOut = true;
          return;
        }
        const at = performance.now();
        try {
          await submit(db, id);
          run.latencies.push(performance.now() - at);
        } catch (error) {
          run.errors++;
          run.firstError ??= (error as Error).message;
        }
      }
    }),
  );
  run.elapsedMs = performance.now() - started;
  return run;
}

const STATEMENTS: [string, RegExp][] = [
  ["begin", /^begin\b/i],
  ["commit", /^commit\b/i],
  ["lock the draft (select … for update)", /for update/i],
  ["definition version", /from "eservices"\."definition_version"/i],
  ["application number (nextval)", /nextval\(/i],
  ["update the application", /^update "eservices"\."application"/i],
  ["attachments", /from "eservices"\."attachment"/i],
  ["insert the receipt (PDF bytes)", /^insert into "eservices"\."receipt"/i],
  ["enqueue the notification (pg-boss)", /pgboss/i],
  ["audit row", /^insert into "platform"\."audit_log"/i],
];

function statementName(text: string): string {
  return STATEMENTS.find(([, pattern]) => pattern.test(text.trim()))?.[0] ?? "other";
}

/** Groups of the CPU profile, by the first frame on a sample's stack (leaf first) that matches. */
const CPU_GROUPS: [string, (url: string, name: string) => boolean][] = [
  ["receipt PDF (pdfkit, fontkit, zlib)", (url) => /receipt-pdf\.ts|\/pdfkit\/|\/fontkit\/|\/restructure\/|node:zlib/.test(url)],
  ["checking the answers and the summary", (url) => /validate-answers\.ts|answer-summary\.ts|form-flow\.ts|conditions\.ts/.test(url)],
  ["pg-boss", (url) => /\/pg-boss\//.test(url)],
  ["SQL client (Kysely, pg)", (url) => /\/kysely\/|\/pg\/|\/pg-protocol\/|\/pg-types\//.test(url)],
];

type CpuProfile = {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
};

function cpuShares(profile: CpuProfile): ProfileShare[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  let sampled = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    sampled += delta;
    const leaf = byId.get(id)?.callFrame;
    let group: string | undefined;
    if (leaf?.functionName === "(idle)") group = "idle: waiting for PostgreSQL";
    else if (leaf?.functionName === "(garbage collector)") group = "garbage collection";
    for (let n: number | undefined = id; n !== undefined && group === undefined; n = parent.get(n)) {
      const frame = byId.get(n)?.callFrame;
      if (frame) group = CPU_GROUPS.find(([, matches]) => matches(frame.url, frame.functionName))?.[0];
    }
    group ??= "other (Node, the transaction, the bench's loop)";
    totals.set(group, (totals.get(group) ?? 0) + delta);
  });
  return [...totals].map(([name, us]) => ({ name, share: us / Math.max(1, sampled) })).sort((a, b) => b.share - a.share);
}

/** The receipt and the checks alone, on the template's answers, built as submitApplication builds them. */
async function partsAlone(db: Kysely<Tables>, template: Template, t: Translate, institutionName: string, publicUrl: string) {
  const published = await definitionVersion(db, template.service, template.version);
  if (!published) throw new Error(`${template.service} version ${template.version} is not published`);
  const flow = { definition: published.definition, answers: template.answers, prefill: template.prefill };
  const build = () => {
    const checked = checkApplication({ flow, today: isoDay(new Date()), locale: "lv", t });
    return answerSummary({ flow: { ...flow, answers: checked.answers }, locale: "lv", t, attachments: [] });
  };
  const checkTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const at = performance.now();
    build();
    checkTimes.push(performance.now() - at);
  }
  const summary = build();
  const pdfTimes: number[] = [];
  let pdfBytes = 0;
  for (let i = 0; i < 40; i++) {
    const at = performance.now();
    const pdf = await receiptPdf(
      {
        locale: "lv",
        number: `EP-2026-${String(900000 + i)}`,
        serviceTitle: published.definition.title.lv,
        institutionName,
        submittedAt: new Date(),
        channel: "online",
        applicantName: template.subjectName,
        submittedByName: null,
        sections: summary.map((s) => ({ title: s.title, rows: s.rows.map(({ label, value }) => ({ label, value })) })),
        attachments: [],
        fee: null,
        followUrl: `${publicUrl}/mani-pieteikumi`,
      },
      t,
    );
    pdfTimes.push(performance.now() - at);
    pdfBytes = pdf.length;
  }
  return { checkMs: median(checkTimes), pdfMs: median(pdfTimes.slice(5)), pdfBytes };
}

// As openDatabase reads them, so that the timed connection answers with the same types.
const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20) return (v: string) => Number(v);
    if (oid === 1082) return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * Submissions one at a time: the first half on a connection whose every statement is timed, the
 * second half under the CPU profiler (which slows what it watches, so its half is not timed).
 */
async function profileAlone(
  url: string,
  submit: Submitter,
  ids: string[],
): Promise<Omit<SubmissionProfile, "pdfMs" | "pdfBytes" | "checkMs">> {
  let statements: { text: string; ms: number }[] = [];
  const timed: Kysely<Tables> = new Kysely<Tables>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1, types: pgTypes }) }),
    log: (event) => {
      statements.push({ text: event.query.sql, ms: event.queryDurationMillis });
    },
  });
  const [first = "", ...rest] = ids;
  const timedIds = rest.slice(0, Math.ceil(rest.length / 2));
  const profiledIds = rest.slice(timedIds.length);
  const session = new Session();
  session.connect();
  try {
    await submit(timed, first);
    statements = [];
    const cpuBefore = process.cpuUsage();
    let wall = 0;
    for (const id of timedIds) {
      const at = performance.now();
      await submit(timed, id);
      wall += performance.now() - at;
    }
    const cpu = process.cpuUsage(cpuBefore);
    const n = Math.max(1, timedIds.length);
    const costs = new Map<string, { count: number; ms: number }>();
    for (const s of statements) {
      const name = statementName(s.text);
      const cost = costs.get(name) ?? { count: 0, ms: 0 };
      cost.count++;
      cost.ms += s.ms;
      costs.set(name, cost);
    }
    const list = [...costs].map(([name, c]) => ({ name, perSubmission: c.count / n, ms: c.ms / n })).sort((a, b) => b.ms - a.ms);

    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
    for (const id of profiledIds) await submit(timed, id);
    const { profile } = await session.post("Profiler.stop");
    return {
      submissions: timedIds.length,
      profiled: profiledIds.length,
      wallMs: wall / n,
      statements: list,
      sqlMs: list.reduce((sum, s) => sum + s.ms, 0),
      cpuMs: (cpu.user + cpu.system) / 1000 / n,
      cpu: cpuShares(profile as unknown as CpuProfile),
    };
  } finally {
    session.disconnect();
    await timed.destroy();
  }
}

export type SubmitTarget = { url: string; publicUrl: string; draftId: string; modules: EpakModule[] };

export async function measureSubmissions(target: SubmitTarget, settings: SubmitSettings): Promise<SubmissionResult> {
  const messages = new Messages();
  const t = messages.translator("lv");
  const database: Database = await openDatabase({ kind: "postgres", url: target.url, poolSize: settings.connections + 2 });
  let jobs: JobSystem | undefined;
  try {
    const { db } = database;
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", PUBLIC_URL: target.publicUrl });
    // A web-role job system never runs handlers, so no job here needs the process's services.
    const noServices = () => {
      throw new Error("not in the benchmark");
    };
    const definitions = target.modules.flatMap((m) => m.jobs?.(db, config, noServices) ?? []);
    // A web process: it enqueues in the submission's transaction and leaves the work to a worker.
    jobs = await startJobs(database, { role: "web", definitions, logger: { info() {}, error() {} } });

    const prepareStarted = performance.now();
    const template = await completedDraft(db, target.draftId, messages);
    const ids = await copyDrafts(db, template, settings.drafts);
    const prepareMs = performance.now() - prepareStarted;
    const published = await definitionVersion(db, template.service, template.version);
    const institution = published ? await institutionById(db, published.definition.institution) : null;
    const institutionName = institution?.name.lv ?? published?.definition.institution ?? "";
    if (!published) throw new Error(`No published version ${template.version} of ${template.service}`);
    const submit = submitter(template, published, jobs, t, institutionName, target.publicUrl);

    const profiledIds = ids.splice(0, settings.profiled + 1);
    const queues: Queue[] = Array.from({ length: settings.connections }, () => ({ ids: [], next: 0 }));
    for (const [i, id] of ids.entries()) queues[i % settings.connections]?.ids.push(id);

    if (settings.warmupSeconds > 0) await drive(db, submit, queues, settings.warmupSeconds);
    const cpuBefore = process.cpuUsage();
    const machineBefore = cpuSnapshot([]);
    const run = await drive(db, submit, queues, settings.seconds);
    const cpu = process.cpuUsage(cpuBefore);
    const others = otherCores(machineBefore, cpuSnapshot([]));
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const submitted = run.latencies.length;

    const alone = await profileAlone(target.url, submit, profiledIds);
    const parts = await partsAlone(db, template, t, institutionName, target.publicUrl);
    return {
      drafts: settings.drafts,
      prepareMs,
      connections: settings.connections,
      submitted,
      seconds: run.elapsedMs / 1000,
      tps: submitted / (run.elapsedMs / 1000),
      latency: timing(run.latencies),
      errors: run.errors,
      firstError: run.firstError,
      ranOut: run.ranOut,
      nodeCpu: cpuSeconds / (run.elapsedMs / 1000),
      nodeCpuPerSubmissionUs: (cpuSeconds * 1e6) / Math.max(1, submitted),
      otherCores: others,
      profile: { ...alone, ...parts },
    };
  } finally {
    await jobs?.stop();
    await database.close();
  }
}
