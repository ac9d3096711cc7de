import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { type TestApp, testApp } from "../harness/app.ts";

type Json = Record<string, unknown>;
type Doc = { paths: Record<string, { get: { responses: Record<string, Json> } }>; components: Record<string, Record<string, Json>> };

// A JSON Schema check of just the keywords the document uses; any other keyword fails the check,
// so a schema this cannot read is never passed as matching.
const IGNORED = new Set(["description", "examples", "default", "title"]);

function resolve(doc: Doc, schema: Json): Json {
  if (typeof schema.$ref !== "string") return schema;
  const [, , section = "", name = ""] = schema.$ref.split("/");
  const target = doc.components[section]?.[name];
  assert.ok(target, `unresolved ${schema.$ref}`);
  return resolve(doc, { ...target, ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$ref")) });
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function schemaProblems(doc: Doc, raw: Json, value: unknown, at = "$"): string[] {
  const schema = resolve(doc, raw);
  const problems: string[] = [];
  for (const [keyword, rule] of Object.entries(schema)) {
    if (IGNORED.has(keyword)) continue;
    const actual = typeOf(value);
    switch (keyword) {
      case "type": {
        const allowed = (Array.isArray(rule) ? rule : [rule]) as string[];
        if (!allowed.includes(actual) && !(actual === "integer" && allowed.includes("number")))
          problems.push(`${at}: ${actual}, not ${allowed}`);
        break;
      }
      case "enum":
        if (!(rule as unknown[]).includes(value)) problems.push(`${at}: ${String(value)} not in enum`);
        break;
      case "const":
        if (value !== rule) problems.push(`${at}: not ${String(rule)}`);
        break;
      case "minimum":
        if (typeof value === "number" && value < (rule as number)) problems.push(`${at}: below ${rule}`);
        break;
      case "maximum":
        if (typeof value === "number" && value > (rule as number)) problems.push(`${at}: above ${rule}`);
        break;
      case "format":
        if (rule === "uri" && !/^https?:\/\/[^/]/.test(String(value))) problems.push(`${at}: not an absolute URL`);
        if (rule === "date-time" && Number.isNaN(Date.parse(String(value)))) problems.push(`${at}: not a date-time`);
        break;
      case "required":
        for (const name of rule as string[]) if (actual === "object" && !(name in (value as Json))) problems.push(`${at}.${name}: missing`);
        break;
      case "properties":
        if (actual !== "object") break;
        for (const [name, sub] of Object.entries(rule as Record<string, Json>)) {
          if (name in (value as Json)) problems.push(...schemaProblems(doc, sub, (value as Json)[name], `${at}.${name}`));
        }
        break;
      case "additionalProperties":
        if (rule !== false || actual !== "object") break;
        for (const name of Object.keys(value as Json))
          if (!(name in ((schema.properties as Json) ?? {}))) problems.push(`${at}.${name}: not documented`);
        break;
      case "items":
        if (actual !== "array") break;
        for (const [i, item] of (value as unknown[]).entries()) problems.push(...schemaProblems(doc, rule as Json, item, `${at}[${i}]`));
        break;
      default:
        problems.push(`${at}: the check cannot read "${keyword}"`);
    }
  }
  return problems;
}

function documentedSchema(doc: Doc, path: string, status: number, type = "application/json"): Json {
  const response = resolve(doc, doc.paths[path]?.get.responses[String(status)] ?? {}) as { content?: Record<string, { schema: Json }> };
  const schema = response.content?.[type]?.schema;
  assert.ok(schema, `${path} documents no ${type} body for ${status}`);
  return schema;
}

/** Every GET address the server answers under /api/, from Fastify's route tree, as OpenAPI writes it. */
function servedApiPaths(t: TestApp): string[] {
  const stack: string[] = [];
  const paths: string[] = [];
  for (const line of t.http.printRoutes({ commonPrefix: false, method: "GET" }).split("\n")) {
    const at = line.search(/[├└]── /);
    if (at === -1) continue;
    const depth = at / 4;
    const segment = line.slice(at + 4).replace(/ \(.*\)$/, "");
    const full = `${depth > 0 ? (stack[depth - 1] ?? "") : "/"}${segment}`.replace(/\/\/+/g, "/");
    stack[depth] = full;
    stack.length = depth + 1;
    if (line.includes("(GET") && full.startsWith("/api/")) paths.push(full.replace(/:(\w+)/g, "{$1}"));
  }
  return paths;
}

describe("catalogue JSON API", () => {
  let t: TestApp;
  let origin: string;
  const get = async (url: string, headers: Record<string, string> = {}) => t.http.inject({ method: "GET", url, headers });
  const json = async (url: string) => {
    const res = await get(url);
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
    return res.json();
  };
  const identifiers = (body: { items: { identifier: string }[] }) => body.items.map((i) => i.identifier);

  before(async () => {
    t = await testApp({ seed: true });
    origin = t.config.publicUrl;
  });
  after(() => t.close());

  test("words find the service meant first, with or without diacritics, in the documented shape", async () => {
    for (const q of ["deklarēt dzīvesvietu", "dzivesvietas deklaresana"]) {
      const body = await json(`/api/v1/services?q=${encodeURIComponent(q)}`);
      assert.equal(body.page, 1);
      assert.equal(body.limit, 20);
      assert.ok(body.total >= 1);
      const first = body.items[0];
      assert.equal(first.identifier, "dzivesvietas-deklaresana", q);
      assert.deepEqual(first.title, { lv: "Dzīvesvietas deklarēšana", en: "Declaring your place of residence" });
      assert.match(first.description.lv, /dzīvesvietu/);
      assert.equal(first.institution.identifier, "PMLP");
      assert.equal(first.institution.name.lv, "Pilsonības un migrācijas lietu pārvalde");
      assert.equal(first.institution.url, `${origin}/iestades/PMLP`);
      assert.equal(first.url, `${origin}/pakalpojumi/dzivesvietas-deklaresana`);
      assert.equal(first.urlEn, `${origin}/en/pakalpojumi/dzivesvietas-deklaresana`);
      assert.equal(first.online, true);
      assert.equal(first.kind, "transactional");
    }
  });

  test("each filter narrows the services to those it names", async () => {
    const all = await json("/api/v1/services?limit=100");
    const byInstitution = await json("/api/v1/services?institution=vsaa&limit=100");
    assert.ok(byInstitution.total > 0 && byInstitution.total < all.total);
    assert.ok(byInstitution.items.every((i: Json & { institution: Json }) => i.institution.identifier === "VSAA"));

    const offline = await json("/api/v1/services?online=false&limit=100");
    assert.ok(offline.total > 0 && offline.total < all.total);
    assert.ok(offline.items.every((i: Json) => i.online === false));

    const participatory = await json("/api/v1/services?kind=participatory&limit=100");
    assert.ok(participatory.total > 0 && participatory.items.every((i: Json) => i.kind === "participatory"));

    const event = await json("/api/v1/life-events/berna-piedzimsana");
    const inSteps = new Set(event.steps.flatMap((s: { services: { identifier: string }[] }) => s.services.map((x) => x.identifier)));
    const byEvent = await json("/api/v1/services?lifeEvent=berna-piedzimsana&limit=100");
    assert.ok(byEvent.total > 0 && byEvent.total < all.total);
    assert.ok(
      identifiers(byEvent).every((id) => inSteps.has(id)),
      "only services in the situation's steps",
    );

    // In Riga, the municipal services are Riga's own variants, not the national templates.
    const riga = await json("/api/v1/services?municipality=RIGA&limit=100&q=pabalsts");
    assert.ok(identifiers(riga).includes("majokla-pabalsts-riga"));
    assert.ok(!identifiers(riga).includes("majokla-pabalsts"));
    assert.ok(!identifiers(riga).some((id) => id.endsWith("-cesis")));
    const nationwide = await json("/api/v1/services?limit=100&q=pabalsts");
    assert.ok(identifiers(nationwide).includes("majokla-pabalsts"));
    assert.ok(!identifiers(nationwide).includes("majokla-pabalsts-riga"));

    const forBusinesses = await json("/api/v1/services?audience=businesses&limit=5");
    assert.ok(forBusinesses.total > 0 && forBusinesses.total < all.total);
    for (const id of identifiers(forBusinesses)) assert.ok((await json(`/api/v1/services/${id}`)).audience.includes("businesses"), id);
  });

  test("pages follow one another without overlap and the last one is partly full", async () => {
    const first = await json("/api/v1/services?limit=7");
    const second = await json("/api/v1/services?limit=7&page=2");
    assert.equal(first.items.length, 7);
    assert.equal(second.items.length, 7);
    assert.equal(second.page, 2);
    assert.equal(second.total, first.total);
    assert.deepEqual(
      identifiers(first).filter((id) => identifiers(second).includes(id)),
      [],
    );
    const lastPage = Math.ceil(first.total / 7);
    const last = await json(`/api/v1/services?limit=7&page=${lastPage}`);
    assert.equal(last.items.length, first.total - (lastPage - 1) * 7);
    const beyond = await json(`/api/v1/services?limit=7&page=${lastPage + 1}`);
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, first.total);
  });

  test("a bad parameter is refused with its code and field, in Latvian unless English is asked for", async () => {
    const lv = await get("/api/v1/services?limit=101");
    assert.equal(lv.statusCode, 400);
    assert.match(String(lv.headers["content-type"]), /^application\/json/);
    const lvError = lv.json().error;
    assert.equal(lvError.code, "invalid_parameter");
    assert.equal(lvError.field, "limit");
    assert.equal(lvError.message, "Parametram limit (ierakstu skaits lapā) jābūt veselam skaitlim no 1 līdz 100.");
    assert.ok(!lv.body.includes("    at "), "no stack trace");

    const en = await get("/api/v1/services?limit=101", { "accept-language": "en-GB,en;q=0.9,lv;q=0.5" });
    assert.equal(en.json().error.message, "The limit parameter (items per page) must be a whole number from 1 to 100.");
    const preferred = await get("/api/v1/services?limit=101", { "accept-language": "de, en;q=0.7, lv;q=0.3" });
    assert.equal(preferred.json().error.field, "limit");
    assert.match(preferred.json().error.message, /^The limit parameter/);

    for (const [query, field] of [
      ["limit=0", "limit"],
      ["limit=ten", "limit"],
      ["page=0", "page"],
      ["online=yes", "online"],
      ["audience=aliens", "audience"],
      ["kind=urgent", "kind"],
      ["institution=<script>", "institution"],
      ["lifeEvent=Berna%20piedzimsana", "lifeEvent"],
      ["limit=5&limit=6", "limit"],
      [`q=${"a".repeat(201)}`, "q"],
    ]) {
      const res = await get(`/api/v1/services?${query}`, { "accept-language": "en" });
      assert.equal(res.statusCode, 400, query);
      assert.equal(res.json().error.field, field, query);
    }
    const events = await get("/api/v1/life-events?kind=party", { "accept-language": "en" });
    assert.equal(events.statusCode, 400);
    assert.deepEqual([events.json().error.code, events.json().error.field], ["invalid_parameter", "kind"]);
  });

  test("unknown and empty parameters are ignored", async () => {
    const plain = await json("/api/v1/services?limit=3");
    const extra = await json("/api/v1/services?limit=3&sort=new&q=&institution=&online=");
    assert.deepEqual(extra, plain);
  });

  test("an entry that is not in the catalogue is 404 not_found as JSON", async () => {
    for (const url of ["/api/v1/services/nav-tada-pakalpojuma", "/api/v1/institutions/NAV", "/api/v1/life-events/nav-tadas-situacijas"]) {
      const res = await get(url, { "accept-language": "en" });
      assert.equal(res.statusCode, 404, url);
      assert.match(String(res.headers["content-type"]), /^application\/json/);
      assert.equal(res.json().error.code, "not_found");
      assert.match(res.json().error.message, /^The catalogue has no /);
    }
    const lv = await get("/api/v1/services/nav-tada-pakalpojuma");
    assert.equal(lv.json().error.message, "Katalogā nav publicēta pakalpojuma ar šādu identifikatoru.");
  });

  test("a service in full: channels, costs, requirements with evidence, outputs, steps, legal basis, situations, version", async () => {
    const s = await json("/api/v1/services/dzivesvietas-deklaresana");
    assert.equal(s.institution.identifier, "PMLP");
    assert.deepEqual(s.audience, ["residents"]);
    // Linked to its Epak e-service, whose register prefill and e-address delivery make it level 5.
    assert.equal(s.maturity, 5);
    assert.ok(s.channels.some((c: Json) => c.type === "online" && typeof c.url === "string" && /^https?:\/\//.test(c.url)));
    assert.ok(s.channels.some((c: Json) => c.type === "in_person"));
    assert.ok(s.requirements.length > 0 && s.requirements.some((r: { evidence: unknown[] }) => r.evidence.length > 0));
    assert.ok(s.outputs.length > 0 && s.steps.length > 0 && s.legalBasis.length > 0);
    assert.ok(
      s.events.some((e: Json) => e.identifier === "dzivesvietas-maina" && e.url === `${origin}/dzives-situacijas/dzivesvietas-maina`),
    );
    assert.deepEqual(s.municipalities, []);
    assert.equal(s.template, false);
    assert.deepEqual(s.variants, []);
    assert.ok(Number.isInteger(s.version) && s.version >= 1);
    assert.ok(!Number.isNaN(Date.parse(s.publishedAt)));

    // An e-service inside Epak is given as an absolute address, like every other link.
    const own = await json("/api/v1/services/mani-dati-valsts-registros");
    assert.ok(own.channels.some((c: Json) => c.url === `${origin}/e-pakalpojumi/mani-dati-valsts-registros`));
  });

  test("a template lists its municipalities' variants and a variant points back at its template", async () => {
    const template = await json("/api/v1/services/majokla-pabalsts");
    assert.equal(template.template, true);
    const riga = template.variants.find((v: Json) => v.identifier === "majokla-pabalsts-riga");
    assert.ok(riga);
    assert.equal(riga.municipality.identifier, "RIGA");
    assert.equal(riga.url, `${origin}/pakalpojumi/majokla-pabalsts-riga`);
    assert.ok(template.variants.length >= 42);

    const variant = await json("/api/v1/services/majokla-pabalsts-riga");
    assert.equal(variant.variantOf, "majokla-pabalsts");
    assert.equal(variant.template, false);
    assert.equal(variant.institution.identifier, "RIGA");
    assert.deepEqual(
      variant.municipalities.map((m: Json) => m.identifier),
      ["RIGA"],
    );
    assert.ok(variant.localNote.lv.length > 0 && variant.localNote.en.length > 0);
  });

  test("institutions, and an institution with its services", async () => {
    const list = await json("/api/v1/institutions");
    assert.ok(list.total >= 40 + 42);
    assert.equal(list.items.length, list.total);
    const municipalities = list.items.filter((i: Json) => i.kind === "municipality" || i.kind === "state_city");
    assert.equal(municipalities.length, 42);
    const pmlp = await json("/api/v1/institutions/PMLP");
    assert.equal(pmlp.name.en, "Office of Citizenship and Migration Affairs");
    assert.equal(pmlp.parent, "IEM");
    assert.equal(pmlp.url, `${origin}/iestades/PMLP`);
    const declaring = pmlp.services.find((s: Json) => s.identifier === "dzivesvietas-deklaresana");
    assert.deepEqual(declaring, {
      identifier: "dzivesvietas-deklaresana",
      title: { lv: "Dzīvesvietas deklarēšana", en: "Declaring your place of residence" },
      online: true,
      url: `${origin}/pakalpojumi/dzivesvietas-deklaresana`,
      urlEn: `${origin}/en/pakalpojumi/dzivesvietas-deklaresana`,
    });
  });

  test("life and business situations, by kind, and one step by step with its services", async () => {
    const all = await json("/api/v1/life-events");
    const life = await json("/api/v1/life-events?kind=life");
    const business = await json("/api/v1/life-events?kind=business");
    assert.ok(life.total >= 20 && business.total >= 8);
    assert.equal(all.total, life.total + business.total);
    assert.ok(life.items.every((e: Json) => e.kind === "life" && String(e.url).startsWith(`${origin}/dzives-situacijas/`)));
    assert.ok(business.items.every((e: Json) => e.kind === "business" && String(e.url).startsWith(`${origin}/biznesa-situacijas/`)));

    const birth = await json("/api/v1/life-events/berna-piedzimsana");
    assert.equal(birth.title.lv, "Bērna piedzimšana");
    assert.ok(birth.steps.length >= 3);
    assert.equal(birth.steps[0].title.en, "Register the birth");
    const registering = birth.steps[0].services[0];
    assert.equal(registering.identifier, "dzimsanas-registracija");
    assert.equal(registering.url, `${origin}/pakalpojumi/dzimsanas-registracija`);
  });

  test("any site may read the answers: CORS headers, the preflight, and errors too", async () => {
    const res = await get("/api/v1/services?limit=1", { origin: "https://pasvaldiba.example" });
    assert.equal(res.headers["access-control-allow-origin"], "*");
    assert.match(String(res.headers["access-control-expose-headers"]), /ETag/);
    assert.equal(res.headers["cross-origin-resource-policy"], "cross-origin");

    for (const url of ["/api/v1/services", "/api/v1/services/dzivesvietas-deklaresana", "/api/v1/life-events", "/api/openapi.json"]) {
      const preflight = await t.http.inject({
        method: "OPTIONS",
        url,
        headers: {
          origin: "https://pasvaldiba.example",
          "access-control-request-method": "GET",
          "access-control-request-headers": "if-none-match",
        },
      });
      assert.equal(preflight.statusCode, 204, url);
      assert.equal(preflight.headers["access-control-allow-origin"], "*");
      assert.match(String(preflight.headers["access-control-allow-methods"]), /\bGET\b/);
      assert.match(String(preflight.headers["access-control-allow-headers"]), /If-None-Match/i);
    }
    const refused = await get("/api/v1/services?limit=0", { origin: "https://pasvaldiba.example" });
    assert.equal(refused.headers["access-control-allow-origin"], "*");
  });

  test("an answer carries an ETag; asking again with it gets 304 without a body", async () => {
    for (const url of [
      "/api/v1/services?q=pase",
      "/api/v1/services/dzivesvietas-deklaresana",
      "/api/v1/institutions",
      "/api/openapi.json",
    ]) {
      const first = await get(url);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers["cache-control"], "public, max-age=60");
      const etag = String(first.headers.etag);
      assert.match(etag, /^"[^"]+"$/);
      const again = await get(url, { "if-none-match": etag });
      assert.equal(again.statusCode, 304, url);
      assert.equal(again.body, "");
      assert.equal(again.headers.etag, etag);
      assert.equal((await get(url, { "if-none-match": `"other", W/${etag}` })).statusCode, 304);
      assert.equal((await get(url, { "if-none-match": '"other"' })).statusCode, 200);
    }
    const page1 = await get("/api/v1/services?limit=5");
    const page2 = await get("/api/v1/services?limit=5&page=2", { "if-none-match": String(page1.headers.etag) });
    assert.equal(page2.statusCode, 200, "another answer has another ETag");
  });

  describe("the OpenAPI document", () => {
    let doc: Doc;
    before(async () => {
      const res = await get("/api/openapi.json");
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers["content-type"]), /^application\/json/);
      doc = res.json();
    });

    test("is OpenAPI 3.1 and describes every address served under /api/, the JSON-LD export too", () => {
      assert.equal((doc as unknown as Json).openapi, "3.1.0");
      const served = servedApiPaths(t);
      assert.ok(served.length >= 7, `found ${served.join(", ")}`);
      for (const path of served) assert.ok(path === "/api/openapi.json" || doc.paths[path], `${path} is not documented`);
      for (const path of [
        "/api/v1/services",
        "/api/v1/services/{identifier}",
        "/api/v1/institutions/{identifier}",
        "/api/v1/life-events/{identifier}",
      ]) {
        assert.ok(served.includes(path), `${path} is served`);
      }
      assert.ok(doc.paths["/api/v1/catalog.jsonld"]?.get.responses["200"]);
    });

    test("every reference resolves and every example matches its schema", () => {
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] ?? "");
      assert.ok(refs.length > 20);
      for (const ref of refs) resolve(doc, { $ref: ref });
      let examples = 0;
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [status, raw] of Object.entries(item.get.responses)) {
          const media = (resolve(doc, raw) as { content?: Record<string, { schema: Json; example?: unknown }> }).content ?? {};
          for (const { schema, example } of Object.values(media)) {
            if (example === undefined) continue;
            examples++;
            assert.deepEqual(schemaProblems(doc, schema, example), [], `${path} ${status} example`);
          }
        }
      }
      assert.ok(examples >= 4);
    });

    test("real answers match the documented schemas, refusals included", async () => {
      const calls: [string, string, number][] = [
        ["/api/v1/services?q=pabalsts&limit=100", "/api/v1/services", 200],
        ["/api/v1/services?municipality=CESIS&limit=100", "/api/v1/services", 200],
        ["/api/v1/services?page=0", "/api/v1/services", 400],
        ["/api/v1/services/dzivesvietas-deklaresana", "/api/v1/services/{identifier}", 200],
        ["/api/v1/services/majokla-pabalsts", "/api/v1/services/{identifier}", 200],
        ["/api/v1/services/majokla-pabalsts-riga", "/api/v1/services/{identifier}", 200],
        ["/api/v1/services/mani-dati-valsts-registros", "/api/v1/services/{identifier}", 200],
        ["/api/v1/services/nav", "/api/v1/services/{identifier}", 404],
        ["/api/v1/institutions", "/api/v1/institutions", 200],
        ["/api/v1/institutions/RIGA", "/api/v1/institutions/{identifier}", 200],
        ["/api/v1/institutions/NAV", "/api/v1/institutions/{identifier}", 404],
        ["/api/v1/life-events", "/api/v1/life-events", 200],
        ["/api/v1/life-events?kind=x", "/api/v1/life-events", 400],
        ["/api/v1/life-events/uznemuma-dibinasana", "/api/v1/life-events/{identifier}", 200],
        ["/api/v1/life-events/nav", "/api/v1/life-events/{identifier}", 404],
      ];
      for (const [url, path, status] of calls) {
        const res: LightMyRequestResponse = await get(url);
        assert.equal(res.statusCode, status, url);
        assert.deepEqual(schemaProblems(doc, documentedSchema(doc, path, status), res.json()), [], url);
      }
    });

    test("the JSON-LD export answers as documented", async () => {
      const res = await get("/api/v1/catalog.jsonld");
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers["content-type"]), /^application\/ld\+json/);
      assert.equal(res.headers["access-control-allow-origin"], "*");
      const schema = documentedSchema(doc, "/api/v1/catalog.jsonld", 200, "application/ld+json");
      assert.deepEqual(schemaProblems(doc, schema, res.json()), []);
    });

    test("the schema check finds an answer that strays from its schema", async () => {
      const body = await json("/api/v1/institutions/PMLP");
      const schema = documentedSchema(doc, "/api/v1/institutions/{identifier}", 200);
      assert.deepEqual(schemaProblems(doc, schema, body), []);
      const { name: _name, ...nameless } = body;
      assert.deepEqual(schemaProblems(doc, schema, { ...nameless, kind: "club", extra: 1 }), [
        "$.kind: club not in enum",
        "$.name: missing",
        "$.extra: not documented",
      ]);
    });
  });
});
