// Structured JSON logs (pino): one line per event with the request id, never a cookie, an
// authorisation header or a personal code.
import { type Logger, pino } from "pino";
import { redactUrl } from "./redact.ts";

type RawRequest = { method?: string; url?: string; socket?: { remoteAddress?: string } };

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'], remove: true },
    serializers: {
      err: pino.stdSerializers.err,
      req: (req: RawRequest) => ({
        method: req.method,
        url: redactUrl(req.url ?? "/"),
        remoteAddress: req.socket?.remoteAddress,
      }),
    },
  });
}
