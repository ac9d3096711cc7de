import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { stringify } from "yaml";
import { definitionSkeleton } from "../commands/create-definition.ts";
import { checkDefinition } from "./definition-schema.ts";
import { jsonErrorOffset, MAX_DEFINITION_BYTES, type ReadFile, readDefinitionFile } from "./parse-definition-file.ts";

const skeleton = definitionSkeleton("pases-izsniegsana", "PMLP", { lv: "Pase", en: "Passport" }, { lv: "Pases", en: "Passports" });

function read(fileName: string, text: string): ReadFile {
  return readDefinitionFile({ fileName, bytes: Buffer.from(text) });
}

function readOk(fileName: string, text: string) {
  const file = read(fileName, text);
  assert.ok(file.ok, `the file is read: ${JSON.stringify(file)}`);
  return file;
}

function lineContaining(text: string, fragment: string): number {
  const index = text.split("\n").findIndex((l) => l.includes(fragment));
  assert.ok(index >= 0, `the text has ${fragment}`);
  return index + 1;
}

describe("reading a definition file", () => {
  test("YAML with comments and the same definition as JSON give the same data", () => {
    const yaml = `# Passports\n${stringify(skeleton)}`;
    const json = JSON.stringify(skeleton, null, 2);
    const fromYaml = readOk("pase.yaml", yaml);
    const fromJson = readOk("pase.json", json);
    assert.equal(fromYaml.format, "yaml");
    assert.equal(fromJson.format, "json");
    assert.deepEqual(fromYaml.value, skeleton);
    assert.deepEqual(fromJson.value, skeleton);
    assert.ok(checkDefinition(fromYaml.value).ok);
  });

  test("the format is told by the content, not by the file's name", () => {
    assert.equal(readOk("pase.yml", JSON.stringify(skeleton)).format, "json");
    assert.equal(readOk("pase.JSON", stringify(skeleton)).format, "yaml");
  });

  test("a rule's problem is found on the line of its key, in YAML and in JSON", () => {
    const wrong = structuredClone(skeleton) as unknown as { pages: { questions: { type: string }[] }[] };
    (wrong.pages[0]?.questions[0] as { type: string }).type = "colour";
    for (const [name, text] of [
      ["wrong.yaml", stringify(wrong)],
      ["wrong.json", JSON.stringify(wrong, null, 2)],
    ] as const) {
      const file = readOk(name, text);
      const checked = checkDefinition(file.value);
      assert.ok(!checked.ok);
      const problem = checked.problems.find((p) => p.path === "pages.0.questions.0.type");
      assert.ok(problem, `the type is wrong: ${JSON.stringify(checked.problems)}`);
      assert.equal(file.lineOf(problem.path), lineContaining(text, "colour"), name);
    }
  });

  test("a field missing from the file is placed at the object that should hold it", () => {
    const { declaration: _, ...withoutDeclaration } = skeleton;
    const page = { ...skeleton.pages[0], title: undefined };
    const text = stringify({ ...withoutDeclaration, pages: [page] });
    const file = readOk("missing.yaml", text);
    assert.equal(file.lineOf("declaration"), 1);
    assert.equal(file.lineOf("pages.0.title.lv"), lineContaining(text, "- id: applicant"));
  });

  test("a YAML syntax error names its line and column", () => {
    const text = "service: pases-izsniegsana\ntitle:\n  lv: Pase\n\ten: Passport\n";
    const file = read("pase.yaml", text);
    assert.deepEqual(file, { ok: false, errors: [{ code: "tab_indent", line: 4, column: 1 }] });
    const duplicate = read("pase.yaml", "service: a\nservice: b\n");
    assert.ok(!duplicate.ok);
    assert.deepEqual(duplicate.errors[0], { code: "duplicate_key", line: 2, column: 1 });
  });

  test("JSON is read strictly: a trailing comma or a misspelt literal is an error at its place", () => {
    assert.deepEqual(read("a.json", '{\n  "fee": null,\n  "applicants": ["self",]\n}'), {
      ok: false,
      errors: [{ code: "syntax", line: 3, column: 25 }],
    });
    assert.deepEqual(read("a.json", '{\n  "fee": nul\n}'), { ok: false, errors: [{ code: "syntax", line: 2, column: 10 }] });
    assert.deepEqual(read("a.json", '{"a": 1,\n "a": 2}'), { ok: false, errors: [{ code: "duplicate_key", line: 2, column: 2 }] });
  });

  test("the strict JSON reader agrees with JSON.parse", () => {
    const samples = [
      "{}",
      "[]",
      ' { "a" : [ 1 , -2.5e3 , true , false , null , "x\\u00e9\\n" ] } ',
      '"text"',
      "0",
      "{",
      "[1,]",
      '{"a" 1}',
      "01",
      "1.",
      '"tab\there"',
      '{"a":1}x',
      "",
      "[1 2]",
      '{"a":{"b":[{}]}}',
      "-",
      '"\\x"',
    ];
    for (const sample of samples) {
      let valid = true;
      try {
        JSON.parse(sample);
      } catch {
        valid = false;
      }
      assert.equal(jsonErrorOffset(sample) === null, valid, JSON.stringify(sample));
    }
  });

  test("a file of another type, too large, empty or not UTF-8 is refused before it is read", () => {
    assert.deepEqual(read("pase.txt", "service: a"), { ok: false, errors: [{ code: "file_type" }] });
    const large = Buffer.alloc(MAX_DEFINITION_BYTES + 1, 0x20);
    assert.deepEqual(readDefinitionFile({ fileName: "a.yaml", bytes: large }), { ok: false, errors: [{ code: "file_too_large" }] });
    assert.deepEqual(read("a.yaml", " \n"), { ok: false, errors: [{ code: "file_empty" }] });
    const latin1 = Buffer.from("title: P\xe9rse\n", "latin1");
    assert.deepEqual(readDefinitionFile({ fileName: "a.yaml", bytes: latin1 }), { ok: false, errors: [{ code: "file_encoding" }] });
  });
});
