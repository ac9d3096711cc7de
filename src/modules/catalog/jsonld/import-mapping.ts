// From a flattened CPSV-AP graph to a catalogue batch: every cv:PublicOrganisation, cpsv:PublicService
// and cv:Event becomes a document, each remembered with the node it came from so that a problem
// found now or later (by the catalogue's own checks) can be told by the node's IRI and property.
import type { CatalogueBatch, ItemKind } from "../commands/import-catalogue.ts";
import { type Collector, type FlatNode, Graph, literals } from "./graph.ts";
import type { Iris } from "./iris.ts";
import { mapEvent } from "./map-event.ts";
import { mapInstitution } from "./map-institution.ts";
import type { MappingContext } from "./map-parts.ts";
import { mapService, mapVariant, templateOf } from "./map-service.ts";

/** The node a document came from: its IRI, or for a node without one its place among its kind. */
export type Source = { kind: ItemKind; node: string; variant: boolean };
export type LocatedProblem = { source: Source; path: string; code: string };
export type Mapping = { batch: CatalogueBatch; sources: Map<string, Source>; problems: LocatedProblem[] };

const TYPES: Record<ItemKind, string[]> = {
  institution: ["cv:PublicOrganisation"],
  service: ["cpsv:PublicService"],
  event: ["cv:Event", "cv:LifeEvent", "cv:BusinessEvent"],
};

export function sourceKey(kind: ItemKind, identifier: string): string {
  return `${kind}:${identifier}`;
}

function label(node: FlatNode, kind: ItemKind, index: number): string {
  if (!node["@id"].startsWith("_:")) return node["@id"];
  const identifier = literals(node, "dct:identifier")[0];
  return identifier === undefined ? `${kind} number ${index + 1}, which has no @id` : `dct:identifier "${identifier}", which has no @id`;
}

export function mapGraph(nodes: FlatNode[], iris: Iris): Mapping {
  const graph = new Graph(nodes);
  const problems: LocatedProblem[] = [];
  const sources = new Map<string, Source>();
  const identifiers = { institution: new Map<string, string>(), service: new Map<string, string>(), event: new Map<string, string>() };
  const entries = (Object.keys(TYPES) as ItemKind[]).flatMap((kind) =>
    graph.ofType(...TYPES[kind]).map((node, index) => {
      const source: Source = { kind, node: label(node, kind, index), variant: false };
      const collector: Collector = { add: (path, code) => problems.push({ source, path, code }) };
      const given = literals(node, "dct:identifier");
      if (!given.length) collector.add("identifier", "required");
      if (given.length > 1) collector.add("identifier", "too_many");
      // A stand-in lets references to the node resolve, so its one problem is reported once.
      const identifier = given[0] ?? (kind === "institution" ? `MISSING-${index + 1}` : `missing-${index + 1}`);
      identifiers[kind].set(node["@id"], identifier);
      if (!sources.has(sourceKey(kind, identifier))) sources.set(sourceKey(kind, identifier), source);
      return { kind, node, source, collector, identifier };
    }),
  );
  const ctx: MappingContext = { graph, iris, identifiers };
  const batch: CatalogueBatch = { institutions: [], services: [], localVariants: [], events: [] };
  for (const { kind, node, source, collector, identifier } of entries) {
    if (kind === "institution") batch.institutions.push(mapInstitution(ctx, node, identifier, collector));
    else if (kind === "event") batch.events.push(mapEvent(ctx, node, identifier, collector));
    else {
      const template = templateOf(ctx, node);
      source.variant = template !== undefined;
      if (template === undefined) batch.services.push(mapService(ctx, node, identifier, collector));
      else batch.localVariants.push(mapVariant(ctx, node, identifier, template, collector));
    }
  }
  return { batch, sources, problems };
}
