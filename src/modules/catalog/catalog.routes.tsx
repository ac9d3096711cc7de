import type { FastifyInstance } from "fastify";
import type { CatalogueServices } from "./catalogue-services.ts";

export function publicCatalogueRoutes(_app: FastifyInstance, _services: CatalogueServices): void {}
