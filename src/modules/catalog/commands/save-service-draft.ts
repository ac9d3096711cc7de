// An editor's working copy: saved as often as they like, complete or not. Problems are reported
// but do not stop the save, so nothing typed is lost; they stop only submission and publishing.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { Problem } from "../document-schema.ts";
import type { LocalVariantDocument, ServiceDocument } from "../model.ts";
import { documentProblems } from "./document-problems.ts";

export type DraftInput = { document: ServiceDocument | LocalVariantDocument; institution: string };

export async function saveServiceDraft(ctx: Context, input: DraftInput): Promise<{ problems: Problem[] }> {
  const doc = input.document;
  if (doc.institution !== input.institution) throw new AppError("forbidden", 403);
  const row = await ctx.trx
    .selectFrom("catalog.service")
    .select(["institution", "draft_state"])
    .where("identifier", "=", doc.identifier)
    .executeTakeFirst();
  if (row && row.institution !== input.institution) throw new AppError("forbidden", 403);
  if (row?.draft_state === "in_review") throw new AppError("catalog_draft_in_review", 409);
  const draft = {
    draft: JSON.stringify(doc),
    draft_state: "editing" as const,
    draft_updated_by: ctx.actor,
    draft_updated_at: new Date(),
  };
  if (row) await ctx.trx.updateTable("catalog.service").set(draft).where("identifier", "=", doc.identifier).execute();
  else
    await ctx.trx
      .insertInto("catalog.service")
      .values({
        identifier: doc.identifier,
        institution: doc.institution,
        template: "template" in doc && typeof doc.template === "string" ? doc.template : null,
        is_template: "template" in doc && doc.template === true,
        ...draft,
      })
      .execute();
  await recordAudit(ctx, { event: "catalog.draft.save", subjectType: "service", subjectId: doc.identifier });
  return { problems: await documentProblems(ctx, doc) };
}
