import type { ServiceDocument } from "../model.ts";

export const FAMILY_SERVICES: ServiceDocument[] = [];
