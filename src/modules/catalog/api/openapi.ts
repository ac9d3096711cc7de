// The catalogue's part of the OpenAPI document (/api/openapi.json): the JSON API of api.routes.ts
// and the CPSV-AP JSON-LD export. Schemas come from schemas.ts, parameters from parameters.ts.
import { z } from "zod";
import {
  type JsonSchema,
  type OpenApiOperation,
  type OpenApiParameter,
  type OpenApiPart,
  type OpenApiResponse,
  SHARED,
} from "../../../platform/http/openapi.ts";
import { AUDIENCES, EVENT_KINDS, SERVICE_KINDS } from "../model.ts";
import { INSTITUTION_IDENTIFIER_PATTERN, LIMIT, MAX_PAGE, MAX_QUERY_LENGTH, SERVICE_IDENTIFIER_PATTERN } from "./parameters.ts";
import { apiSchemas } from "./schemas.ts";

const CATALOGUE = "Catalogue";
const JSON_LD = "CPSV-AP";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const searchParameter = (name: string) => ({ $ref: `#/components/parameters/services.${name}` });

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}` });
  // Each schema is a component of this document, not a document of its own.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}

const EXAMPLE_ORIGIN = "https://epak.example";

const serviceListExample = {
  total: 1,
  page: 1,
  limit: 20,
  items: [
    {
      identifier: "dzivesvietas-deklaresana",
      title: { lv: "Dzīvesvietas deklarēšana", en: "Declaring your place of residence" },
      description: {
        lv: "Mainot dzīvesvietu, jaunā adrese mēneša laikā jādeklarē, lai valsts un pašvaldība jūs varētu sasniegt.",
        en: "When you move, you must declare your new address within a month so that the state and your municipality can reach you.",
      },
      institution: {
        identifier: "PMLP",
        name: { lv: "Pilsonības un migrācijas lietu pārvalde", en: "Office of Citizenship and Migration Affairs" },
        url: `${EXAMPLE_ORIGIN}/iestades/PMLP`,
        urlEn: `${EXAMPLE_ORIGIN}/en/iestades/PMLP`,
      },
      kind: "transactional",
      online: true,
      municipalities: [],
      template: false,
      url: `${EXAMPLE_ORIGIN}/pakalpojumi/dzivesvietas-deklaresana`,
      urlEn: `${EXAMPLE_ORIGIN}/en/pakalpojumi/dzivesvietas-deklaresana`,
    },
  ],
};

const lifeEventListExample = {
  total: 1,
  items: [
    {
      identifier: "uznemuma-dibinasana",
      kind: "business",
      title: { lv: "Uzņēmuma dibināšana", en: "Starting a business" },
      description: {
        lv: "Savu biznesu Latvijā var sākt kā saimnieciskās darbības veicējs, individuālais komersants vai sabiedrība ar ierobežotu atbildību.",
        en: "In Latvia you can start a business as a self-employed person, a sole trader or a limited liability company.",
      },
      url: `${EXAMPLE_ORIGIN}/biznesa-situacijas/uznemuma-dibinasana`,
      urlEn: `${EXAMPLE_ORIGIN}/en/biznesa-situacijas/uznemuma-dibinasana`,
    },
  ],
};

const requestId = "5f0c6b7e-2d4a-4c1e-9a53-0c1f2b3d4e5f";

const ANSWER_HEADERS = { ETag: SHARED.etag, "Cache-Control": SHARED.cacheControl, "Access-Control-Allow-Origin": SHARED.allowOrigin };

function ok(description: string, schema: string, example?: unknown): OpenApiResponse {
  return {
    description,
    headers: ANSWER_HEADERS,
    content: { "application/json": { schema: ref(schema), ...(example ? { example } : {}) } },
  };
}

function refused(description: string, example: unknown): OpenApiResponse {
  return {
    description,
    headers: { "Access-Control-Allow-Origin": SHARED.allowOrigin },
    content: { "application/json": { schema: SHARED.error, example } },
  };
}

const invalidParameter = refused("A parameter is not one the API can use; `field` names it.", {
  error: {
    code: "invalid_parameter",
    message: "Parametram limit (ierakstu skaits lapā) jābūt veselam skaitlim no 1 līdz 100.",
    field: "limit",
    requestId,
  },
});

function notFound(message: string): OpenApiResponse {
  return refused("There is no such entry in the published catalogue.", {
    error: { code: "not_found", message, field: "identifier", requestId },
  });
}

function identifierInPath(description: string, pattern: string, example: string): OpenApiParameter {
  return { name: "identifier", in: "path", required: true, description, schema: { type: "string", pattern }, example };
}

/** Named `services.<parameter>` among the document's parameters, which all modules share. */
const searchParameters: Record<string, OpenApiParameter> = {
  q: {
    name: "q",
    in: "query",
    description:
      "Words to look for, in Latvian or English, with or without diacritics and in any word form; results come most relevant first.",
    schema: { type: "string", maxLength: MAX_QUERY_LENGTH },
    example: "deklarēt dzīvesvietu",
  },
  institution: {
    name: "institution",
    in: "query",
    description: "Only services of this competent institution (its identifier, any letter case).",
    schema: { type: "string", pattern: INSTITUTION_IDENTIFIER_PATTERN },
    example: "VSAA",
  },
  lifeEvent: {
    name: "lifeEvent",
    in: "query",
    description: "Only services in a step of this life or business situation.",
    schema: { type: "string", pattern: SERVICE_IDENTIFIER_PATTERN },
    example: "berna-piedzimsana",
  },
  audience: {
    name: "audience",
    in: "query",
    description: "Only services for this audience.",
    schema: { type: "string", enum: [...AUDIENCES] },
  },
  kind: { name: "kind", in: "query", description: "Only services of this kind.", schema: { type: "string", enum: [...SERVICE_KINDS] } },
  municipality: {
    name: "municipality",
    in: "query",
    description:
      "Only services offered in this municipality: state-wide services and the municipality's own variants, which take the place of their national templates.",
    schema: { type: "string", pattern: INSTITUTION_IDENTIFIER_PATTERN },
    example: "RIGA",
  },
  online: {
    name: "online",
    in: "query",
    description: "Only services with (true) or without (false) an e-service.",
    schema: { type: "string", enum: ["true", "false"] },
  },
  page: {
    name: "page",
    in: "query",
    description: "The page of results, from 1.",
    schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 },
  },
  limit: {
    name: "limit",
    in: "query",
    description: "Services per page.",
    schema: { type: "integer", minimum: LIMIT.min, maximum: LIMIT.max, default: LIMIT.default },
  },
};

/** A catalogue GET: its errors come in the language of Accept-Language. */
function operation(op: Omit<OpenApiOperation, "tags">): { get: OpenApiOperation } {
  return { get: { ...op, tags: [CATALOGUE], parameters: [...(op.parameters ?? []), SHARED.acceptLanguage] } };
}

const paths: OpenApiPart["paths"] = {
  "/api/v1/services": operation({
    operationId: "searchServices",
    summary: "Search the published services",
    description:
      "Without `q`, every service matching the filters by Latvian title. A municipal service shows once, as its national template, unless `municipality` is given. Unknown parameters are ignored; an empty parameter counts as not given.",
    parameters: Object.keys(searchParameters).map(searchParameter),
    responses: {
      200: ok("One page of services.", "ServiceList", serviceListExample),
      304: SHARED.notModified,
      400: invalidParameter,
    },
  }),
  "/api/v1/services/{identifier}": operation({
    operationId: "getService",
    summary: "A published service in full",
    description:
      "Everything the catalogue says about the service: channels (its own e-service on this portal first, with the level it reaches, when it has one), costs, requirements with the documents needed, outputs, steps, legal basis, situations, where it is offered, and for a template its municipalities' variants.",
    parameters: [identifierInPath("The service's identifier.", SERVICE_IDENTIFIER_PATTERN, "dzivesvietas-deklaresana")],
    responses: {
      200: ok("The service.", "Service"),
      304: SHARED.notModified,
      404: notFound("Katalogā nav publicēta pakalpojuma ar šādu identifikatoru."),
    },
  }),
  "/api/v1/institutions": operation({
    operationId: "listInstitutions",
    summary: "Every institution",
    responses: { 200: ok("Every institution, by Latvian name.", "InstitutionList"), 304: SHARED.notModified },
  }),
  "/api/v1/institutions/{identifier}": operation({
    operationId: "getInstitution",
    summary: "An institution and its services",
    parameters: [identifierInPath("The institution's identifier (as listed, upper case).", INSTITUTION_IDENTIFIER_PATTERN, "PMLP")],
    responses: {
      200: ok("The institution with the published services it provides, municipal variants included.", "InstitutionDetail"),
      304: SHARED.notModified,
      404: notFound("Katalogā nav iestādes ar šādu identifikatoru."),
    },
  }),
  "/api/v1/life-events": operation({
    operationId: "listLifeEvents",
    summary: "Life and business situations",
    parameters: [
      {
        name: "kind",
        in: "query",
        description: "Only life situations (`life`) or only business situations (`business`); both when not given.",
        schema: { type: "string", enum: [...EVENT_KINDS] },
      },
    ],
    responses: {
      200: ok("The situations: business, then life situations, each by Latvian title.", "LifeEventList", lifeEventListExample),
      304: SHARED.notModified,
      400: invalidParameter,
    },
  }),
  "/api/v1/life-events/{identifier}": operation({
    operationId: "getLifeEvent",
    summary: "A life or business situation, step by step",
    parameters: [identifierInPath("The situation's identifier.", SERVICE_IDENTIFIER_PATTERN, "berna-piedzimsana")],
    responses: {
      200: ok("The situation with its ordered steps and the services each step points at.", "LifeEventDetail"),
      304: SHARED.notModified,
      404: notFound("Katalogā nav dzīves vai biznesa situācijas ar šādu identifikatoru."),
    },
  }),
  "/api/v1/catalog.jsonld": {
    get: {
      operationId: "exportCatalogue",
      summary: "The whole published catalogue as CPSV-AP 3.2.0 JSON-LD",
      description:
        "One JSON-LD document with an inline @context and a @graph of public organisations, public services (local variants linked to their templates) and life and business events, in a stable order. The same document `npx epak catalog import` reads.",
      tags: [JSON_LD],
      responses: {
        200: {
          description: "The catalogue.",
          headers: ANSWER_HEADERS,
          content: {
            "application/ld+json": {
              schema: {
                type: "object",
                properties: { "@context": { type: "object" }, "@graph": { type: "array", items: { type: "object" } } },
                required: ["@context", "@graph"],
              },
            },
          },
        },
        304: SHARED.notModified,
      },
    },
  },
};

export const catalogueOpenApi: OpenApiPart = {
  tags: [
    {
      name: CATALOGUE,
      description: "The service catalogue: services, institutions, life and business situations. Texts are in Latvian and English.",
    },
    { name: JSON_LD, description: "The catalogue in the EU's Core Public Service Vocabulary Application Profile (CPSV-AP) 3.2.0." },
  ],
  paths,
  components: {
    schemas: componentSchemas(),
    parameters: Object.fromEntries(Object.entries(searchParameters).map(([name, p]) => [`services.${name}`, p])),
  },
};
