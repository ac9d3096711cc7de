// The whole published catalogue as one JSON-LD document: an inline @context and a @graph sorted
// by type and then identifier, serialised the same way every time, so that export → import →
// export gives the same text and a diff of two exports shows only what changed.
import type { CatalogueBatch } from "../commands/import-catalogue.ts";
import { CONTEXT } from "./context.ts";
import { eventNode, institutionNode, vocabularyNodes } from "./export-institution-event.ts";
import type { JsonLdNode } from "./export-parts.ts";
import { serviceNode, variantNode } from "./export-service.ts";
import type { Iris } from "./iris.ts";

function eventsByService(batch: CatalogueBatch, iris: Iris): Map<string, string[]> {
  const events = new Map<string, Set<string>>();
  for (const event of batch.events)
    for (const service of event.steps.flatMap((s) => s.services)) {
      const set = events.get(service) ?? new Set();
      set.add(iris.event(event.kind, event.identifier));
      events.set(service, set);
    }
  return new Map([...events].map(([service, set]) => [service, [...set].sort()]));
}

function sortKey(node: JsonLdNode): [string, string] {
  const type = node["@type"];
  return [String(Array.isArray(type) ? type[0] : type), String(node["dct:identifier"] ?? node["@id"])];
}

function byTypeThenIdentifier(a: JsonLdNode, b: JsonLdNode): number {
  const [ta, ia] = sortKey(a);
  const [tb, ib] = sortKey(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

export function catalogueDocument(batch: CatalogueBatch, iris: Iris): { "@context": JsonLdNode; "@graph": JsonLdNode[] } {
  const grouped = eventsByService(batch, iris);
  const context = { iris, eventsOf: (service: string) => grouped.get(service) ?? [] };
  const services = new Map(batch.services.map((s) => [s.identifier, s]));
  const institutions = new Map(batch.institutions.map((i) => [i.identifier, i]));
  const variants = batch.localVariants.flatMap((variant) => {
    const template = services.get(variant.template);
    const municipality = institutions.get(variant.institution);
    // A variant whose template is not published is not on the site either.
    return template && municipality ? [variantNode(variant, template, municipality, context)] : [];
  });
  const graph = [
    ...batch.institutions.map((i) => institutionNode(i, iris)),
    ...batch.services.map((s) => serviceNode(s, context)),
    ...variants,
    ...batch.events.map((e) => eventNode(e, iris)),
    ...vocabularyNodes(),
  ].sort(byTypeThenIdentifier);
  return { "@context": CONTEXT, "@graph": graph };
}

export function serialise(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
