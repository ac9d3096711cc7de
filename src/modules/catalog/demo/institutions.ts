import type { InstitutionDocument } from "../model.ts";

export const STATE_INSTITUTIONS: InstitutionDocument[] = [];
