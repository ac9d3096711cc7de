// A problem told the way the file is written: the node's IRI and the CPSV-AP property (with its
// position and language), e.g. `service "https://…/pakalpojumi/x" cv:holdsRequirement[2]
// cv:hasSupportingEvidence[1] dct:title@en: required`, whether the mapping found it or the
// catalogue's own checks did (they speak of model paths like "requirements.1.evidence.0.title.en").
import type { Source } from "./import-mapping.ts";

const PROPERTIES: Record<string, string> = {
  identifier: "dct:identifier",
  title: "dct:title",
  description: "dct:description",
  name: "skos:prefLabel",
  shortName: "skos:altLabel",
  kind: "cv:isClassifiedBy",
  maturity: "cv:isClassifiedBy",
  institution: "cv:hasCompetentAuthority",
  audience: "dct:audience",
  thematicArea: "cv:thematicArea",
  keywords: "dcat:keyword",
  channels: "cv:hasChannel",
  processingTime: "epak:processingTimeDescription",
  costs: "cv:hasCost",
  requirements: "cv:holdsRequirement",
  evidence: "cv:hasSupportingEvidence",
  outputs: "cpsv:produces",
  steps: "epak:step",
  services: "cv:hasRelatedService",
  legalBasis: "cv:hasLegalResource",
  municipalities: "dct:spatial",
  contactPoint: "cv:contactPoint",
  email: "cv:email",
  phone: "cv:telephone",
  address: "locn:address locn:fullAddress",
  hours: "cv:openingHours",
  type: "dct:type",
  url: "foaf:page",
  amount: "cv:hasValue",
  currency: "cv:currency",
  note: "dct:description",
  parent: "org:subOrganizationOf",
  website: "foaf:homepage",
};

/** Fields whose text sits on a node of their own, in its dct:description. */
const TEXT_NODES = new Set(["hours", "steps"]);

function property(field: string, source: Source, previous: string | undefined): string {
  if (source.kind === "institution" && field === "kind") return "org:classification";
  if (source.kind === "event" && field === "kind") return "@type";
  if (field === "template") return source.variant ? "dct:source" : "cv:isClassifiedBy";
  if (field === "note" && source.variant && previous === undefined) return "epak:localNote";
  return PROPERTIES[field] ?? field;
}

function rdfPath(source: Source, path: string): string {
  const out: string[] = [];
  let field: string | undefined;
  for (const segment of path ? path.split(".") : []) {
    if (/^\d+$/.test(segment)) {
      out[out.length - 1] += `[${Number(segment) + 1}]`;
    } else if (segment === "lv" || segment === "en") {
      // A service's step is a text of its own node; an event's step has a title and description.
      const ownNode = field !== undefined && TEXT_NODES.has(field) && !(source.kind === "event" && field === "steps");
      if (ownNode) out.push(`dct:description@${segment}`);
      else out[out.length - 1] += `@${segment}`;
    } else {
      out.push(property(segment, source, field));
      field = segment;
    }
  }
  return out.join(" ");
}

export function locate(source: Source, path: string): string {
  const where = rdfPath(source, path);
  return `${source.kind} "${source.node}"${where ? ` ${where}` : ""}`;
}
