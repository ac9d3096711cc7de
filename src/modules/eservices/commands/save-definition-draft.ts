// The editors' working copy: saved whatever state it is in, so nothing typed is lost. Its problems
// are told, not refused; they stop only publishing.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { checkDefinition, type DefinitionProblem } from "../definition/definition-schema.ts";
import { ownDefinitionRow } from "./definition-guard.ts";

export type SaveDraftInput = { service: string; draft: unknown };

/**
 * The rules' problems and, beyond them, a definition written for another service or institution
 * than the one it is stored under (it would publish over the wrong catalogue entry).
 */
export function draftProblems(draft: unknown, owner: { service: string; institution: string }): DefinitionProblem[] {
  const checked = checkDefinition(draft);
  const problems = checked.ok ? [] : [...checked.problems];
  const doc = (typeof draft === "object" && draft !== null ? draft : {}) as Record<string, unknown>;
  for (const key of ["service", "institution"] as const) {
    const value = doc[key];
    const alreadyWrong = problems.some((p) => p.path === key);
    if (typeof value === "string" && value !== owner[key] && !alreadyWrong) problems.push({ path: key, code: "invalid_value" });
  }
  return problems;
}

export async function saveDefinitionDraft(ctx: Context, input: SaveDraftInput): Promise<{ problems: DefinitionProblem[] }> {
  const row = await ownDefinitionRow(ctx, input.service);
  await ctx.trx
    .updateTable("eservices.definition")
    .set({ draft: JSON.stringify(input.draft), draft_updated_by: ctx.actor, draft_updated_at: new Date() })
    .where("service", "=", input.service)
    .execute();
  await recordAudit(ctx, { event: "eservices.definition.save", subjectType: "eservice", subjectId: input.service });
  return { problems: draftProblems(input.draft, row) };
}
