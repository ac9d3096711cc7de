import assert from "node:assert/strict";
import { test } from "node:test";
import Fastify from "fastify";
import { enterpriseProvider } from "./enterprise-register/provider.ts";
import { populationProvider } from "./population-register/provider.ts";
import { propertyProvider } from "./property-register/provider.ts";
import type { ProviderApp } from "./provider-app.ts";
import { socialInsuranceProvider } from "./social-insurance/provider.ts";
import { vehicleProvider } from "./vehicle-register/provider.ts";

const providers = [populationProvider, propertyProvider, enterpriseProvider, socialInsuranceProvider, vehicleProvider];

/** The GET routes a provider registers, relative to its prefix and written as OpenAPI writes paths. */
async function routePaths(provider: ProviderApp): Promise<string[]> {
  const app = Fastify();
  const paths: string[] = [];
  app.addHook("onRoute", (route) => {
    if ([route.method].flat().includes("GET")) paths.push(route.url.slice(provider.prefix.length).replace(/:(\w+)/g, "{$1}"));
  });
  await app.register(async (scoped) => provider.routes(scoped), { prefix: provider.prefix });
  await app.close();
  return paths;
}

function documentPaths(provider: ProviderApp): Record<string, Record<string, unknown>> {
  return provider.openapi.paths as Record<string, Record<string, unknown>>;
}

/** Every "$ref" anywhere in the document. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === "$ref" && typeof inner === "string" ? [inner] : refs(inner)));
}

function resolve(document: Record<string, unknown>, ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), document);
}

test("the five registers are distinct, each under its own prefix", () => {
  assert.equal(new Set(providers.map((provider) => provider.code)).size, providers.length);
  assert.equal(new Set(providers.map((provider) => provider.prefix)).size, providers.length);
  assert.deepEqual(
    providers.map((provider) => provider.institution),
    ["PMLP", "VZD", "UR", "VSAA", "CSDD"],
  );
  for (const provider of providers) assert.match(provider.prefix, /^\/registri\/[a-z]+$/);
});

for (const provider of providers) {
  test(`${provider.code}: every route is in the OpenAPI document, and every documented path belongs to a service`, async () => {
    const routes = await routePaths(provider);
    const documented = Object.keys(documentPaths(provider));
    assert.ok(routes.length >= provider.services.length);
    for (const route of routes) assert.ok(documented.includes(route), `${route} is not documented`);
    const codes = provider.services.map((service) => service.code);
    for (const path of documented)
      assert.ok(
        codes.some((code) => path === `/${code}` || path.startsWith(`/${code}/`)),
        `${path} belongs to no service`,
      );
    for (const code of codes)
      assert.ok(
        documented.some((path) => path.startsWith(`/${code}/`)),
        `service ${code} has no path`,
      );
  });

  test(`${provider.code}: the OpenAPI document is a complete 3.1 description`, () => {
    const document = provider.openapi as Record<string, unknown> & { info: Record<string, unknown> };
    assert.equal(document.openapi, "3.1.0");
    for (const field of ["title", "version", "description"]) assert.ok(document.info[field], field);
    for (const [path, item] of Object.entries(documentPaths(provider))) {
      const operation = item.get as { parameters: { name: string; in: string }[]; responses: Record<string, unknown>; operationId: string };
      assert.ok(operation.operationId, path);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      // A search answers an empty list, not 404; a path naming an entry can find none.
      assert.deepEqual(Object.keys(operation.responses).sort(), templated.length ? ["200", "400", "404"] : ["200", "400"], path);
      assert.deepEqual(
        operation.parameters.filter((parameter) => parameter.in === "path").map((parameter) => parameter.name),
        templated,
        path,
      );
    }
    for (const ref of refs(document)) assert.ok(resolve(document, ref), `${ref} does not resolve`);
    assert.doesNotThrow(() => JSON.stringify(document));
  });

  test(`${provider.code}: services are named and described in Latvian and English`, () => {
    assert.ok(provider.name.lv && provider.name.en);
    for (const service of provider.services) {
      assert.match(service.code, /^[a-z][a-z-]*$/);
      for (const text of [service.name, service.description]) assert.ok(text.lv && text.en && text.lv !== text.en, service.code);
      assert.ok(service.dataCategories.length > 0, service.code);
      for (const category of service.dataCategories) assert.match(category, /^[a-z][a-z-]*$/);
    }
  });
}
