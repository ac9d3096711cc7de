// The demo definition files keep the rules an editor's upload keeps, and each is the online channel
// of a real catalogue service, processed by that service's own institution.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { DEMO_CATALOGUE } from "../../catalog/demo/index.ts";
import { checkDefinition } from "../definition/definition-schema.ts";
import type { EServiceDefinition, Question } from "../definition/model.ts";
import { DEMO_DEFINITION_FILES } from "./index.ts";

const institutionOf = new Map([...DEMO_CATALOGUE.services, ...DEMO_CATALOGUE.localVariants].map((s) => [s.identifier, s.institution]));

function load(file: string): EServiceDefinition {
  const checked = checkDefinition(parse(readFileSync(file, "utf8")));
  assert.ok(checked.ok, `${file}: ${JSON.stringify(checked.ok ? [] : checked.problems)}`);
  return checked.definition;
}

function allQuestions(def: EServiceDefinition): Question[] {
  return def.pages.flatMap((p) => p.questions.flatMap((q) => [q, ...(q.questions ?? [])]));
}

describe("demo e-service definitions", () => {
  it("are five files, one per service", () => {
    assert.equal(DEMO_DEFINITION_FILES.length, 5);
    for (const file of DEMO_DEFINITION_FILES) assert.ok(existsSync(file), file);
    const services = DEMO_DEFINITION_FILES.map((file) => load(file).service);
    assert.equal(new Set(services).size, 5);
  });

  for (const file of DEMO_DEFINITION_FILES) {
    const name = file.split("/").at(-1) ?? file;
    describe(name, () => {
      it("passes the definition rules", () => {
        load(file);
      });

      it("is named after its service", () => {
        assert.equal(`${load(file).service}.yaml`, name);
      });

      it("belongs to a catalogue service and is processed by that service's institution", () => {
        const def = load(file);
        assert.ok(institutionOf.has(def.service), `no catalogue service ${def.service}`);
        assert.equal(def.institution, institutionOf.get(def.service));
      });

      it("has unique question ids, within the form and within each group", () => {
        const def = load(file);
        const ids = def.pages.flatMap((p) => p.questions.map((q) => q.id));
        assert.deepEqual(
          ids.filter((id, i) => ids.indexOf(id) !== i),
          [],
        );
        for (const group of allQuestions(def).filter((q) => q.type === "group")) {
          const inner = (group.questions ?? []).map((q) => q.id);
          assert.deepEqual(
            inner.filter((id, i) => inner.indexOf(id) !== i),
            [],
            group.id,
          );
        }
      });

      it("asks a realistic number of questions", () => {
        const count = allQuestions(load(file)).length;
        assert.ok(count >= 10 && count <= 30, `${count} questions`);
      });

      it("is written in Latvian and English throughout", () => {
        const texts: { lv: string; en: string }[] = [];
        const collect = (value: unknown): void => {
          if (Array.isArray(value)) value.forEach(collect);
          else if (value && typeof value === "object") {
            if ("lv" in value && "en" in value) texts.push(value as { lv: string; en: string });
            else Object.values(value).forEach(collect);
          }
        };
        collect(load(file));
        assert.ok(texts.length > 20);
        for (const t of texts) assert.notEqual(t.lv.trim(), t.en.trim(), `untranslated: ${t.en}`);
      });
    });
  }

  it("charge what the catalogue says the online channel costs", () => {
    const fees = Object.fromEntries(DEMO_DEFINITION_FILES.map((f) => load(f)).map((d) => [d.service, d.fee?.amountCents ?? 0]));
    const catalogueCost = (id: string) => DEMO_CATALOGUE.services.find((s) => s.identifier === id)?.costs.map((c) => c.amount) ?? [];
    assert.deepEqual(catalogueCost("juridiskas-adreses-maina"), [20]);
    assert.equal(fees["juridiskas-adreses-maina"], 2000);
    // The residence declaration costs a state fee only in person; the benefits are free.
    for (const free of [
      "dzivesvietas-deklaresana",
      "bernu-piedzimsanas-pabalsts",
      "bezdarbnieka-statusa-pieskirsana",
      "majokla-pabalsts-cesis",
    ]) {
      assert.equal(fees[free], 0, free);
    }
  });
});
