// Configuration comes from the environment only, and is checked once at start: a wrong value
// stops the process with a message naming the variable, before anything touches the data.
import { resolve } from "node:path";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const port = z.coerce
  .number({ message: "must be a number" })
  .int("must be a whole number")
  .min(0, "must be between 0 and 65535")
  .max(65535, "must be between 0 and 65535");

const positiveInt = z.coerce.number({ message: "must be a number" }).int("must be a whole number").positive("must be above 0");

/** The payment providers Epak has an adapter for (src/modules/payments/providers). */
export const PAYMENT_PROVIDER_IDS = ["dev"] as const;

const PROVIDER_LINE = /^(default|[A-Z][A-Z0-9-]*)=([a-z][a-z0-9-]*)$/;
const paymentProviders = z
  .string()
  .refine((v) => v.split(",").every((line) => PROVIDER_LINE.test(line.trim())), {
    message: "must be default=<provider>,<INSTITUTION>=<provider>, such as default=dev,VID=dev",
  })
  .refine((v) => v.split(",").every((line) => (PAYMENT_PROVIDER_IDS as readonly string[]).includes(line.split("=")[1]?.trim() ?? "")), {
    message: `names a provider Epak does not know (known: ${PAYMENT_PROVIDER_IDS.join(", ")})`,
  })
  .transform((v) => Object.fromEntries(v.split(",").map((line) => line.trim().split("=") as [string, string])));

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"], { message: "must be development, test or production" }).default("development"),
  PORT: port.default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PUBLIC_URL: z.url({ message: "must be an absolute URL such as https://epak.example.lv" }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  EPAK_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      message: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  COOKIE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  COOKIE_SECURE: bool.default(true),
  RATE_LIMIT_MAX: positiveInt.default(300),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(60),
  BODY_LIMIT_BYTES: positiveInt.default(1_048_576),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(15_000),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 (off) or more")
    .default(1000),
  EPAK_DEMO_DATA: bool.optional(),
  TRUST_PROXY: bool.default(false),
  EPAK_DEV_ROUTES: bool.optional(),
  DEV_IDP: bool.optional(),
  DEV_REGISTERS: bool.optional(),
  EXCHANGE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  CATALOG_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  OIDC_ISSUER: z.url({ message: "must be the identity provider's issuer URL, such as https://login.example.lv" }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).default("epak"),
  OIDC_CLIENT_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  SESSION_IDLE_MINUTES: positiveInt.default(15),
  SESSION_MAX_HOURS: positiveInt.default(8),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Epak <no-reply@epak.localhost>"),
  PAYMENT_PROVIDERS: paymentProviders.optional(),
  DEV_PAY: bool.optional(),
  DEV_PAY_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
});

export type Env = z.infer<typeof schema>;

export type Config = {
  env: Env["NODE_ENV"];
  port: number;
  host: string;
  publicUrl: string;
  database: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string; poolSize: number };
  logLevel: Env["LOG_LEVEL"];
  cookie: { secret: string | undefined; secure: boolean };
  rateLimit: { max: number; windowSeconds: number };
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  maxEventLoopDelayMs: number;
  demoData: boolean;
  devRoutes: boolean;
  /** The demo state registers are mounted under /registri/ and publish their services on the bus. */
  devRegisters: boolean;
  /** How long the bus gateway keeps a consumer, service or grant it looked up; 0 = not at all. */
  exchange: { cacheMs: number };
  catalog: { cacheMs: number };
  trustProxy: boolean;
  identity: {
    /** The development identity provider is mounted at /dev-idp and is the issuer unless OIDC_ISSUER says otherwise. */
    devIdp: boolean;
    /** Null when there is no provider at all: login then answers that it is not available. */
    issuer: string | null;
    clientId: string;
    /** Unset only with the development provider, which then shares an instance secret with Epak. */
    clientSecret: string | undefined;
    idleMinutes: number;
    maxHours: number;
  };
  mail: { smtpUrl: string | null; from: string };
  payments: {
    /** The development payment provider (bank link and card page) is mounted at /dev-maksajumi. */
    devPay: boolean;
    /** The provider id per institution code, `default` for the rest; empty: fees cannot be paid online. */
    providers: Record<string, string>;
    /** Unset: the instance makes one and keeps it in its database. */
    devPaySecret: string | undefined;
  };
};

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === "production" && !e.COOKIE_SECRET) {
    throw new ConfigError(["COOKIE_SECRET: must be set in production (at least 32 random characters)"]);
  }
  // An outside provider replaces the development one, unless the latter is asked for by name.
  const devIdp = e.DEV_IDP ?? (e.NODE_ENV !== "production" && !e.OIDC_ISSUER);
  if (e.OIDC_ISSUER && !e.OIDC_CLIENT_SECRET) {
    throw new ConfigError(["OIDC_CLIENT_SECRET: must be set when OIDC_ISSUER names an outside identity provider"]);
  }
  const publicUrl = e.PUBLIC_URL?.replace(/\/$/, "") ?? `http://localhost:${e.PORT}`;
  const devPay = e.DEV_PAY ?? e.NODE_ENV !== "production";
  const providers = e.PAYMENT_PROVIDERS ?? (devPay ? { default: "dev" } : {});
  if (!devPay && Object.values(providers).includes("dev")) {
    throw new ConfigError(["PAYMENT_PROVIDERS: names the development provider, which is off (DEV_PAY=false or production)"]);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: "pglite", dataDir: resolve(e.EPAK_DATA_DIR) },
    logLevel: e.LOG_LEVEL,
    cookie: { secret: e.COOKIE_SECRET, secure: e.COOKIE_SECURE },
    rateLimit: { max: e.RATE_LIMIT_MAX, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS,
    demoData: e.EPAK_DEMO_DATA ?? e.NODE_ENV !== "production",
    devRoutes: e.EPAK_DEV_ROUTES ?? e.NODE_ENV !== "production",
    devRegisters: e.DEV_REGISTERS ?? e.NODE_ENV !== "production",
    exchange: { cacheMs: e.EXCHANGE_CACHE_MS },
    catalog: { cacheMs: e.CATALOG_CACHE_MS },
    trustProxy: e.TRUST_PROXY,
    identity: {
      devIdp,
      issuer: e.OIDC_ISSUER ?? (devIdp ? `${publicUrl}/dev-idp` : null),
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      idleMinutes: e.SESSION_IDLE_MINUTES,
      maxHours: e.SESSION_MAX_HOURS,
    },
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM },
    payments: { devPay, providers, devPaySecret: e.DEV_PAY_SECRET },
  };
}
