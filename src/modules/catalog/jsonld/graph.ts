// Reading a flattened, expanded JSON-LD graph: every node by its @id, and a node's values by
// property, as texts per language, references, literals or nested nodes. Whatever the input's
// context, after expansion every property is a full IRI; here they are named by prefix.
import type { Text } from "../model.ts";
import { NS } from "./vocabulary.ts";

export type FlatNode = { "@id": string; "@type"?: string[] } & Record<string, unknown>;
type Value = { "@id"?: string; "@value"?: unknown; "@language"?: string; "@type"?: string; "@list"?: Value[] };

export function full(term: string): string {
  const [prefix = "", local = ""] = term.split(":");
  return `${NS[prefix as keyof typeof NS]}${local}`;
}

export class Graph {
  readonly nodes: Map<string, FlatNode>;

  constructor(nodes: FlatNode[]) {
    this.nodes = new Map(nodes.map((n) => [n["@id"], n]));
  }

  /** Nodes of any of the types, in document order. */
  ofType(...types: string[]): FlatNode[] {
    const iris = types.map(full);
    return [...this.nodes.values()].filter((n) => n["@type"]?.some((t) => iris.includes(t)));
  }

  /** The nodes a property points at; a reference to a node the file does not describe is an empty node. */
  nodesOf(node: FlatNode, property: string): FlatNode[] {
    return references(node, property).map((id) => this.nodes.get(id) ?? { "@id": id });
  }

  /** The nodes of an ordered list (epak:step), in order. */
  listOf(node: FlatNode, property: string): FlatNode[] {
    const items = values(node, property).flatMap((v) => v["@list"] ?? [v]);
    return items.flatMap((v) => (v["@id"] ? [this.nodes.get(v["@id"]) ?? { "@id": v["@id"] }] : []));
  }
}

function values(node: FlatNode, property: string): Value[] {
  const found = node[full(property)];
  return Array.isArray(found) ? (found as Value[]) : [];
}

export function hasType(node: FlatNode, type: string): boolean {
  return node["@type"]?.includes(full(type)) ?? false;
}

export function references(node: FlatNode, property: string): string[] {
  return values(node, property).flatMap((v) => (typeof v["@id"] === "string" ? [v["@id"]] : []));
}

/** Plain and typed literals as strings (numbers and booleans too), language-tagged ones included. */
export function literals(node: FlatNode, property: string): string[] {
  return values(node, property).flatMap((v) => (v["@value"] !== undefined && v["@value"] !== null ? [String(v["@value"])] : []));
}

/** Language-tagged strings by the language's primary subtag ("en-GB" counts as "en"). */
export function byLanguage(node: FlatNode, property: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const v of values(node, property)) {
    if (typeof v["@value"] !== "string" || !v["@language"]) continue;
    const language = v["@language"].toLowerCase().split("-")[0] ?? "";
    found.set(language, [...(found.get(language) ?? []), v["@value"]]);
  }
  return found;
}

/** Where a document's problems are collected, each at a path in the model's terms ("requirements.0.title.en"). */
export type Collector = { add(path: string, code: string): void };

/** One text in Latvian and English; a missing language is empty (and so "required" if the model requires it). */
export function text(node: FlatNode, property: string, path: string, problems: Collector): Text {
  const languages = byLanguage(node, property);
  const pick = (language: "lv" | "en") => {
    const all = languages.get(language) ?? [];
    if (all.length > 1) problems.add(`${path}.${language}`, "too_many");
    return all[0] ?? "";
  };
  return { lv: pick("lv"), en: pick("en") };
}

/** As text(), but undefined when the property has no Latvian or English value at all. */
export function optionalText(node: FlatNode, property: string, path: string, problems: Collector): Text | undefined {
  const languages = byLanguage(node, property);
  return languages.has("lv") || languages.has("en") ? text(node, property, path, problems) : undefined;
}

/** The one value a property may have: the first, with a problem if there are more. */
export function single<T>(items: T[], path: string, problems: Collector): T | undefined {
  if (items.length > 1) problems.add(path, "too_many");
  return items[0];
}
