// Everything wrong with one service document: its own rules, then what it names.
import type { Context } from "../../../platform/context.ts";
import { type KnownIdentifiers, serviceReferences, variantReferences } from "../check-references.ts";
import { localVariantSchema, type Problem, problemsOf, serviceSchema } from "../document-schema.ts";
import type { InstitutionDocument, LocalVariantDocument, ServiceDocument } from "../model.ts";
import { isLocalVariant } from "../resolve-variant.ts";

async function known(ctx: Context): Promise<KnownIdentifiers> {
  const institutions = await ctx.trx.selectFrom("catalog.institution").select(["identifier", "kind"]).execute();
  const templates = await ctx.trx.selectFrom("catalog.service").select("identifier").where("is_template", "=", true).execute();
  return {
    institutions: new Map(institutions.map((i) => [i.identifier, i.kind as InstitutionDocument["kind"]])),
    services: new Set(),
    templates: new Set(templates.map((t) => t.identifier)),
  };
}

export async function documentProblems(ctx: Context, doc: ServiceDocument | LocalVariantDocument): Promise<Problem[]> {
  if (isLocalVariant(doc)) {
    const shape = problemsOf(localVariantSchema, doc);
    return shape.length ? shape : variantReferences(doc, await known(ctx));
  }
  const shape = problemsOf(serviceSchema, doc);
  return shape.length ? shape : serviceReferences(doc, await known(ctx));
}
