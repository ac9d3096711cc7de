// What the applicant does with their case: withdraw it while it is not decided, choose how the
// result reaches them, and rate the service once it is decided.
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { CaseRow } from "../cases.repository.ts";
import { changeCase } from "./case-write.ts";

export const DELIVERIES = ["mailbox", "centre", "post"] as const;
export type Delivery = (typeof DELIVERIES)[number];

export function withdrawCase(ctx: Context, c: CaseRow, version: number): Promise<CaseRow> {
  if (c.status === "decided" || c.status === "withdrawn") throw new AppError("case_not_open", 409);
  return changeCase(ctx, c, version, { status: "withdrawn" }, "cases.case.withdraw");
}

export function chooseDelivery(ctx: Context, c: CaseRow, version: number, delivery: Delivery): Promise<CaseRow> {
  if (c.status === "decided" || c.status === "withdrawn") throw new AppError("case_not_open", 409);
  return changeCase(ctx, c, version, { delivery }, "cases.delivery.choose", { delivery });
}

export function rateCase(ctx: Context, c: CaseRow, version: number, rating: number, comment: string, now: Date): Promise<CaseRow> {
  if (c.status !== "decided") throw new AppError("case_not_decided", 409);
  if (c.rated_at) throw new AppError("case_already_rated", 409);
  return changeCase(ctx, c, version, { rating, rating_comment: comment || null, rated_at: now }, "cases.case.rate", { rating });
}
