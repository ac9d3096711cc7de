// Importing CPSV-AP JSON-LD, from Epak's own export or from elsewhere: read, map to catalogue
// documents, check everything, and only then write it all through importCatalogue, in the caller's
// transaction. Any problem, in the file or in what it says, is told with its place in the file, and
// nothing is written.
import type { Context } from "../../../platform/context.ts";
import { checkBatch, type ImportReport, importCatalogue } from "../commands/import-catalogue.ts";
import { type LocatedProblem, type Mapping, mapGraph, type Source, sourceKey } from "./import-mapping.ts";
import { catalogueIris } from "./iris.ts";
import { loadDocument } from "./load-document.ts";
import { locate } from "./locations.ts";

export type JsonLdProblem = { location: string; code: string; message: string };
export type JsonLdImportResult = { ok: true; report: ImportReport } | { ok: false; problems: JsonLdProblem[] };

const MEANINGS: Record<string, string> = {
  required: "missing or empty",
  invalid_value: "not a value Epak knows here",
  invalid_identifier: "an identifier has only lowercase Latin letters, digits and hyphens (an institution's: capitals, digits and hyphens)",
  invalid_url: "a link must start with https:// or be an address on this portal",
  invalid_amount: "not an amount in euro from 0 to 1,000,000",
  too_long: "too long",
  unknown_reference: "names something that is neither in this file nor in the catalogue",
  duplicate: "more than one resource has this identifier",
  too_many: "more than one value where Epak keeps one",
  nothing_to_import: "it has no cpsv:PublicService, cv:PublicOrganisation or cv:Event: is it CPSV-AP?",
};

function problem(location: string, code: string, detail?: string): JsonLdProblem {
  return { location, code, message: `${location}: ${code} (${detail ?? MEANINGS[code] ?? code})` };
}

/** The catalogue's own problems, which name a document by identifier, told by the node it came from. */
function fromChecks(mapping: Mapping, checked: Awaited<ReturnType<typeof checkBatch>>): LocatedProblem[] {
  return checked.map((p) => {
    const source: Source = mapping.sources.get(sourceKey(p.kind, p.identifier)) ?? { kind: p.kind, node: p.identifier, variant: false };
    return { source, path: p.path, code: p.code };
  });
}

function readable(problems: LocatedProblem[]): JsonLdProblem[] {
  const seen = new Set<string>();
  return problems.flatMap((p) => {
    const location = locate(p.source, p.path);
    // The mapping and the catalogue's checks may both object to one value: the mapping says it first and better.
    if (seen.has(location)) return [];
    seen.add(location);
    return [problem(location, p.code)];
  });
}

export async function importJsonLd(ctx: Context, text: string, options: { base: string }): Promise<JsonLdImportResult> {
  const loaded = await loadDocument(text);
  if (!loaded.ok) return { ok: false, problems: [problem("file", loaded.problem.code, loaded.problem.detail)] };
  const mapping = mapGraph(loaded.nodes, catalogueIris(options.base));
  const { institutions, services, localVariants, events } = mapping.batch;
  if (!institutions.length && !services.length && !localVariants.length && !events.length)
    return { ok: false, problems: [problem("file", "nothing_to_import")] };
  const problems = [...mapping.problems, ...fromChecks(mapping, await checkBatch(ctx, mapping.batch))];
  if (problems.length) return { ok: false, problems: readable(problems) };
  const result = await importCatalogue(ctx, mapping.batch);
  if (!result.ok) return { ok: false, problems: readable(fromChecks(mapping, result.problems)) };
  return { ok: true, report: result.report };
}
