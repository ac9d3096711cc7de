import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError, loadConfig } from "../../app/config.ts";

test("outside production every institution pays through the development provider", () => {
  const { payments } = loadConfig({});
  assert.deepEqual(payments, { devPay: true, providers: { default: "dev" }, devPaySecret: undefined });
});

test("PAYMENT_PROVIDERS chooses a provider per institution, with a default", () => {
  assert.deepEqual(loadConfig({ PAYMENT_PROVIDERS: "default=dev, VID=dev" }).payments.providers, { default: "dev", VID: "dev" });
});

test("in production there is no provider unless one is configured, and the development one is refused", () => {
  const production = { NODE_ENV: "production", COOKIE_SECRET: "x".repeat(32) };
  assert.deepEqual(loadConfig(production).payments, { devPay: false, providers: {}, devPaySecret: undefined });
  assert.throws(() => loadConfig({ ...production, PAYMENT_PROVIDERS: "default=dev" }), /PAYMENT_PROVIDERS: names the development provider/);
  assert.equal(loadConfig({ ...production, DEV_PAY: "true", PAYMENT_PROVIDERS: "UR=dev" }).payments.providers.UR, "dev");
});

test("a wrong line, an unknown provider or a short secret stops the start naming the variable", () => {
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      return error.problems;
    }
  };
  assert.match(problems({ PAYMENT_PROVIDERS: "dev" })[0] ?? "", /^PAYMENT_PROVIDERS: must be default=<provider>/);
  assert.match(
    problems({ PAYMENT_PROVIDERS: "default=stripe" })[0] ?? "",
    /^PAYMENT_PROVIDERS: names a provider Epak does not know \(known: dev\)/,
  );
  assert.match(problems({ DEV_PAY_SECRET: "short" })[0] ?? "", /^DEV_PAY_SECRET: must be at least 32 characters/);
});
