// An Epak web process on a database of its own, for tests that go through HTTP (inject) or a
// browser (listen on a free loopback port).
import type { FastifyInstance } from "fastify";
import { type App, createApp } from "../../src/app/app.ts";
import { type Config, loadConfig } from "../../src/app/config.ts";
import { modules } from "../../src/app/modules.ts";
import { seedDemoData } from "../../src/app/seed.ts";
import type { Clock } from "../../src/platform/clock.ts";
import type { Role } from "../../src/platform/jobs/jobs.ts";
import { type TestDatabase, testDatabase } from "./database.ts";
import { freePort } from "./process.ts";

export type TestAppOptions = {
  env?: Record<string, string>;
  role?: Role;
  seed?: boolean;
  clock?: Clock;
  fetch?: typeof fetch;
  /** The loopback port to listen on; a free one when not given. */
  port?: number;
};

export type TestApp = {
  http: FastifyInstance;
  app: App;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
};

export async function testApp(options: TestAppOptions = {}): Promise<TestApp> {
  // A test machine running browsers and databases side by side can lag; shedding load there
  // would fail tests at random rather than protect anyone.
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    COOKIE_SECURE: "false",
    MAX_EVENT_LOOP_DELAY_MS: "0",
    // Tests revoke a grant and expect the very next call refused; the cache has its own test.
    EXCHANGE_CACHE_MS: "0",
    // Tests publish and then read at once; the catalogue cache is measured by the benchmark.
    CATALOG_CACHE_MS: "0",
    ...options.env,
  });
  const database = await testDatabase();
  if (options.seed) await seedDemoData(database.db, modules);
  const app = await createApp(config, database, options.role ?? "web", { clock: options.clock, fetch: options.fetch });
  if (!app.http) throw new Error("testApp needs a role that serves HTTP");
  // Even tests that only inject requests need a listening server: Epak calls the registers over
  // HTTP through its own data-exchange gateway.
  await app.http.listen({ port: options.port ?? 0, host: "127.0.0.1" });
  return {
    http: app.http,
    app,
    database,
    config,
    async close() {
      await app.stop();
      await database.close();
    },
  };
}

/** The CSRF cookie and token a browser would get from a page with a form. */
export async function csrfFrom(http: FastifyInstance, url: string): Promise<{ cookie: string; token: string }> {
  const res = await http.inject({ method: "GET", url });
  const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
  const setCookie = res.cookies.find((c) => c.name === "epak_csrf");
  if (!token || !setCookie) throw new Error(`No CSRF form on ${url} (status ${res.statusCode})`);
  return { cookie: `epak_csrf=${setCookie.value}`, token };
}

/**
 * An Epak listening on a free loopback port, for tests that go through real HTTP (a browser, a
 * login through the development identity provider, which Epak calls back over HTTP). Its
 * PUBLIC_URL is that address, so redirects and the provider's issuer point at it.
 */
export async function listeningTestApp(options: TestAppOptions = {}): Promise<TestApp & { url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const site = await testApp({ ...options, port, env: { PUBLIC_URL: url, ...options.env } });
  return { ...site, url };
}
