// The checks that need more than one document: that an institution, template, municipality or
// service a document names exists, either already in the catalogue or in the same batch.
import type { Problem } from "./document-schema.ts";
import type { EventDocument, InstitutionDocument, LocalVariantDocument, ServiceDocument } from "./model.ts";

export type KnownIdentifiers = {
  institutions: Map<string, InstitutionDocument["kind"]>;
  services: Set<string>;
  templates: Set<string>;
};

const MUNICIPAL_KINDS = new Set(["municipality", "state_city"]);

export function institutionReferences(doc: InstitutionDocument, known: KnownIdentifiers): Problem[] {
  return doc.parent && !known.institutions.has(doc.parent) ? [{ path: "parent", code: "unknown_reference" }] : [];
}

export function serviceReferences(doc: ServiceDocument, known: KnownIdentifiers): Problem[] {
  const problems: Problem[] = [];
  if (!known.institutions.has(doc.institution)) problems.push({ path: "institution", code: "unknown_reference" });
  doc.municipalities.forEach((m, i) => {
    if (!MUNICIPAL_KINDS.has(known.institutions.get(m) ?? "")) problems.push({ path: `municipalities.${i}`, code: "unknown_reference" });
  });
  return problems;
}

export function variantReferences(doc: LocalVariantDocument, known: KnownIdentifiers): Problem[] {
  const problems: Problem[] = [];
  if (!known.templates.has(doc.template)) problems.push({ path: "template", code: "unknown_reference" });
  if (!MUNICIPAL_KINDS.has(known.institutions.get(doc.institution) ?? ""))
    problems.push({ path: "institution", code: "unknown_reference" });
  return problems;
}

export function eventReferences(doc: EventDocument, known: KnownIdentifiers): Problem[] {
  return doc.steps.flatMap((step, i) =>
    step.services.flatMap((s, j) =>
      known.services.has(s) ? [] : [{ path: `steps.${i}.services.${j}`, code: "unknown_reference" as const }],
    ),
  );
}
