// Every change to a case goes through here: it applies only if the case is still at the version
// the person saw (two officers on one case cannot overwrite each other), bumps the version, and
// writes the transition's audit row — the row the case's timeline is built from.
import type { Updateable } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import type { CaseTable } from "../../../platform/db/tables.ts";
import { AppError } from "../../../platform/errors.ts";
import type { CaseRow } from "../cases.repository.ts";

export async function changeCase(
  ctx: Context,
  c: CaseRow,
  seenVersion: number,
  set: Updateable<CaseTable>,
  event: string,
  details: Record<string, unknown> = {},
): Promise<CaseRow> {
  const updated = await ctx.trx
    .updateTable("cases.case")
    .set((eb) => ({ ...set, version: eb("version", "+", 1) }))
    .where("id", "=", c.id)
    .where("version", "=", seenVersion)
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw new AppError("case_changed", 409);
  await recordAudit(ctx, { event, subjectType: "case", subjectId: c.id, details: { number: c.number, ...details } });
  return updated;
}

/** An audit row on the case's timeline for something that does not change the case row itself. */
export function caseEvent(ctx: Context, c: CaseRow, event: string, details: Record<string, unknown> = {}): Promise<void> {
  return recordAudit(ctx, { event, subjectType: "case", subjectId: c.id, details: { number: c.number, ...details } });
}
