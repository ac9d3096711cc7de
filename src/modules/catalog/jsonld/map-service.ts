// A cpsv:PublicService read back into a service document, or into a local variant when its
// dct:source is another service (the national template it is a variant of).
import type { LocalVariantDocument, ServiceDocument } from "../model.ts";
import { describeDuration } from "./duration.ts";
import { byLanguage, type Collector, type FlatNode, literals, optionalText, references, single, text } from "./graph.ts";
import { DEFAULTS } from "./import-defaults.ts";
import { channels, contactPoint, costs, legalBasis, type MappingContext, outputs, requirements, resolve } from "./map-parts.ts";
import { codeOf, conceptIri, LATVIA, SCHEMES } from "./vocabulary.ts";

function reference(
  ctx: MappingContext,
  node: FlatNode,
  property: string,
  kind: "service" | "institution",
  path: string,
  problems: Collector,
) {
  const iri = single(references(node, property), path, problems);
  if (iri === undefined) return undefined;
  const identifier = resolve(ctx, kind, iri);
  if (identifier === undefined) problems.add(path, "unknown_reference");
  return identifier ?? "";
}

/** The template a variant's dct:source names, if it names a service at all. */
export function templateOf(ctx: MappingContext, node: FlatNode): string | undefined {
  const sources = references(node, "dct:source");
  return sources.map((iri) => resolve(ctx, "service", iri)).find((id) => id !== undefined);
}

function municipalities(ctx: MappingContext, node: FlatNode, problems: Collector): string[] {
  return references(node, "dct:spatial")
    .filter((iri) => iri !== LATVIA)
    .flatMap((iri, i) => {
      const location = ctx.graph.nodes.get(iri);
      const identifier = (location && literals(location, "dct:identifier")[0]) ?? ctx.iris.identifierIn("territory", iri);
      if (identifier === undefined) problems.add(`municipalities.${i}`, "unknown_reference");
      return identifier === undefined ? [] : [identifier];
    });
}

function codes(node: FlatNode, property: string, scheme: (typeof SCHEMES)[keyof typeof SCHEMES]): string[] {
  return references(node, property).flatMap((iri) => codeOf(scheme, iri) ?? []);
}

function processingTime(node: FlatNode, problems: Collector) {
  const written = optionalText(node, "epak:processingTimeDescription", "processingTime", problems);
  if (written) return written;
  const duration = single(literals(node, "cv:processingTime"), "processingTime", problems);
  if (duration === undefined) return DEFAULTS.processingTime;
  const described = describeDuration(duration);
  if (!described) problems.add("processingTime", "invalid_value");
  return described ?? DEFAULTS.processingTime;
}

function steps(ctx: MappingContext, node: FlatNode, problems: Collector) {
  const listed = ctx.graph.listOf(node, "epak:step").map((step, i) => text(step, "dct:description", `steps.${i}`, problems));
  return listed.length ? listed : [DEFAULTS.step];
}

export function mapService(ctx: MappingContext, node: FlatNode, identifier: string, problems: Collector): ServiceDocument {
  const kind = single(codes(node, "cv:isClassifiedBy", SCHEMES.serviceKind), "kind", problems);
  const maturity = single(codes(node, "cv:isClassifiedBy", SCHEMES.maturity), "maturity", problems);
  const thematicArea = single(references(node, "cv:thematicArea"), "thematicArea", problems);
  const audience = codes(node, "dct:audience", SCHEMES.audience);
  const contact = single(ctx.graph.nodesOf(node, "cv:contactPoint"), "contactPoint", problems);
  const keywords = byLanguage(node, "dcat:keyword");
  const isTemplate = references(node, "cv:isClassifiedBy").includes(conceptIri(SCHEMES.serviceRole, "template"));
  return {
    identifier,
    title: text(node, "dct:title", "title", problems),
    description: text(node, "dct:description", "description", problems),
    institution: reference(ctx, node, "cv:hasCompetentAuthority", "institution", "institution", problems) as string,
    audience: (audience.length ? audience : DEFAULTS.audience) as ServiceDocument["audience"],
    kind: (kind ?? DEFAULTS.kind) as ServiceDocument["kind"],
    maturity: (maturity === undefined ? DEFAULTS.maturity : Number(maturity)) as ServiceDocument["maturity"],
    thematicArea: (thematicArea && (codeOf(SCHEMES.thematicArea, thematicArea) ?? thematicArea)) as ServiceDocument["thematicArea"],
    keywords: { lv: keywords.get("lv") ?? [], en: keywords.get("en") ?? [] },
    channels: channels(ctx, node, problems),
    processingTime: processingTime(node, problems),
    costs: costs(ctx, node, problems),
    requirements: requirements(ctx, node, problems),
    outputs: outputs(ctx, node, problems),
    steps: steps(ctx, node, problems),
    legalBasis: legalBasis(ctx, node, problems),
    municipalities: municipalities(ctx, node, problems),
    ...(isTemplate ? { template: true as const } : {}),
    ...(contact ? { contactPoint: contactPoint(ctx, contact, "contactPoint", problems) } : {}),
  };
}

export function mapVariant(
  ctx: MappingContext,
  node: FlatNode,
  identifier: string,
  template: string,
  problems: Collector,
): LocalVariantDocument {
  const localChannels = channels(ctx, node, problems);
  const localCosts = costs(ctx, node, problems);
  const free = literals(node, "epak:freeOfCharge").includes("true");
  const contact = single(ctx.graph.nodesOf(node, "cv:contactPoint"), "contactPoint", problems);
  const note = optionalText(node, "epak:localNote", "note", problems);
  return {
    identifier,
    template,
    institution: reference(ctx, node, "cv:hasCompetentAuthority", "institution", "institution", problems) as string,
    ...(localCosts.length || free ? { costs: localCosts } : {}),
    ...(contact ? { contactPoint: contactPoint(ctx, contact, "contactPoint", problems) } : {}),
    ...(localChannels.length ? { channels: localChannels } : {}),
    ...(note ? { note } : {}),
  };
}
