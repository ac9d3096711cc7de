// GET /api/v1/catalog.jsonld: the published catalogue as CPSV-AP JSON-LD, public like the rest of
// the API (open CORS, ETag, a minute in caches). It is the document `epak catalog export` writes,
// without the indentation.
import type { FastifyInstance } from "fastify";
import { publicGet } from "../../../platform/http/public-api.ts";
import type { AppServices } from "../../../platform/module.ts";
import { catalogueJsonLd } from "./export.ts";

export const JSON_LD_TYPE = "application/ld+json; charset=utf-8";

export function jsonLdRoutes(app: FastifyInstance, services: AppServices): void {
  publicGet(app, "/api/v1/catalog.jsonld", () => catalogueJsonLd(services.db, { base: services.config.publicUrl }), { type: JSON_LD_TYPE });
}
