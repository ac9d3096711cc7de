// A second editor publishes a draft in review: never the person who submitted it, so that every
// published word has been read by two people.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { rebuildVocabulary } from "../search/search-entry.ts";
import { documentProblems } from "./document-problems.ts";
import { publishVersion } from "./publish-version.ts";
import { draftOf, problemFields } from "./submit-service-for-review.ts";

export async function publishService(ctx: Context, input: { identifier: string; institution: string }): Promise<number> {
  const draft = await draftOf(ctx, input.identifier, input.institution);
  if (draft.state !== "in_review") throw new AppError("catalog_not_in_review", 409);
  if (draft.submittedBy === ctx.actor) throw new AppError("catalog_review_by_another", 403);
  const problems = await documentProblems(ctx, draft.document);
  if (problems.length) throw new AppError("validation_failed", 400, problemFields(problems));
  const version = await publishVersion(ctx, { document: draft.document, submittedBy: draft.submittedBy });
  await rebuildVocabulary(ctx.trx);
  await recordAudit(ctx, { event: "catalog.service.publish", subjectType: "service", subjectId: input.identifier, details: { version } });
  return version;
}

/** The reviewer sends the draft back to be worked on, e.g. with a note said in person. */
export async function returnServiceDraft(ctx: Context, input: { identifier: string; institution: string }): Promise<void> {
  const draft = await draftOf(ctx, input.identifier, input.institution);
  if (draft.state !== "in_review") throw new AppError("catalog_not_in_review", 409);
  await ctx.trx
    .updateTable("catalog.service")
    .set({ draft_state: "editing", submitted_by: null })
    .where("identifier", "=", input.identifier)
    .execute();
  await recordAudit(ctx, { event: "catalog.draft.return", subjectType: "service", subjectId: input.identifier });
}
