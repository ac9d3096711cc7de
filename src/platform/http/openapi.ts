// The OpenAPI 3.1 document of Epak's public API, served at /api/openapi.json. Each module that
// answers under /api/ describes its own paths and schemas as an OpenApiPart (EpakModule.openApi);
// the application puts the parts together here, with what every part shares: the error body, the
// cache and CORS headers and the 304 answer.
import type { FastifyInstance } from "fastify";
import { PUBLIC_MAX_AGE_SECONDS, publicGet } from "./public-api.ts";

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it). */
export type JsonSchema = { [keyword: string]: unknown };
export type OpenApiRef = { $ref: string };

export type OpenApiParameter = {
  name: string;
  in: "query" | "path" | "header";
  required?: boolean;
  description: string;
  schema: JsonSchema;
  example?: unknown;
};

export type OpenApiHeader = { description: string; schema: JsonSchema };

export type OpenApiMediaType = { schema: JsonSchema; example?: unknown };

export type OpenApiResponse = {
  description: string;
  headers?: Record<string, OpenApiHeader | OpenApiRef>;
  content?: Record<string, OpenApiMediaType>;
};

export type OpenApiOperation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: (OpenApiParameter | OpenApiRef)[];
  responses: Record<string, OpenApiResponse | OpenApiRef>;
};

export type OpenApiPathItem = { get: OpenApiOperation };

export type OpenApiComponents = {
  schemas?: Record<string, JsonSchema>;
  parameters?: Record<string, OpenApiParameter>;
  responses?: Record<string, OpenApiResponse>;
  headers?: Record<string, OpenApiHeader>;
};

/** What one module adds to the document. */
export type OpenApiPart = {
  tags: { name: string; description: string }[];
  paths: Record<string, OpenApiPathItem>;
  components?: OpenApiComponents;
};

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: OpenApiPart["tags"];
  paths: Record<string, OpenApiPathItem>;
  components: Required<OpenApiComponents>;
};

/** References to what every part may use. */
export const SHARED = {
  error: { $ref: "#/components/schemas/Error" },
  notModified: { $ref: "#/components/responses/NotModified" },
  etag: { $ref: "#/components/headers/ETag" },
  cacheControl: { $ref: "#/components/headers/CacheControl" },
  allowOrigin: { $ref: "#/components/headers/AccessControlAllowOrigin" },
  acceptLanguage: { $ref: "#/components/parameters/AcceptLanguage" },
} as const;

const SHARED_COMPONENTS: Required<OpenApiComponents> = {
  schemas: {
    Error: {
      type: "object",
      description: "Every refusal and failure. `message` is in the language of Accept-Language (Latvian unless English is asked for).",
      properties: {
        error: {
          type: "object",
          properties: {
            code: { type: "string", description: "Stable, snake_case: what went wrong, for programs.", examples: ["invalid_parameter"] },
            message: { type: "string", description: "What went wrong, for people." },
            field: { type: "string", description: "The parameter at fault, when one is." },
            requestId: { type: "string", description: "Quote it when reporting a problem." },
          },
          required: ["code", "message", "requestId"],
          additionalProperties: false,
        },
      },
      required: ["error"],
      additionalProperties: false,
    },
  },
  parameters: {
    AcceptLanguage: {
      name: "Accept-Language",
      in: "header",
      description: "The language of error messages: `lv` (the default) or `en`. Answers themselves carry both languages.",
      schema: { type: "string" },
      example: "en",
    },
  },
  headers: {
    ETag: {
      description: "The version of the answer; send it back in If-None-Match to get 304 while it is current.",
      schema: { type: "string" },
    },
    CacheControl: {
      description: `Public answers may be kept for ${PUBLIC_MAX_AGE_SECONDS} seconds.`,
      schema: { type: "string", examples: [`public, max-age=${PUBLIC_MAX_AGE_SECONDS}`] },
    },
    AccessControlAllowOrigin: { description: "Any site may read the answer (CORS).", schema: { type: "string", const: "*" } },
  },
  responses: {
    NotModified: {
      description: "The version named in If-None-Match is still current; no body.",
      headers: { ETag: SHARED.etag, "Cache-Control": SHARED.cacheControl, "Access-Control-Allow-Origin": SHARED.allowOrigin },
    },
  },
};

function merge<T>(into: Record<string, T>, from: Record<string, T> | undefined, what: string): void {
  for (const [name, value] of Object.entries(from ?? {})) {
    // Two modules describing the same name would silently overwrite each other.
    if (name in into) throw new Error(`OpenAPI ${what} "${name}" is described twice`);
    into[name] = value;
  }
}

export function openApiDocument(publicUrl: string, parts: OpenApiPart[]): OpenApiDocument {
  const components: Required<OpenApiComponents> = {
    schemas: { ...SHARED_COMPONENTS.schemas },
    parameters: { ...SHARED_COMPONENTS.parameters },
    headers: { ...SHARED_COMPONENTS.headers },
    responses: { ...SHARED_COMPONENTS.responses },
  };
  const paths: Record<string, OpenApiPathItem> = {};
  for (const part of parts) {
    merge(paths, part.paths, "path");
    merge(components.schemas, part.components?.schemas, "schema");
    merge(components.parameters, part.components?.parameters, "parameter");
    merge(components.headers, part.components?.headers, "header");
    merge(components.responses, part.components?.responses, "response");
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Epak public API",
      version: "1.0.0",
      description: "Open data of the Epak e-services portal. Every answer is public: no key, any origin may call it (CORS).",
    },
    servers: [{ url: publicUrl }],
    tags: parts.flatMap((p) => p.tags),
    paths,
    components,
  };
}

export function openApiRoutes(app: FastifyInstance, document: OpenApiDocument): void {
  publicGet(app, "/api/openapi.json", async () => document);
}
