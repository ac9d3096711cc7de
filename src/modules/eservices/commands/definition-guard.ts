// What every command on a definition checks first: that it exists and that an editor touches only
// their own institution's. The editor's institution is the unit their context acts for; a system
// context (the demo seed) acts for no institution and is not limited.
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";

export type DefinitionRow = { service: string; institution: string; published_version: number | null; draft: unknown };

/** The institution code of an editor's context, or null for Epak itself. */
export function actingInstitution(ctx: Context): string | null {
  const unit = ctx.onBehalfOf;
  if (unit?.startsWith("institution:")) return unit.slice("institution:".length);
  if (ctx.channel === "system") return null;
  // A person who acts for no institution edits nobody's e-services.
  throw new AppError("forbidden", 403);
}

export function mayEdit(ctx: Context, institution: string): boolean {
  const acting = actingInstitution(ctx);
  return acting === null || acting === institution;
}

/** The definition row, locked for the rest of the transaction; another institution's is "not found". */
export async function ownDefinitionRow(ctx: Context, service: string): Promise<DefinitionRow> {
  const row = await ctx.trx
    .selectFrom("eservices.definition")
    .select(["service", "institution", "published_version", "draft"])
    .where("service", "=", service)
    .forUpdate()
    .executeTakeFirst();
  if (!row || !mayEdit(ctx, row.institution)) throw new AppError("not_found", 404);
  return row;
}
