// Institutions as cv:PublicOrganisation (a municipality with its territory as a dct:Location that
// services offered there point at) and life and business events as cv:Event, with their ordered
// steps kept in epak:step.
import type { EventDocument, InstitutionDocument } from "../model.ts";
import { contactPointNode, type JsonLdNode, textLists, texts } from "./export-parts.ts";
import type { Iris } from "./iris.ts";
import { conceptIri, EURO, LATVIA, SCHEMES } from "./vocabulary.ts";

export const MUNICIPAL_KINDS: ReadonlySet<InstitutionDocument["kind"]> = new Set(["municipality", "state_city"]);

export function institutionNode(doc: InstitutionDocument, iris: Iris): JsonLdNode {
  const iri = iris.institution(doc.identifier);
  return {
    "@id": iri,
    "@type": "cv:PublicOrganisation",
    "dct:identifier": doc.identifier,
    "skos:prefLabel": texts(doc.name),
    ...(doc.shortName !== undefined ? { "skos:altLabel": doc.shortName } : {}),
    ...(doc.description ? { "dct:description": texts(doc.description) } : {}),
    "org:classification": conceptIri(SCHEMES.institutionKind, doc.kind),
    ...(doc.parent !== undefined ? { "org:subOrganizationOf": iris.institution(doc.parent) } : {}),
    "dct:spatial": MUNICIPAL_KINDS.has(doc.kind)
      ? { "@id": iris.territory(doc.identifier), "@type": "dct:Location", "dct:identifier": doc.identifier }
      : LATVIA,
    "cv:contactPoint": contactPointNode(iri, doc.contactPoint),
    ...(doc.website !== undefined ? { "foaf:homepage": iris.link(doc.website) } : {}),
  };
}

export function eventNode(doc: EventDocument, iris: Iris): JsonLdNode {
  const keywords = doc.keywords ? textLists(doc.keywords) : undefined;
  const services = [...new Set(doc.steps.flatMap((s) => s.services))];
  return {
    "@id": iris.event(doc.kind, doc.identifier),
    "@type": ["cv:Event", doc.kind === "life" ? "cv:LifeEvent" : "cv:BusinessEvent"],
    "dct:identifier": doc.identifier,
    "dct:title": texts(doc.title),
    "dct:description": texts(doc.description),
    ...(keywords ? { "dcat:keyword": keywords } : {}),
    "cv:hasRelatedService": services.map((s) => iris.service(s)),
    "epak:step": doc.steps.map((step) => ({
      "dct:title": texts(step.title),
      ...(step.description ? { "dct:description": texts(step.description) } : {}),
      "cv:hasRelatedService": step.services.map((s) => iris.service(s)),
    })),
  };
}

/** Every code list's concepts, the euro and Latvia: what the references above point at. */
export function vocabularyNodes(): JsonLdNode[] {
  const concepts = Object.values(SCHEMES).flatMap((scheme) =>
    [...scheme.labels].map(([code, label]) => ({
      "@id": conceptIri(scheme, code),
      "@type": "skos:Concept",
      "skos:inScheme": scheme.iri,
      "skos:notation": code,
      "skos:prefLabel": texts(label),
    })),
  );
  return [
    ...concepts,
    { "@id": EURO, "@type": "skos:Concept", "skos:notation": "EUR", "skos:prefLabel": { lv: "eiro", en: "euro" } },
    { "@id": LATVIA, "@type": "dct:Location", "skos:prefLabel": { lv: "Latvija", en: "Latvia" } },
  ];
}
