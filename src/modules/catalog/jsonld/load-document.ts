// Reading a JSON-LD file: JSON first, then expanded and flattened by the jsonld library, so that
// compacted or expanded input, a @graph or a single node, embedded or referenced nodes all arrive
// in one shape. Contexts are never fetched: the CPSV-AP 3.2.0 context is served from the copy in
// standard/, and any other remote context is refused with its address named.
import { readFileSync } from "node:fs";
import jsonld from "jsonld";
import type { FlatNode } from "./graph.ts";

const CPSV_AP_CONTEXT = JSON.parse(readFileSync(new URL("./standard/cpsv-ap.jsonld", import.meta.url), "utf8")) as unknown;
/** Where SEMIC publishes the context (the specification and its example use both addresses). */
const CPSV_AP_CONTEXT_URL =
  /^https?:\/\/semiceu\.github\.io\/(?:uri\.semic\.eu-generated\/)?CPSV-AP\/releases\/3\.2\.0\/+context\/cpsv-ap\.jsonld$/;

export type FileProblem = { code: "not_json" | "not_jsonld"; detail: string };
export type Loaded = { ok: true; nodes: FlatNode[] } | { ok: false; problem: FileProblem };

export async function loadDocument(text: string): Promise<Loaded> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: "not_json", detail: (error as Error).message } };
  }
  if (typeof document !== "object" || document === null)
    return { ok: false, problem: { code: "not_jsonld", detail: "a JSON-LD document is a JSON object or array" } };
  const refused: string[] = [];
  const documentLoader = async (url: string) => {
    if (CPSV_AP_CONTEXT_URL.test(url)) return { contextUrl: undefined, documentUrl: url, document: CPSV_AP_CONTEXT };
    refused.push(url);
    throw new Error(`remote context ${url} refused`);
  };
  try {
    // biome-ignore lint/suspicious/noExplicitAny: @types/jsonld describes an older loader signature.
    const flat = await jsonld.flatten(document as jsonld.JsonLdDocument, null as any, { documentLoader: documentLoader as any });
    return { ok: true, nodes: (Array.isArray(flat) ? flat : []) as FlatNode[] };
  } catch (error) {
    const detail = refused.length
      ? `it refers to ${refused[0]}, which Epak does not fetch from the network: only CPSV-AP 3.2.0's own context is known; give any other context inline`
      : (error as Error).message;
    return { ok: false, problem: { code: "not_jsonld", detail } };
  }
}
