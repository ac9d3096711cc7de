// The catalogue as CPSV-AP 3.2.0 JSON-LD: the export keeps the standard's SHACL shapes, comes back
// unchanged through an import into another database, and is served over HTTP; imports from
// elsewhere are taken in or refused with every problem told by node and property, writing nothing;
// and `epak catalog export | import` does the same from the command line.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import jsonld from "jsonld";
import type { Kysely } from "kysely";
import n3 from "n3";
import SHACLValidator from "rdf-validate-shacl";
import { exportCatalogue } from "../../src/modules/catalog/jsonld/export.ts";
import { importJsonLd, type JsonLdImportResult } from "../../src/modules/catalog/jsonld/import.ts";
import type { LocalVariantDocument, ServiceDocument } from "../../src/modules/catalog/model.ts";
import { systemContext } from "../../src/platform/context.ts";
import type { Tables } from "../../src/platform/db/tables.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { type TestApp, testApp } from "../harness/app.ts";
import { type TestDatabase, testDatabase } from "../harness/database.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const STANDARD = join(ROOT, "src/modules/catalog/jsonld/standard/");
const BASE = "https://epak.example.lv";
const CPSV_AP_CONTEXT = "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld";

type Node = Record<string, unknown>;
type Document = { "@context": unknown; "@graph": Node[] };

function importInto(db: Kysely<Tables>, text: string): Promise<JsonLdImportResult> {
  return inTransaction(db, (trx) => importJsonLd(systemContext("test", trx), text, { base: BASE }));
}

function problemsOf(result: JsonLdImportResult): string[] {
  assert.equal(result.ok, false, "the import is refused");
  return result.ok ? [] : result.problems.map((p) => p.message);
}

function node(document: Document, identifier: string): Node {
  const found = document["@graph"].find((n) => n["dct:identifier"] === identifier);
  assert.ok(found, `a node with dct:identifier ${identifier}`);
  return found;
}

/** What an import could have written: versions and audit rows, which a refused import must not add. */
async function writes(db: Kysely<Tables>): Promise<number[]> {
  const count = async (table: "catalog.service_version" | "platform.audit_log" | "catalog.institution" | "catalog.event") =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return [
    await count("catalog.service_version"),
    await count("platform.audit_log"),
    await count("catalog.institution"),
    await count("catalog.event"),
  ];
}

async function stored<T = ServiceDocument>(db: Kysely<Tables>, identifier: string): Promise<T | undefined> {
  const row = await db.selectFrom("catalog.service").select("published").where("identifier", "=", identifier).executeTakeFirst();
  return row?.published as T | undefined;
}

describe("CPSV-AP JSON-LD export and import", { timeout: 300_000 }, () => {
  let site: TestApp;
  let exported: string;
  let document: Document;

  before(async () => {
    site = await testApp({ seed: true, env: { PUBLIC_URL: BASE } });
    exported = await exportCatalogue(site.database.db, { base: BASE });
    document = JSON.parse(exported) as Document;
  });
  after(() => site?.close());

  test("the export conforms to the CPSV-AP 3.2.0 SHACL shapes", async () => {
    const quads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { format: "application/n-quads" })) as unknown as string;
    const data = new n3.Store(new n3.Parser({ format: "N-Quads" }).parse(quads));
    const shapes = new n3.Store(new n3.Parser().parse(readFileSync(join(STANDARD, "cpsv-ap-SHACL.ttl"), "utf8")));
    const report = await new SHACLValidator(shapes).validate(data);
    const violations = report.results.map(
      (r) =>
        `${r.focusNode?.value} ${r.path?.value ?? ""}: ${r.sourceConstraintComponent?.value} ${r.message.map((m) => m.value).join("; ")}`,
    );
    assert.deepEqual(violations, [], "no SHACL violations");
    assert.equal(report.conforms, true);
    assert.ok(data.size > 10_000, `a whole catalogue, not an empty graph (${data.size} triples)`);
  });

  test("the export says what the catalogue says, in Latvian and English, in CPSV-AP's terms", async () => {
    const declaring = node(document, "dzivesvietas-deklaresana");
    assert.equal(declaring["@id"], `${BASE}/pakalpojumi/dzivesvietas-deklaresana`);
    assert.equal(declaring["@type"], "cpsv:PublicService");
    assert.deepEqual(declaring["dct:title"], { lv: "Dzīvesvietas deklarēšana", en: (declaring["dct:title"] as { en: string }).en });
    assert.equal(declaring["cv:hasCompetentAuthority"], `${BASE}/iestades/PMLP`);
    assert.ok((declaring["cv:isClassifiedBy"] as string[]).includes("https://epak.example/concept/maturity/4"));
    const channels = declaring["cv:hasChannel"] as Node[];
    assert.ok(
      channels.some(
        (c) => c["dct:type"] === "https://epak.example/concept/channel-type/online" && c["foaf:page"] === "https://www.latvija.lv",
      ),
    );
    assert.ok((declaring["cv:isGroupedBy"] as string[]).some((e) => e.startsWith(`${BASE}/dzives-situacijas/`)));
    const declared = await stored(site.database.db, "dzivesvietas-deklaresana");
    assert.deepEqual(declaring["epak:processingTimeDescription"], declared?.processingTime);

    const pmlp = node(document, "PMLP");
    assert.equal(pmlp["@type"], "cv:PublicOrganisation");
    assert.equal(pmlp["dct:spatial"], "http://publications.europa.eu/resource/authority/country/LVA");

    const variant = document["@graph"].find((n) => typeof n["dct:source"] === "string");
    assert.ok(variant, "local variants are exported");
    const template = document["@graph"].find((n) => n["@id"] === variant["dct:source"]);
    assert.ok((template?.["cv:isClassifiedBy"] as string[] | undefined)?.includes("https://epak.example/concept/service-role/template"));
    assert.equal(variant["cpsv:produces"], undefined, "a variant carries its local details, not a copy of the template");

    const identifiers = document["@graph"].map((n) => `${[n["@type"]].flat()[0]} ${n["dct:identifier"] ?? n["@id"]}`);
    assert.deepEqual(identifiers, [...identifiers].sort(), "sorted by type, then identifier");
  });

  test("GET /api/v1/catalog.jsonld serves the same document to any site, with an ETag", async () => {
    const res = await site.http.inject({ method: "GET", url: "/api/v1/catalog.jsonld" });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers["content-type"]), /^application\/ld\+json/);
    assert.equal(res.headers["access-control-allow-origin"], "*");
    assert.deepEqual(JSON.parse(res.body), document);
    const etag = String(res.headers.etag);
    assert.match(etag, /^"[^"]+"$/);
    const again = await site.http.inject({ method: "GET", url: "/api/v1/catalog.jsonld", headers: { "if-none-match": etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, "");
  });

  test("export → import into an empty database → export gives the same text, and importing it again changes nothing", async () => {
    const fresh: TestDatabase = await testDatabase();
    try {
      const first = await importInto(fresh.db, exported);
      assert.ok(first.ok, JSON.stringify(first));
      const institutions = document["@graph"].filter((n) => n["@type"] === "cv:PublicOrganisation").length;
      const services = document["@graph"].filter((n) => n["@type"] === "cpsv:PublicService").length;
      assert.deepEqual(first.report.institutions, { created: institutions, updated: 0, unchanged: 0 });
      assert.deepEqual(first.report.services, { created: services, updated: 0, unchanged: 0 });
      assert.equal(await exportCatalogue(fresh.db, { base: BASE }), exported);

      const variant = document["@graph"].find((n) => typeof n["dct:source"] === "string") as Node;
      const storedVariant = await stored<LocalVariantDocument & { title?: unknown }>(fresh.db, String(variant["dct:identifier"]));
      assert.equal(storedVariant?.template, String(variant["dct:source"]).split("/").pop(), "the variant is a variant of its template");
      assert.equal(storedVariant?.title, undefined, "not a full copy");

      const second = await importInto(fresh.db, exported);
      assert.ok(second.ok);
      assert.deepEqual(second.report.services, { created: 0, updated: 0, unchanged: services });
      assert.deepEqual(second.report.institutions, { created: 0, updated: 0, unchanged: institutions });
    } finally {
      await fresh.close();
    }
    const intoSource = await importInto(site.database.db, exported);
    assert.ok(intoSource.ok);
    assert.equal(intoSource.report.services.updated + intoSource.report.events.updated + intoSource.report.institutions.updated, 0);
  });

  test("a file with mistakes is refused with each problem at its node and property, and nothing of it is written", async () => {
    const broken = JSON.parse(exported) as Document;
    const renamed = node(broken, "pases-izsniegsana");
    (renamed["dct:title"] as { lv: string }).lv = "Pases izsniegšana (labots)";
    const untitled = node(broken, "dzivesvietas-deklaresana");
    delete (untitled["dct:title"] as { en?: string }).en;
    const orphan = node(broken, "bernu-piedzimsanas-pabalsts");
    orphan["cv:hasCompetentAuthority"] = `${BASE}/iestades/NEESOSA-IESTADE`;
    const elsewhere = node(broken, "vecuma-pensija");
    elsewhere["cv:hasCompetentAuthority"] = "http://example.com/organisation";
    const requirement = (node(broken, "pases-izsniegsana")["cv:holdsRequirement"] as Node[])[0] as Node;
    const evidence = (requirement["cv:hasSupportingEvidence"] as Node[])[0] as Node;
    (evidence["dct:title"] as { lv: string }).lv = "";
    const before = await writes(site.database.db);

    const problems = problemsOf(await importInto(site.database.db, JSON.stringify(broken)));
    const service = (id: string) => `service "${BASE}/pakalpojumi/${id}"`;
    assert.ok(problems.includes(`${service("dzivesvietas-deklaresana")} dct:title@en: required (missing or empty)`), problems.join("\n"));
    assert.ok(problems.some((p) => p.startsWith(`${service("bernu-piedzimsanas-pabalsts")} cv:hasCompetentAuthority: unknown_reference`)));
    assert.ok(problems.some((p) => p.startsWith(`${service("vecuma-pensija")} cv:hasCompetentAuthority: unknown_reference`)));
    assert.ok(
      problems.some((p) =>
        p.startsWith(`${service("pases-izsniegsana")} cv:holdsRequirement[1] cv:hasSupportingEvidence[1] dct:title@lv: required`),
      ),
    );
    assert.equal(problems.length, 4, problems.join("\n"));

    assert.deepEqual(await writes(site.database.db), before, "no version, audit row, institution or event written");
    assert.equal(
      (await stored(site.database.db, "pases-izsniegsana"))?.title.lv,
      "Pases izsniegšana",
      "the correct change in the same file is not written either",
    );
  });

  test("what is not JSON, or not JSON-LD, is refused with what is wrong with the file", async () => {
    const before = await writes(site.database.db);
    const [notJson] = problemsOf(await importInto(site.database.db, '{ "@graph": [ }'));
    assert.match(notJson ?? "", /^file: not_json \(Unexpected token/);
    const [plain] = problemsOf(await importInto(site.database.db, JSON.stringify({ services: [{ identifier: "x", title: "X" }] })));
    assert.match(plain ?? "", /^file: nothing_to_import \(.*cpsv:PublicService/);
    const [remote] = problemsOf(
      await importInto(site.database.db, JSON.stringify({ "@context": "https://example.org/context.jsonld", "@id": "x" })),
    );
    assert.match(remote ?? "", /^file: not_jsonld \(it refers to https:\/\/example\.org\/context\.jsonld, which Epak does not fetch/);
    const [scalar] = problemsOf(await importInto(site.database.db, "42"));
    assert.match(scalar ?? "", /^file: not_jsonld/);
    assert.deepEqual(await writes(site.database.db), before);
  });

  test("the standard's own example is refused with what Epak needs and it lacks", async () => {
    const example = readFileSync(join(STANDARD, "example-rdf_public_service.jsonld"), "utf8");
    const problems = problemsOf(await importInto(site.database.db, example));
    const service = 'service "http://example.com/publicService1"';
    assert.deepEqual(problems.sort(), [
      'institution "http://example.com/publicOrganisation1" dct:identifier: required (missing or empty)',
      'institution "http://example.com/publicOrganisation1" skos:prefLabel@lv: required (missing or empty)',
      `${service} cpsv:produces: required (missing or empty)`,
      `${service} cv:hasChannel[1] dct:type: invalid_value (not a value Epak knows here)`,
      `${service} cv:hasLegalResource: required (missing or empty)`,
      `${service} cv:holdsRequirement[1] cv:hasSupportingEvidence[1] dct:title@en: required (missing or empty)`,
      `${service} cv:holdsRequirement[1] cv:hasSupportingEvidence[1] dct:title@lv: required (missing or empty)`,
      `${service} cv:holdsRequirement[1] dct:title@lv: required (missing or empty)`,
      `${service} cv:thematicArea: required (missing or empty)`,
      `${service} dct:description@en: required (missing or empty)`,
      `${service} dct:description@lv: required (missing or empty)`,
      `${service} dct:identifier: invalid_identifier (an identifier has only lowercase Latin letters, digits and hyphens (an institution's: capitals, digits and hyphens))`,
      `${service} dct:title@lv: required (missing or empty)`,
    ]);
  });

  test("a service from elsewhere in plain CPSV-AP is taken in, with Epak's defaults where CPSV-AP says nothing", async () => {
    const foreign = {
      "@context": [
        CPSV_AP_CONTEXT,
        {
          cpsv: "http://purl.org/vocab/cpsv#",
          cv: "http://data.europa.eu/m8g/",
          dct: "http://purl.org/dc/terms/",
          skos: "http://www.w3.org/2004/02/skos/core#",
          ex: "http://example.com/",
        },
      ],
      "@graph": [
        {
          "@id": "ex:tax-on-web",
          "@type": "PublicService",
          "dct:identifier": "tax-on-web",
          "dct:title": [
            { "@language": "lv", "@value": "Ienākuma deklarācija tiešsaistē" },
            { "@language": "en", "@value": "Tax-on-web" },
          ],
          "dct:description": [
            { "@language": "lv", "@value": "Iedzīvotāju ienākuma nodokļa deklarēšana tiešsaistē." },
            { "@language": "en", "@value": "Filing the personal income tax return online." },
          ],
          "cv:hasCompetentAuthority": { "@id": "ex:finance" },
          "cv:thematicArea": { "@id": "https://epak.example/concept/thematic-area/taxes" },
          "cv:hasChannel": {
            "@id": "ex:web",
            "@type": "Channel",
            "dct:identifier": "web",
            "dct:type": { "@id": "https://epak.example/concept/channel-type/online" },
          },
          "cv:processingTime": { "@value": "P10D", "@type": "http://www.w3.org/2001/XMLSchema#duration" },
          "cpsv:produces": {
            "@id": "ex:receipt",
            "@type": "Output",
            "dct:identifier": "receipt",
            "dct:title": [
              { "@language": "lv", "@value": "Apstiprinājums" },
              { "@language": "en", "@value": "Receipt" },
            ],
          },
          "cv:hasLegalResource": {
            "@id": "https://likumi.lv/ta/id/56880",
            "@type": "LegalResource",
            "dct:title": [
              { "@language": "lv", "@value": "Likums “Par iedzīvotāju ienākuma nodokli”" },
              { "@language": "en", "@value": "Law on Personal Income Tax" },
            ],
          },
          "cpsv:hasInput": {
            "@id": "ex:certificate",
            "@type": "Evidence",
            "dct:identifier": "certificate",
            "dct:title": [
              { "@language": "lv", "@value": "Izziņa par ienākumiem" },
              { "@language": "en", "@value": "Statement of income" },
            ],
          },
        },
        {
          "@id": "ex:finance",
          "@type": "PublicOrganization",
          "dct:identifier": "FPS-FINANCE",
          "skos:prefLabel": [
            { "@language": "lv", "@value": "Federālais finanšu dienests" },
            { "@language": "en", "@value": "Federal Public Service Finance" },
          ],
          "dct:spatial": { "@id": "http://publications.europa.eu/resource/authority/atu/BEL" },
        },
      ],
    };
    const result = await importInto(site.database.db, JSON.stringify(foreign));
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.report.services, { created: 1, updated: 0, unchanged: 0 });
    assert.deepEqual(result.report.institutions.created, 1);
    const taxOnWeb = await stored(site.database.db, "tax-on-web");
    assert.equal(taxOnWeb?.institution, "FPS-FINANCE");
    assert.equal(taxOnWeb?.maturity, 1);
    assert.equal(taxOnWeb?.kind, "informative");
    assert.deepEqual(taxOnWeb?.audience, ["residents"]);
    assert.deepEqual(taxOnWeb?.processingTime, { lv: "10 dienas", en: "10 days" });
    assert.equal(taxOnWeb?.steps.length, 1);
    assert.deepEqual(taxOnWeb?.legalBasis, [
      {
        title: { lv: "Likums “Par iedzīvotāju ienākuma nodokli”", en: "Law on Personal Income Tax" },
        url: "https://likumi.lv/ta/id/56880",
      },
    ]);
    assert.deepEqual(
      taxOnWeb?.requirements.map((r) => [r.title.en, r.evidence.map((e) => e.title.en)]),
      [["Documents to submit", ["Statement of income"]]],
    );

    // The same in JSON-LD's expanded form, as one node that names an institution already in the catalogue.
    const [expanded] = (await jsonld.expand(
      { ...foreign["@graph"][0], "@context": foreign["@context"], "cv:hasCompetentAuthority": { "@id": `${BASE}/iestades/VID` } },
      {
        documentLoader: async () => ({
          contextUrl: undefined,
          documentUrl: CPSV_AP_CONTEXT,
          document: JSON.parse(readFileSync(join(STANDARD, "cpsv-ap.jsonld"), "utf8")),
        }),
      } as jsonld.Options.Expand,
    )) as Node[];
    const again = await importInto(site.database.db, JSON.stringify(expanded));
    assert.ok(again.ok, JSON.stringify(again));
    assert.deepEqual(again.report.services, { created: 0, updated: 1, unchanged: 0 });
    assert.equal((await stored(site.database.db, "tax-on-web"))?.institution, "VID");
  });
});

/** Where a child process keeps its data: a fresh directory for PGlite, a fresh database for PostgreSQL. */
type Store = { env: Record<string, string>; dispose(): Promise<void> };

async function freshStore(): Promise<Store> {
  if (process.env.DATABASE_URL) {
    const database = await testDatabase();
    return { env: { DATABASE_URL: database.url ?? "" }, dispose: () => database.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), "epak-jsonld-"));
  return { env: { EPAK_DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

type Run = { code: number; stdout: string; stderr: string };

function epak(store: Store, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["bin/epak.js", ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", LOG_LEVEL: "warn", PUBLIC_URL: BASE, ...store.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("epak catalog export and import", { timeout: 300_000 }, () => {
  let source: Store;
  let target: Store;
  let files: string;

  before(async () => {
    source = await freshStore();
    target = await freshStore();
    files = mkdtempSync(join(tmpdir(), "epak-jsonld-files-"));
  });
  after(async () => {
    await source?.dispose();
    await target?.dispose();
    rmSync(files, { recursive: true, force: true });
  });

  test("export writes the catalogue and only it to standard output; import reports what it did, and the round trip is exact", async () => {
    const seeded = await epak(source, "seed");
    assert.equal(seeded.code, 0, seeded.stderr);
    const exported = await epak(source, "catalog", "export");
    assert.equal(exported.code, 0, exported.stderr);
    const document = JSON.parse(exported.stdout) as Document;
    assert.ok(document["@graph"].length > 100);
    const file = join(files, "catalog.jsonld");
    writeFileSync(file, exported.stdout);

    const first = await epak(target, "catalog", "import", file);
    assert.equal(first.code, 0, first.stderr);
    assert.match(
      first.stdout,
      /^institutions: \d+ created, 0 updated, 0 unchanged; services: \d+ created, 0 updated, 0 unchanged; events: \d+ created, 0 updated, 0 unchanged\n$/,
    );
    const second = await epak(target, "catalog", "import", file);
    assert.match(
      second.stdout,
      /^institutions: 0 created, 0 updated, \d+ unchanged; services: 0 created, 0 updated, \d+ unchanged; events: 0 created, 0 updated, \d+ unchanged\n$/,
    );
    const reexported = await epak(target, "catalog", "export");
    assert.equal(reexported.stdout, exported.stdout);
  });

  test("import of a file with problems lists them, exits 1 and writes nothing", async () => {
    const broken = join(files, "broken.jsonld");
    const document = JSON.parse(readFileSync(join(files, "catalog.jsonld"), "utf8")) as Document;
    const untitled = document["@graph"].find((n) => n["dct:identifier"] === "pases-izsniegsana") as Node;
    (untitled["dct:title"] as { lv: string; en?: string }).lv = "Mainīts nosaukums";
    delete (untitled["dct:title"] as { en?: string }).en;
    writeFileSync(broken, JSON.stringify(document));
    const run = await epak(target, "catalog", "import", broken);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /Nothing was imported from .*broken\.jsonld: 1 problem/);
    assert.match(run.stderr, /service "https:\/\/epak\.example\.lv\/pakalpojumi\/pases-izsniegsana" dct:title@en: required/);
    const after = await epak(target, "catalog", "export");
    assert.equal(after.stdout, readFileSync(join(files, "catalog.jsonld"), "utf8"), "the database is as it was");

    const missing = await epak(target, "catalog", "import", join(files, "no-such-file.jsonld"));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Cannot read .*no-such-file\.jsonld/);
  });
});
