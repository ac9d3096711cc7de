// A service as a cpsv:PublicService, with its channels, costs, requirements and evidence, outputs
// and legal basis as nested resources. A municipality's local variant carries only what the
// municipality adds and dct:source pointing at the national template, so an import recreates it
// as a variant; its title and description (which CPSV-AP requires) are the resolved ones.
import type { Channel, Cost, InstitutionDocument, LocalVariantDocument, ServiceDocument } from "../model.ts";
import { resolveVariant } from "../resolve-variant.ts";
import { durationOf } from "./duration.ts";
import { contactPointNode, hoursNode, type JsonLdNode, part, textLists, texts } from "./export-parts.ts";
import type { Iris } from "./iris.ts";
import { conceptIri, EURO, LATVIA, SCHEMES } from "./vocabulary.ts";

export type ServiceExport = { iris: Iris; eventsOf: (service: string) => string[] };
type Owner = { iri: string; identifier: string };

function many(key: string, values: unknown[]): JsonLdNode {
  return values.length ? { [key]: values } : {};
}

function channelNodes(owner: Owner, channels: Channel[], iris: Iris): JsonLdNode[] {
  return channels.map((channel, i) => {
    const node = part(owner, `channel-${i + 1}`, "cv:Channel");
    return {
      ...node,
      "dct:type": conceptIri(SCHEMES.channelType, channel.type),
      ...(channel.url !== undefined ? { "foaf:page": iris.link(channel.url) } : {}),
      ...(channel.hours ? { "cv:openingHours": hoursNode(`${node["@id"]}-hours`, channel.hours) } : {}),
      ...(channel.note ? { "dct:description": texts(channel.note) } : {}),
    };
  });
}

function costNodes(owner: Owner, costs: Cost[]): JsonLdNode[] {
  return costs.map((cost, i) => ({
    ...part(owner, `cost-${i + 1}`, "cv:Cost"),
    "cv:hasValue": cost.amount,
    "cv:currency": EURO,
    "dct:description": texts(cost.description),
  }));
}

function requirementNodes(owner: Owner, doc: ServiceDocument): JsonLdNode[] {
  return doc.requirements.map((requirement, i) => ({
    ...part(owner, `requirement-${i + 1}`, "cv:Requirement"),
    "dct:title": texts(requirement.title),
    ...(requirement.description ? { "dct:description": texts(requirement.description) } : {}),
    ...many(
      "cv:hasSupportingEvidence",
      requirement.evidence.map((evidence, j) => ({
        ...part(owner, `requirement-${i + 1}-evidence-${j + 1}`, "cv:Evidence"),
        "dct:title": texts(evidence.title),
        ...(evidence.description ? { "dct:description": texts(evidence.description) } : {}),
      })),
    ),
  }));
}

function serviceBody(owner: Owner, doc: ServiceDocument, iris: Iris): JsonLdNode {
  const requirements = requirementNodes(owner, doc);
  const evidence = requirements.flatMap((r) => (r["cv:hasSupportingEvidence"] as JsonLdNode[] | undefined) ?? []).map((e) => e["@id"]);
  const duration = durationOf(doc.processingTime);
  const keywords = textLists(doc.keywords);
  return {
    "dct:audience": doc.audience.map((a) => conceptIri(SCHEMES.audience, a)),
    "cv:isClassifiedBy": [
      conceptIri(SCHEMES.serviceKind, doc.kind),
      conceptIri(SCHEMES.maturity, doc.maturity),
      ...(doc.template ? [conceptIri(SCHEMES.serviceRole, "template")] : []),
    ],
    "cv:thematicArea": conceptIri(SCHEMES.thematicArea, doc.thematicArea),
    ...(keywords ? { "dcat:keyword": keywords } : {}),
    ...many("cv:hasChannel", channelNodes(owner, doc.channels, iris)),
    ...(duration ? { "cv:processingTime": duration } : {}),
    "epak:processingTimeDescription": texts(doc.processingTime),
    ...many("cv:hasCost", costNodes(owner, doc.costs)),
    ...many("cv:holdsRequirement", requirements),
    ...many("cpsv:hasInput", evidence),
    ...many(
      "cpsv:produces",
      doc.outputs.map((output, i) => ({
        ...part(owner, `output-${i + 1}`, "cv:Output"),
        "dct:title": texts(output.title),
        ...(output.description ? { "dct:description": texts(output.description) } : {}),
      })),
    ),
    ...many(
      "epak:step",
      doc.steps.map((step) => ({ "dct:description": texts(step) })),
    ),
    ...many(
      "cv:hasLegalResource",
      doc.legalBasis.map((legal, i) => ({
        ...part(owner, `legal-resource-${i + 1}`, "eli:LegalResource"),
        "dct:title": texts(legal.title),
        ...(legal.url !== undefined ? { "foaf:page": iris.link(legal.url) } : {}),
      })),
    ),
    "dct:spatial": doc.municipalities.length ? doc.municipalities.map((m) => iris.territory(m)) : [LATVIA],
  };
}

export function serviceNode(doc: ServiceDocument, context: ServiceExport): JsonLdNode {
  const { iris } = context;
  const owner = { iri: iris.service(doc.identifier), identifier: doc.identifier };
  return {
    "@id": owner.iri,
    "@type": "cpsv:PublicService",
    "dct:identifier": doc.identifier,
    "dct:title": texts(doc.title),
    "dct:description": texts(doc.description),
    "cv:hasCompetentAuthority": iris.institution(doc.institution),
    ...serviceBody(owner, doc, iris),
    ...(doc.contactPoint ? { "cv:contactPoint": contactPointNode(owner.iri, doc.contactPoint) } : {}),
    ...many("cv:isGroupedBy", context.eventsOf(doc.identifier)),
    "adms:status": conceptIri(SCHEMES.status, "active"),
  };
}

export function variantNode(
  variant: LocalVariantDocument,
  template: ServiceDocument,
  municipality: InstitutionDocument,
  context: ServiceExport,
): JsonLdNode {
  const { iris } = context;
  const owner = { iri: iris.service(variant.identifier), identifier: variant.identifier };
  const resolved = resolveVariant(template, variant, municipality);
  return {
    "@id": owner.iri,
    "@type": "cpsv:PublicService",
    "dct:identifier": variant.identifier,
    "dct:title": texts(resolved.title),
    "dct:description": texts(resolved.description),
    "dct:source": iris.service(variant.template),
    "cv:hasCompetentAuthority": iris.institution(variant.institution),
    ...(variant.channels ? many("cv:hasChannel", channelNodes(owner, variant.channels, iris)) : {}),
    ...(variant.costs ? many("cv:hasCost", costNodes(owner, variant.costs)) : {}),
    // An empty local cost list says "free here", which no cv:Cost can say.
    ...(variant.costs?.length === 0 ? { "epak:freeOfCharge": true } : {}),
    ...(variant.contactPoint ? { "cv:contactPoint": contactPointNode(owner.iri, variant.contactPoint) } : {}),
    ...(variant.note ? { "epak:localNote": texts(variant.note) } : {}),
    "dct:spatial": [iris.territory(variant.institution)],
    "adms:status": conceptIri(SCHEMES.status, "active"),
  };
}
