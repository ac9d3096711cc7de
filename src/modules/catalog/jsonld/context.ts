// The export's inline @context: CPSV-AP's properties keep their prefixed names ("cv:hasChannel")
// so a reader can match them with the specification, and the context only says how each value is
// written: a language map for texts, a plain string for a reference, a typed literal for numbers
// and durations. Being inline, the export needs no remote context to be read.
import { NS } from "./vocabulary.ts";

const TEXTS = [
  "dct:title",
  "dct:description",
  "dcat:keyword",
  "skos:prefLabel",
  "locn:fullAddress",
  "epak:processingTimeDescription",
  "epak:localNote",
] as const;

const REFERENCES = [
  "adms:status",
  "cpsv:hasInput",
  "cpsv:produces",
  "cv:contactPoint",
  "cv:currency",
  "cv:hasChannel",
  "cv:hasCompetentAuthority",
  "cv:hasCost",
  "cv:hasLegalResource",
  "cv:hasRelatedService",
  "cv:hasSupportingEvidence",
  "cv:holdsRequirement",
  "cv:isClassifiedBy",
  "cv:isGroupedBy",
  "cv:openingHours",
  "cv:thematicArea",
  "dct:audience",
  "dct:source",
  "dct:spatial",
  "dct:type",
  "foaf:homepage",
  "foaf:page",
  "locn:address",
  "org:classification",
  "org:subOrganizationOf",
  "skos:inScheme",
] as const;

function expand(term: string): string {
  const [prefix = "", local = ""] = term.split(":");
  return `${NS[prefix as keyof typeof NS]}${local}`;
}

export const CONTEXT: Record<string, unknown> = {
  ...NS,
  ...Object.fromEntries(TEXTS.map((t) => [t, { "@id": expand(t), "@container": "@language" }])),
  ...Object.fromEntries(REFERENCES.map((t) => [t, { "@id": expand(t), "@type": "@id" }])),
  "cv:hasValue": { "@id": expand("cv:hasValue"), "@type": `${NS.xsd}double` },
  "cv:processingTime": { "@id": expand("cv:processingTime"), "@type": `${NS.xsd}duration` },
  "epak:step": { "@id": expand("epak:step"), "@container": "@list" },
};
