// Drives a server with autocannon over a rotating list of paths (search queries, service pages)
// rather than load.ts's one URL, and keeps the 95th percentile the catalogue's target is set in.
// Each connection walks the list from its own place in it, so that the connections do not ask
// for the same thing at the same moment.
import autocannon from "autocannon";
import type { LoadSettings } from "./load.ts";
import { cpuSeconds, cpuSnapshot, otherCores, QUIET_CORES, waitForQuiet } from "./servers.ts";

export type RotatingResult = {
  label: string;
  requestsPerSecond: number;
  /** Responses with a 2xx status per second: a refusal (503 when the server sheds load) is quick but no answer. */
  okPerSecond: number;
  /** Milliseconds, over every response. */
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  statusCodes: Record<string, number>;
  bytesPerResponse: number;
  /** Share of one core the server process used while measured. */
  serverCpu: number;
  /** CPU time of the server process per completed request, in microseconds. */
  cpuPerRequest: number;
  /** Cores that processes other than the server and the load generator kept busy while measured. */
  backgroundCores: number;
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** One list per connection, the same paths each starting further along. */
function rotations(paths: string[], connections: number): { path: string }[][] {
  return Array.from({ length: connections }, (_, c) => {
    const start = Math.floor((c * paths.length) / connections);
    return [...paths.slice(start), ...paths.slice(0, start)].map((path) => ({ path }));
  });
}

function run(baseUrl: string, paths: string[], settings: LoadSettings, seconds: number, onResponse?: (size: number, ms: number) => void) {
  const lists = rotations(paths, settings.connections);
  let next = 0;
  const instance = autocannon({
    url: baseUrl,
    connections: settings.connections,
    duration: seconds,
    requests: lists[0] ?? [],
    // autocannon builds one client per connection; give each its own rotation of the list.
    setupClient: (client) => {
      client.setRequests(lists[next++ % lists.length] ?? []);
    },
  });
  if (onResponse) instance.on("response", (_client, _status, size, ms) => onResponse(size, ms));
  return instance;
}

async function measureOnce(
  label: string,
  baseUrl: string,
  paths: string[],
  serverPid: number,
  settings: LoadSettings,
): Promise<RotatingResult> {
  if (settings.warmupSeconds > 0) await run(baseUrl, paths, settings, settings.warmupSeconds);
  const latencies: number[] = [];
  let bytes = 0;
  const cpuBefore = cpuSeconds(serverPid);
  const machineBefore = cpuSnapshot([serverPid]);
  const result = await run(baseUrl, paths, settings, settings.seconds, (size, ms) => {
    latencies.push(ms);
    bytes += size;
  });
  const cpu = cpuSeconds(serverPid) - cpuBefore;
  const backgroundCores = otherCores(machineBefore, cpuSnapshot([serverPid]));
  const sorted = Float64Array.from(latencies).sort();
  return {
    label,
    requestsPerSecond: result.requests.mean,
    okPerSecond: (result.requests.total - result.non2xx) / result.duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: result.errors + result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
    serverCpu: cpu / result.duration,
    cpuPerRequest: (cpu * 1e6) / Math.max(1, result.requests.total),
    backgroundCores,
  };
}

/** As load.ts's measure: on a shared machine, the try that other processes disturbed least. */
export async function measureRotating(
  label: string,
  baseUrl: string,
  paths: string[],
  serverPid: number,
  settings: LoadSettings,
): Promise<RotatingResult> {
  const deadline = Date.now() + settings.quietWaitSeconds * 1000;
  let best: RotatingResult | undefined;
  do {
    await waitForQuiet((deadline - Date.now()) / 1000, [serverPid]);
    const result = await measureOnce(label, baseUrl, paths, serverPid, settings);
    if (!best || result.backgroundCores < best.backgroundCores) best = result;
  } while (best.backgroundCores >= QUIET_CORES && Date.now() < deadline);
  return best;
}
