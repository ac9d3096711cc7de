// `node bench/profile.ts [path]`: where Epak spends its CPU while serving one route (default `/`)
// under the same load as `npm run bench`. Runs Epak with --cpu-prof, keeps only the samples taken
// during the measured load, and prints the functions with the most self and total time.
// `node bench/profile.ts hello` does the same for the bare Fastify server, to compare with.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { measure } from "./load.ts";
import { ROOT, startEpak, startHelloWorld, stop } from "./servers.ts";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

const TOP = Number(process.env.BENCH_PROFILE_TOP || 25);
const WIDTH = 140;
const hello = process.argv[2] === "hello";
const path = hello ? "/" : (process.argv[2] ?? "/");
const seconds = Number(process.env.BENCH_SECONDS || 10);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS || 3);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);

function where(frame: CallFrame): string {
  const { url, functionName, lineNumber } = frame;
  const name = functionName || "(anonymous)";
  if (!url) return name;
  const file = url.startsWith("file://") ? relative(ROOT, new URL(url).pathname) : url;
  return `${name} ${file}:${lineNumber + 1}`;
}

/** Self and total microseconds per function over the samples taken between from and to (µs since the profile began). */
function summarise(profile: Profile, from: number, to: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampled = 0;
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < from || at > to) return;
    sampled += delta;
    const leaf = byId.get(id);
    if (!leaf) return;
    const key = where(leaf.callFrame);
    self.set(key, (self.get(key) ?? 0) + delta);
    // A recursive function counts once per sample in its total.
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const frame = byId.get(n)?.callFrame;
      if (frame) seen.add(where(frame));
    }
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + delta);
  });
  return { self, total, sampled };
}

function table(title: string, values: Map<string, number>, sampled: number): string {
  const rows = [...values]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(
      ([k, us]) =>
        `| ${((us / sampled) * 100).toFixed(1)} % | \`${(k.length > WIDTH ? `${k.slice(0, WIDTH)}…` : k).replaceAll("|", "\\|")}\` |`,
    );
  return `${title}\n\n| share | function |\n| ---: | --- |\n${rows.join("\n")}\n`;
}

const work = await mkdtemp(join(tmpdir(), "epak-profile-"));
try {
  const dataDir = join(work, "data");
  const profiles = join(work, "profiles");
  const spawned = performance.now();
  const flags = ["--cpu-prof", `--cpu-prof-dir=${profiles}`];
  const server = hello ? await startHelloWorld(flags) : (await startEpak(dataDir, flags)).server;
  try {
    // The profile's clock starts with the process; the measured window is placed on it from here.
    const warmedUp = performance.now() + warmupSeconds * 1000 - spawned;
    const result = await measure(path, `${server.baseUrl}${path}`, server.pid, {
      seconds,
      warmupSeconds,
      connections,
      quietWaitSeconds: 0,
    });
    const ended = performance.now() - spawned;
    await stop(server);
    const [file] = await readdir(profiles);
    if (!file) throw new Error(`The server wrote no CPU profile:\n${server.output()}`);
    const profile = JSON.parse(await readFile(join(profiles, file), "utf8")) as Profile;
    const { self, total, sampled } = summarise(profile, warmedUp * 1000, ended * 1000);
    console.log(`## CPU profile of ${hello ? "the bare Fastify server" : "Epak"} serving \`${path}\`

${Math.round(result.requestsPerSecond)} req/s under the profiler (${connections} connections, ${seconds} s after ${warmupSeconds} s warm-up);
${(sampled / 1e6).toFixed(1)} s of samples. "(idle)" is time the event loop waited.

${table("### Self time", self, sampled)}
${table("### Total time (self and everything it called)", total, sampled)}`);
  } finally {
    await stop(server);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
