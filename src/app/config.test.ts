import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError, loadConfig } from "./config.ts";

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems;
  }
  assert.fail("expected the configuration to be refused");
}

test("defaults give an embedded database in ./data on port 3000", () => {
  const config = loadConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.database.kind, "pglite");
  assert.match(config.database.kind === "pglite" ? config.database.dataDir : "", /\/data$/);
  assert.equal(config.demoData, true);
  assert.equal(config.devRoutes, true);
});

test("DATABASE_URL switches to PostgreSQL and EPAK_DATA_DIR moves the embedded data", () => {
  assert.deepEqual(loadConfig({ DATABASE_URL: "postgres://u@db/epak" }).database, {
    kind: "postgres",
    url: "postgres://u@db/epak",
    poolSize: 10,
  });
  const moved = loadConfig({ EPAK_DATA_DIR: "/tmp/epak-elsewhere" }).database;
  assert.deepEqual(moved, { kind: "pglite", dataDir: "/tmp/epak-elsewhere" });
});

test("a wrong value names the variable", () => {
  assert.match(problems({ PORT: "eighty" })[0] ?? "", /^PORT: /);
  assert.match(problems({ PORT: "70000" })[0] ?? "", /^PORT: must be between 0 and 65535/);
  assert.match(problems({ DATABASE_URL: "mysql://x" })[0] ?? "", /^DATABASE_URL: must start with postgres/);
  assert.match(problems({ COOKIE_SECURE: "maybe" })[0] ?? "", /^COOKIE_SECURE: must be true or false/);
  assert.match(problems({ LOG_LEVEL: "loud" })[0] ?? "", /^LOG_LEVEL: /);
});

test("every wrong value is reported at once", () => {
  assert.equal(problems({ PORT: "x", RATE_LIMIT_MAX: "-1" }).length, 2);
});

test("production needs a cookie secret and turns demo data and dev routes off", () => {
  assert.match(problems({ NODE_ENV: "production" })[0] ?? "", /^COOKIE_SECRET: /);
  const config = loadConfig({ NODE_ENV: "production", COOKIE_SECRET: "x".repeat(32) });
  assert.equal(config.demoData, false);
  assert.equal(config.devRoutes, false);
});

test("an empty variable counts as unset", () => {
  assert.equal(loadConfig({ PORT: "" }).port, 3000);
});

test("the development identity provider is the issuer outside production, and off in production unless asked for", () => {
  const dev = loadConfig({ PUBLIC_URL: "https://epak.example.lv/" });
  assert.equal(dev.identity.devIdp, true);
  assert.equal(dev.identity.issuer, "https://epak.example.lv/dev-idp");
  assert.equal(dev.publicUrl, "https://epak.example.lv");
  const production = loadConfig({ NODE_ENV: "production", COOKIE_SECRET: "x".repeat(32) });
  assert.equal(production.identity.devIdp, false);
  assert.equal(production.identity.issuer, null);
  const outside = loadConfig({ OIDC_ISSUER: "https://login.example.lv", OIDC_CLIENT_SECRET: "s".repeat(16) });
  assert.equal(outside.identity.issuer, "https://login.example.lv");
  assert.equal(outside.identity.devIdp, false, "an outside provider replaces the development one");
  assert.equal(outside.identity.clientSecret, "s".repeat(16));
});

test("an outside identity provider needs its client secret, and session times must be whole minutes and hours", () => {
  assert.deepEqual(problems({ OIDC_ISSUER: "https://login.example.lv", DEV_IDP: "true" }), [
    "OIDC_CLIENT_SECRET: must be set when OIDC_ISSUER names an outside identity provider",
  ]);
  assert.deepEqual(problems({ SESSION_IDLE_MINUTES: "0", SESSION_MAX_HOURS: "x" }), [
    "SESSION_IDLE_MINUTES: must be above 0",
    "SESSION_MAX_HOURS: must be a number",
  ]);
  assert.deepEqual(problems({ SMTP_URL: "mail.example.lv" }), ["SMTP_URL: must start with smtp:// or smtps://"]);
  assert.equal(loadConfig({}).identity.idleMinutes, 15);
  assert.equal(loadConfig({}).identity.maxHours, 8);
});
