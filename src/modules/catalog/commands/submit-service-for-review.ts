// The editor hands the draft to a colleague to check: only a complete, correct draft can go.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { LocalVariantDocument, ServiceDocument } from "../model.ts";
import { documentProblems } from "./document-problems.ts";

export async function draftOf(ctx: Context, identifier: string, institution: string) {
  const row = await ctx.trx
    .selectFrom("catalog.service")
    .select(["draft", "draft_state", "institution", "submitted_by"])
    .where("identifier", "=", identifier)
    .executeTakeFirst();
  if (!row || row.institution !== institution) throw new AppError("not_found", 404);
  if (!row.draft) throw new AppError("catalog_no_draft", 409);
  return { document: row.draft as ServiceDocument | LocalVariantDocument, state: row.draft_state, submittedBy: row.submitted_by };
}

/** Field problems as the form shows them: path → message key. */
export function problemFields(problems: { path: string; code: string }[]): Record<string, string> {
  return Object.fromEntries(problems.map((p) => [p.path || "document", `catalog.problem.${p.code}`]));
}

export async function submitServiceForReview(ctx: Context, input: { identifier: string; institution: string }): Promise<void> {
  const draft = await draftOf(ctx, input.identifier, input.institution);
  if (draft.state === "in_review") throw new AppError("catalog_draft_in_review", 409);
  const problems = await documentProblems(ctx, draft.document);
  if (problems.length) throw new AppError("validation_failed", 400, problemFields(problems));
  await ctx.trx
    .updateTable("catalog.service")
    .set({ draft_state: "in_review", submitted_by: ctx.actor })
    .where("identifier", "=", input.identifier)
    .execute();
  await recordAudit(ctx, { event: "catalog.draft.submit", subjectType: "service", subjectId: input.identifier });
}
