// Drives one URL with autocannon: a warm-up whose figures are thrown away, then the measured run.
import autocannon from "autocannon";
import { cpuSeconds } from "./servers.ts";

export type LoadSettings = { connections: number; seconds: number; warmupSeconds: number };

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
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export async function measure(label: string, url: string, serverPid: number, settings: LoadSettings): Promise<LoadResult> {
  const { connections } = settings;
  if (settings.warmupSeconds > 0) await autocannon({ url, connections, duration: settings.warmupSeconds });

  const latencies: number[] = [];
  let bytes = 0;
  const cpuBefore = cpuSeconds(serverPid);
  const run = autocannon({ url, connections, duration: settings.seconds }).on("response", (_client, _status, size, ms) => {
    latencies.push(ms);
    bytes += size;
  });
  const result = await run;
  const cpu = (cpuSeconds(serverPid) - cpuBefore) / result.duration;

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
    serverCpu: cpu,
  };
}
