import type { ServiceDocument } from "../model.ts";

export const BUSINESS_JUSTICE_SERVICES: ServiceDocument[] = [];
