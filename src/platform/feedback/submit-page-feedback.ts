// "Report a problem with this page": stored without anything about who sent it.
import { z } from "zod";
import { recordAudit } from "../audit/audit.ts";
import type { Context } from "../context.ts";
import { AppError } from "../errors.ts";
import { safeLocalPath } from "../http/local-path.ts";
import type { Locale } from "../i18n/locale.ts";

export const PROBLEM_MAX = 1200;

/** The page a report is about: a path on this site, or the front page when it is anything else. */
export const reportedPage = z.unknown().transform((p) => (typeof p === "string" && p.length <= 500 ? (safeLocalPath(p) ?? "/") : "/"));

export const feedbackInput = z.object({
  page: reportedPage,
  // A missing field is an empty report: the person gets the field message, not an error page.
  problem: z
    .string()
    .optional()
    .transform((s) => (s ?? "").trim()),
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
