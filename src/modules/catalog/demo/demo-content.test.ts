// The demo catalogue keeps the same rules as anything an editor publishes, and its references hold.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { eventSchema, institutionSchema, localVariantSchema, problemsOf, serviceSchema } from "../document-schema.ts";
import { DEMO_CATALOGUE as demo } from "./index.ts";

const institutionIds = new Set(demo.institutions.map((i) => i.identifier));
const serviceIds = new Set([...demo.services, ...demo.localVariants].map((s) => s.identifier));

function problemsIn<T extends { identifier: string }>(items: T[], schema: Parameters<typeof problemsOf>[0]): string[] {
  return items.flatMap((item) => problemsOf(schema, item).map((p) => `${item.identifier}: ${p.path} ${p.code}`));
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe("demo catalogue", () => {
  it("has the promised amount of content", () => {
    const municipalities = demo.institutions.filter((i) => i.kind === "municipality" || i.kind === "state_city");
    assert.equal(municipalities.length, 42);
    assert.equal(municipalities.filter((i) => i.kind === "state_city").length, 7);
    assert.ok(demo.institutions.length >= 40 + 20, `${demo.institutions.length} institutions`);
    assert.ok(demo.services.length >= 150, `${demo.services.length} services`);
    assert.ok(demo.events.filter((e) => e.kind === "life").length >= 20);
    assert.ok(demo.events.filter((e) => e.kind === "business").length >= 8);
  });

  it("keeps the document rules", () => {
    assert.deepEqual(problemsIn(demo.institutions, institutionSchema), []);
    assert.deepEqual(problemsIn(demo.services, serviceSchema), []);
    assert.deepEqual(problemsIn(demo.localVariants, localVariantSchema), []);
    assert.deepEqual(problemsIn(demo.events, eventSchema), []);
  });

  it("has unique identifiers", () => {
    assert.deepEqual(duplicates(demo.institutions.map((i) => i.identifier)), []);
    assert.deepEqual(duplicates([...demo.services, ...demo.localVariants].map((s) => s.identifier)), []);
    assert.deepEqual(duplicates(demo.events.map((e) => e.identifier)), []);
  });

  it("points only at things that exist", () => {
    const broken: string[] = [];
    for (const i of demo.institutions) if (i.parent && !institutionIds.has(i.parent)) broken.push(`${i.identifier} parent ${i.parent}`);
    for (const s of demo.services) {
      if (!institutionIds.has(s.institution)) broken.push(`${s.identifier} institution ${s.institution}`);
      for (const m of s.municipalities) if (!institutionIds.has(m)) broken.push(`${s.identifier} municipality ${m}`);
    }
    const templates = new Set(demo.services.filter((s) => s.template).map((s) => s.identifier));
    for (const v of demo.localVariants) {
      if (!templates.has(v.template)) broken.push(`${v.identifier} template ${v.template}`);
      if (!institutionIds.has(v.institution)) broken.push(`${v.identifier} institution ${v.institution}`);
    }
    for (const e of demo.events)
      for (const step of e.steps) for (const s of step.services) if (!serviceIds.has(s)) broken.push(`${e.identifier} step service ${s}`);
    assert.deepEqual(broken, []);
  });

  it("lets every municipality offer every municipal template", () => {
    const templates = demo.services.filter((s) => s.template).map((s) => s.identifier);
    const municipalities = demo.institutions.filter((i) => i.kind === "municipality" || i.kind === "state_city");
    const offered = new Set(demo.localVariants.map((v) => `${v.institution} ${v.template}`));
    const missing = municipalities.flatMap((m) =>
      templates.filter((t) => !offered.has(`${m.identifier} ${t}`)).map((t) => `${m.identifier} ${t}`),
    );
    assert.ok(templates.length >= 5, `${templates.length} templates`);
    assert.deepEqual(missing, []);
  });
});

describe("document rules", () => {
  it("take a link on this portal or an https address, never another site written as a path", () => {
    const channel = (url: string) => problemsOf(serviceSchema, { ...demo.services[0], channels: [{ type: "online", url }] });
    assert.deepEqual(channel("/e-pakalpojumi/x"), []);
    assert.deepEqual(channel("https://www.latvija.lv"), []);
    for (const bad of ["//evil.example/x", "http://www.latvija.lv", "javascript:alert(1)", "/a b"])
      assert.deepEqual(channel(bad), [{ path: "channels.0.url", code: "invalid_url" }], bad);
  });
});
