// A cv:Event (life or business) read back into an event document. Epak's own export keeps the
// ordered steps in epak:step; an event from elsewhere becomes one step, named as the event, with
// every service it is related to (cv:hasRelatedService, or a service's cv:isGroupedBy).
import type { EventDocument, EventStep } from "../model.ts";
import { byLanguage, type Collector, type FlatNode, hasType, optionalText, references, text } from "./graph.ts";
import { type MappingContext, resolve } from "./map-parts.ts";

function services(ctx: MappingContext, iris: string[], path: string, problems: Collector): string[] {
  return iris.map((iri, j) => {
    const identifier = resolve(ctx, "service", iri);
    if (identifier === undefined) problems.add(`${path}.${j}`, "unknown_reference");
    return identifier ?? "";
  });
}

function steps(ctx: MappingContext, node: FlatNode, title: EventDocument["title"], problems: Collector): EventStep[] {
  const listed = ctx.graph.listOf(node, "epak:step");
  if (listed.length)
    return listed.map((step, i) => {
      const description = optionalText(step, "dct:description", `steps.${i}.description`, problems);
      return {
        title: text(step, "dct:title", `steps.${i}.title`, problems),
        ...(description ? { description } : {}),
        services: services(ctx, references(step, "cv:hasRelatedService"), `steps.${i}.services`, problems),
      };
    });
  const grouped = ctx.graph.ofType("cpsv:PublicService").filter((s) => references(s, "cv:isGroupedBy").includes(node["@id"]));
  const related = [...new Set([...references(node, "cv:hasRelatedService"), ...grouped.map((s) => s["@id"])])];
  return [{ title, services: services(ctx, related, "steps.0.services", problems) }];
}

export function mapEvent(ctx: MappingContext, node: FlatNode, identifier: string, problems: Collector): EventDocument {
  const title = text(node, "dct:title", "title", problems);
  const keywords = byLanguage(node, "dcat:keyword");
  return {
    identifier,
    // A plain cv:Event from elsewhere is taken for a life event, the more common kind.
    kind: hasType(node, "cv:BusinessEvent") ? "business" : "life",
    title,
    description: text(node, "dct:description", "description", problems),
    ...(keywords.has("lv") || keywords.has("en") ? { keywords: { lv: keywords.get("lv") ?? [], en: keywords.get("en") ?? [] } } : {}),
    steps: steps(ctx, node, title, problems),
  };
}
