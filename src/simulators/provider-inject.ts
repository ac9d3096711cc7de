// For the demo registers' tests: one GET to a provider app mounted alone on a bare Fastify.
import Fastify from "fastify";
import type { ProviderApp } from "./provider-app.ts";

export async function getFrom(provider: ProviderApp, path: string) {
  const app = Fastify();
  await app.register(async (scoped) => provider.routes(scoped), { prefix: provider.prefix });
  const response = await app.inject({ method: "GET", url: `${provider.prefix}${path}` });
  await app.close();
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}
