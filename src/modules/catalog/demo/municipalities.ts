import type { InstitutionDocument } from "../model.ts";

export const MUNICIPALITIES: InstitutionDocument[] = [];
