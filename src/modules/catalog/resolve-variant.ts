// A municipality's local variant reads as a full service: the template's description with the
// municipality's own fee, office, contacts and note laid over it.
import type { InstitutionDocument, LocalVariantDocument, ServiceDocument, Text } from "./model.ts";

export type ResolvedService = ServiceDocument & { localNote?: Text; variantOf?: string };

export function resolveVariant(
  template: ServiceDocument,
  variant: LocalVariantDocument,
  municipality: InstitutionDocument,
): ResolvedService {
  const { template: _flag, ...national } = template;
  return {
    ...national,
    identifier: variant.identifier,
    title: {
      lv: `${template.title.lv} (${municipality.name.lv})`,
      en: `${template.title.en} (${municipality.name.en})`,
    },
    institution: variant.institution,
    municipalities: [variant.institution],
    costs: variant.costs ?? template.costs,
    channels: variant.channels ?? template.channels,
    ...(variant.contactPoint ? { contactPoint: variant.contactPoint } : {}),
    ...(variant.note ? { localNote: variant.note } : {}),
    variantOf: template.identifier,
  };
}

export function isLocalVariant(document: ServiceDocument | LocalVariantDocument): document is LocalVariantDocument {
  return typeof (document as LocalVariantDocument).template === "string";
}
