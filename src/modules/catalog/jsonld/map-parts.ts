// The nested resources of a service, variant or institution read back into the model: contact
// points, channels, costs, requirements with evidence, outputs and legal resources. Each keeps
// the order the file gives them in, which for Epak's own export is the editor's order.
import type { ItemKind } from "../commands/import-catalogue.ts";
import type { Channel, ContactPoint, Cost, LegalResource, Output, Requirement } from "../model.ts";
import { byLanguage, type Collector, type FlatNode, type Graph, literals, optionalText, references, single, text } from "./graph.ts";
import { DEFAULTS } from "./import-defaults.ts";
import type { Iris } from "./iris.ts";
import { codeOf, EURO, SCHEMES } from "./vocabulary.ts";

export type MappingContext = {
  graph: Graph;
  iris: Iris;
  /** The identifier of every service, institution and event node in the file (a stand-in where it has none), by kind and IRI. */
  identifiers: Record<ItemKind, Map<string, string>>;
};

/** The identifier a reference stands for: a resource in the file, or one of this portal's IRIs. */
export function resolve(ctx: MappingContext, kind: ItemKind, iri: string): string | undefined {
  return ctx.identifiers[kind].get(iri) ?? ctx.iris.identifierIn(kind, iri);
}

function hours(ctx: MappingContext, owner: FlatNode, path: string, problems: Collector) {
  const node = single(ctx.graph.nodesOf(owner, "cv:openingHours"), path, problems);
  return node ? optionalText(node, "dct:description", path, problems) : undefined;
}

export function contactPoint(ctx: MappingContext, node: FlatNode, path: string, problems: Collector): ContactPoint {
  const email = single(literals(node, "cv:email"), `${path}.email`, problems)?.replace(/^mailto:/, "");
  const phone = single(literals(node, "cv:telephone"), `${path}.phone`, problems)?.replace(/^tel:/, "");
  const address = single(ctx.graph.nodesOf(node, "locn:address"), `${path}.address`, problems);
  const fullAddress = address && (byLanguage(address, "locn:fullAddress").get("lv")?.[0] ?? literals(address, "locn:fullAddress")[0]);
  const opening = hours(ctx, node, `${path}.hours`, problems);
  return {
    ...(email !== undefined ? { email } : {}),
    ...(phone !== undefined ? { phone } : {}),
    ...(fullAddress !== undefined ? { address: fullAddress } : {}),
    ...(opening ? { hours: opening } : {}),
  };
}

export function channels(ctx: MappingContext, owner: FlatNode, problems: Collector): Channel[] {
  return ctx.graph.nodesOf(owner, "cv:hasChannel").map((node, i) => {
    const path = `channels.${i}`;
    const typeIri = single(references(node, "dct:type"), `${path}.type`, problems);
    if (typeIri === undefined) problems.add(`${path}.type`, "required");
    const url = single(references(node, "foaf:page"), `${path}.url`, problems);
    const opening = hours(ctx, node, `${path}.hours`, problems);
    const note = optionalText(node, "dct:description", `${path}.note`, problems);
    return {
      type: (typeIri && (codeOf(SCHEMES.channelType, typeIri) ?? typeIri)) as Channel["type"],
      ...(url !== undefined ? { url: ctx.iris.url(url) } : {}),
      ...(opening ? { hours: opening } : {}),
      ...(note ? { note } : {}),
    };
  });
}

export function costs(ctx: MappingContext, owner: FlatNode, problems: Collector): Cost[] {
  return ctx.graph.nodesOf(owner, "cv:hasCost").map((node, i) => {
    const path = `costs.${i}`;
    const value = single(literals(node, "cv:hasValue"), `${path}.amount`, problems);
    const currency = single([...references(node, "cv:currency"), ...literals(node, "cv:currency")], `${path}.currency`, problems);
    return {
      amount: (value === undefined ? undefined : Number(value)) as number,
      currency: (currency === undefined || currency === EURO ? DEFAULTS.currency : currency) as "EUR",
      description: text(node, "dct:description", `${path}.description`, problems),
    };
  });
}

function titled(node: FlatNode, path: string, problems: Collector): Output {
  const description = optionalText(node, "dct:description", `${path}.description`, problems);
  return { title: text(node, "dct:title", `${path}.title`, problems), ...(description ? { description } : {}) };
}

export function requirements(ctx: MappingContext, owner: FlatNode, problems: Collector): Requirement[] {
  const covered = new Set<string>();
  const listed = ctx.graph.nodesOf(owner, "cv:holdsRequirement").map((node, i) => {
    const path = `requirements.${i}`;
    const evidence = ctx.graph.nodesOf(node, "cv:hasSupportingEvidence");
    for (const e of evidence) covered.add(e["@id"]);
    return { ...titled(node, path, problems), evidence: evidence.map((e, j) => titled(e, `${path}.evidence.${j}`, problems)) };
  });
  const loose = ctx.graph.nodesOf(owner, "cpsv:hasInput").filter((e) => !covered.has(e["@id"]));
  if (!loose.length) return listed;
  const path = `requirements.${listed.length}`;
  return [...listed, { title: DEFAULTS.evidenceRequirement, evidence: loose.map((e, j) => titled(e, `${path}.evidence.${j}`, problems)) }];
}

export function outputs(ctx: MappingContext, owner: FlatNode, problems: Collector): Output[] {
  return ctx.graph.nodesOf(owner, "cpsv:produces").map((node, i) => titled(node, `outputs.${i}`, problems));
}

export function legalBasis(ctx: MappingContext, owner: FlatNode, problems: Collector): LegalResource[] {
  return ctx.graph.nodesOf(owner, "cv:hasLegalResource").map((node, i) => {
    const path = `legalBasis.${i}`;
    const page = single(references(node, "foaf:page"), `${path}.url`, problems);
    // Elsewhere a legal resource's IRI is often its ELI address; Epak's own are fragments of the service.
    const own = node["@id"].startsWith("_:") || node["@id"].startsWith(`${ctx.iris.base}/`) ? undefined : node["@id"];
    const url = page ?? own;
    return { title: text(node, "dct:title", `${path}.title`, problems), ...(url !== undefined ? { url: ctx.iris.url(url) } : {}) };
  });
}
