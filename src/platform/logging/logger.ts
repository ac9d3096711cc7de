// Structured JSON logs (pino): one line per event with the request id, never a cookie, an
// authorisation header or a personal code.
import { type Logger, pino } from "pino";
import { redactText, redactUrl } from "./redact.ts";

type RawRequest = { method?: string; url?: string; socket?: { remoteAddress?: string } };

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'], remove: true },
    serializers: {
      // Database errors carry the offending values in `detail`; they stay out of the log.
      err: (err: Error) => {
        const { detail: _detail, ...serialised } = pino.stdSerializers.err(err) as ReturnType<typeof pino.stdSerializers.err> & {
          detail?: unknown;
        };
        return { ...serialised, message: redactText(serialised.message), stack: redactText(serialised.stack) };
      },
      req: (req: RawRequest) => ({
        method: req.method,
        url: redactUrl(req.url ?? "/"),
        remoteAddress: req.socket?.remoteAddress,
      }),
    },
  });
}
