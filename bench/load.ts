// Drives one URL with autocannon: a warm-up whose figures are thrown away, then the measured run.
import autocannon from "autocannon";
import { cpuSeconds, cpuSnapshot, otherCores, QUIET_CORES, waitForQuiet } from "./servers.ts";

export type LoadSettings = {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** How long to wait, at most, for other processes to leave the CPU alone before each target. */
  quietWaitSeconds: number;
};

export type LoadResult = {
  label: string;
  url: string;
  requestsPerSecond: number;
  /** Milliseconds, over every response (autocannon's own histogram keeps whole milliseconds of 2xx only). */
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  non2xx: number;
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

/**
 * On a shared machine (settings.quietWaitSeconds > 0), waits for other processes to leave the CPU
 * alone and measures again while they spoiled the measurement, until the time is up; returns the
 * measurement they disturbed least.
 */
export async function measure(
  label: string,
  url: string,
  serverPid: number,
  settings: LoadSettings,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const deadline = Date.now() + settings.quietWaitSeconds * 1000;
  let best: LoadResult | undefined;
  do {
    await waitForQuiet((deadline - Date.now()) / 1000, [serverPid]);
    const result = await measureOnce(label, url, serverPid, settings, headers);
    if (!best || result.backgroundCores < best.backgroundCores) best = result;
  } while (best.backgroundCores >= QUIET_CORES && Date.now() < deadline);
  return best;
}

async function measureOnce(
  label: string,
  url: string,
  serverPid: number,
  settings: LoadSettings,
  headers: Record<string, string>,
): Promise<LoadResult> {
  const { connections } = settings;
  if (settings.warmupSeconds > 0) await autocannon({ url, connections, duration: settings.warmupSeconds, headers });

  const latencies: number[] = [];
  let bytes = 0;
  const cpuBefore = cpuSeconds(serverPid);
  const machineBefore = cpuSnapshot([serverPid]);
  const run = autocannon({ url, connections, duration: settings.seconds, headers }).on("response", (_client, _status, size, ms) => {
    latencies.push(ms);
    bytes += size;
  });
  const result = await run;
  const cpu = cpuSeconds(serverPid) - cpuBefore;
  const backgroundCores = otherCores(machineBefore, cpuSnapshot([serverPid]));

  const sorted = Float64Array.from(latencies).sort();
  return {
    label,
    url,
    requestsPerSecond: result.requests.mean,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
    serverCpu: cpu / result.duration,
    cpuPerRequest: (cpu * 1e6) / Math.max(1, result.requests.total),
    backgroundCores,
  };
}
