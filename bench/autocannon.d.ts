// The part of autocannon's programmatic API the benchmark uses; the package ships no types.
declare module "autocannon" {
  type Options = {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    /** Requests each connection cycles through, in order. */
    requests?: { path: string }[];
    /** Called with each connection's client before it connects. */
    setupClient?: (client: { setRequests(requests: { path: string }[]): void }) => void;
  };

  type Result = {
    duration: number;
    requests: { mean: number; total: number; sent: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };

  type Run = PromiseLike<Result> & {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, milliseconds: number) => void): Run;
  };

  export default function autocannon(options: Options): Run;
}
