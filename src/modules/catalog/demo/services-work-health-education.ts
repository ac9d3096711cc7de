import type { ServiceDocument } from "../model.ts";

export const WORK_HEALTH_EDUCATION_SERVICES: ServiceDocument[] = [];
