// What an import fills in when a CPSV-AP file from elsewhere leaves out something Epak needs but
// CPSV-AP does not (docs/catalog-jsonld.md). Only classifications and neutral wording are filled
// in; content a person relies on (titles, descriptions, channels, outputs, legal basis, thematic
// area) must be in the file, or the import says what is missing.
import type { Audience, InstitutionKind, MaturityLevel, ServiceKind, Text } from "../model.ts";

export const DEFAULTS = {
  /** The lowest claim: the service is described, nothing more is promised online. */
  maturity: 1 as MaturityLevel,
  kind: "informative" as ServiceKind,
  audience: ["residents"] as Audience[],
  institutionKind: "other" as InstitutionKind,
  currency: "EUR" as const,
  processingTime: { lv: "Nav norādīts", en: "Not stated" } satisfies Text,
  /** CPSV-AP has no steps; one step pointing at the channels is true of every service. */
  step: {
    lv: "Piesakieties pakalpojumam kādā no norādītajiem saņemšanas veidiem.",
    en: "Apply for the service through one of the channels listed.",
  } satisfies Text,
  /** The requirement that evidence given only with cpsv:hasInput is listed under. */
  evidenceRequirement: { lv: "Iesniedzamie dokumenti", en: "Documents to submit" } satisfies Text,
};
