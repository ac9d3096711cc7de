// "Report a problem with this page": stored without anything about who sent it.
import { z } from "zod";
import { recordAudit } from "../audit/audit.ts";
import type { Context } from "../context.ts";
import { AppError } from "../errors.ts";
import type { Locale } from "../i18n/locale.ts";

export const PROBLEM_MAX = 1200;

export const feedbackInput = z.object({
  page: z
    .string()
    .max(500)
    .transform((p) => (p.startsWith("/") && !p.startsWith("//") ? p : "/")),
  problem: z.string().transform((s) => s.trim()),
});

export async function submitPageFeedback(ctx: Context, input: { page: string; problem: string; locale: Locale }): Promise<number> {
  if (input.problem.length === 0) throw new AppError("validation_failed", 400, { problem: "feedback.problem.required" });
  if (input.problem.length > PROBLEM_MAX) throw new AppError("validation_failed", 400, { problem: "feedback.problem.too_long" });
  const row = await ctx.trx
    .insertInto("platform.page_feedback")
    .values({ page_path: input.page, locale: input.locale, problem: input.problem })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(ctx, { event: "platform.page-feedback.create", subjectType: "page_feedback", subjectId: String(row.id) });
  return row.id;
}
