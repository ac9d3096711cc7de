// Sends one call on to the provider over HTTP, with a deadline, and retries idempotent reads that
// failed before the provider could have acted (no connection, or a 502/503/504 from in front of it).
import http from "node:http";
import https from "node:https";

export type ForwardRequest = {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Buffer | null;
  timeoutMs: number;
};

export type ForwardAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

export class ForwardError extends Error {
  readonly kind: "timeout" | "unreachable" | "too_large";
  constructor(kind: ForwardError["kind"], options?: { cause?: unknown }) {
    super(kind, options);
    this.kind = kind;
  }
}

const MAX_ANSWER_BYTES = 10 * 1024 * 1024;
const RETRIES = 2;
const RETRY_PAUSE_MS = 50;
const RETRYABLE_STATUS = new Set([502, 503, 504]);
const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 256 });

function once(request: ForwardRequest, deadline: number): Promise<ForwardAnswer> {
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new ForwardError("timeout"));
    const client = request.url.protocol === "https:" ? https : http;
    const req = client.request(request.url, {
      method: request.method,
      headers: request.headers,
      agent: request.url.protocol === "https:" ? httpsAgent : httpAgent,
    });
    const timer = setTimeout(() => req.destroy(new ForwardError("timeout")), remaining);
    req.on("error", (error) => {
      clearTimeout(timer);
      reject(error instanceof ForwardError ? error : new ForwardError("unreachable", { cause: error }));
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) req.destroy(new ForwardError("too_large"));
        else chunks.push(chunk);
      });
      res.on("end", () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on("error", () => {});
    });
    req.end(request.body ?? undefined);
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The provider's answer, or a ForwardError once the deadline passes or retries run out. */
export async function forward(request: ForwardRequest): Promise<ForwardAnswer & { attempts: number }> {
  const idempotent = request.method === "GET" || request.method === "HEAD";
  const deadline = Date.now() + request.timeoutMs;
  let attempts = 0;
  for (;;) {
    attempts += 1;
    const retriesLeft = idempotent && attempts <= RETRIES;
    try {
      const answer = await once(request, deadline);
      if (retriesLeft && RETRYABLE_STATUS.has(answer.status) && deadline - Date.now() > RETRY_PAUSE_MS) {
        await pause(RETRY_PAUSE_MS * attempts);
        continue;
      }
      return { ...answer, attempts };
    } catch (error) {
      const unreachable = error instanceof ForwardError && error.kind === "unreachable";
      if (!(retriesLeft && unreachable && deadline - Date.now() > RETRY_PAUSE_MS)) throw error;
      await pause(RETRY_PAUSE_MS * attempts);
    }
  }
}
