import type { ServiceDocument } from "../model.ts";

export const MUNICIPAL_CULTURE_SERVICES: ServiceDocument[] = [];
