// A cv:PublicOrganisation read back into an institution document. Its kind is Epak's
// org:classification concept; an organisation from elsewhere without one counts as "other".
import type { InstitutionDocument } from "../model.ts";
import { type Collector, type FlatNode, literals, optionalText, references, single, text } from "./graph.ts";
import { DEFAULTS } from "./import-defaults.ts";
import { contactPoint, type MappingContext, resolve } from "./map-parts.ts";
import { codeOf, SCHEMES } from "./vocabulary.ts";

export function mapInstitution(ctx: MappingContext, node: FlatNode, identifier: string, problems: Collector): InstitutionDocument {
  const kindIri = single(references(node, "org:classification"), "kind", problems);
  const parentIri = single(references(node, "org:subOrganizationOf"), "parent", problems);
  const parent = parentIri === undefined ? undefined : resolve(ctx, "institution", parentIri);
  if (parentIri !== undefined && parent === undefined) problems.add("parent", "unknown_reference");
  const shortName = single(literals(node, "skos:altLabel"), "shortName", problems);
  const description = optionalText(node, "dct:description", "description", problems);
  const contact = single(ctx.graph.nodesOf(node, "cv:contactPoint"), "contactPoint", problems);
  const website = single(references(node, "foaf:homepage"), "website", problems);
  // CPSV-AP names an organisation with skos:prefLabel; a file that uses the Agent's dct:title is understood too.
  const labelled = literals(node, "skos:prefLabel").length ? "skos:prefLabel" : "dct:title";
  return {
    identifier,
    kind: (kindIri === undefined
      ? DEFAULTS.institutionKind
      : (codeOf(SCHEMES.institutionKind, kindIri) ?? kindIri)) as InstitutionDocument["kind"],
    name: text(node, labelled, "name", problems),
    ...(shortName !== undefined ? { shortName } : {}),
    ...(description ? { description } : {}),
    ...(parent !== undefined ? { parent } : {}),
    contactPoint: contact ? contactPoint(ctx, contact, "contactPoint", problems) : {},
    ...(website !== undefined ? { website: ctx.iris.url(website) } : {}),
  };
}
