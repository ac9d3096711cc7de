// An administrator lets a consumer call a data service, for a stated purpose on a legal basis.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { isUuid } from "../../../platform/identifiers/uuid.ts";

export type GrantInput = {
  consumerId: string;
  serviceId: string;
  purposeLv: string;
  purposeEn: string;
  legalBasis: string;
  logBodies: boolean;
  exception: boolean;
};

export async function grantAccess(ctx: Context, input: GrantInput): Promise<string> {
  const errors: Record<string, string> = {};
  const consumer = isUuid(input.consumerId)
    ? await ctx.trx.selectFrom("exchange.consumer").select("id").where("id", "=", input.consumerId).executeTakeFirst()
    : undefined;
  if (!consumer) errors.consumerId = "exchange.grant.consumer.required";
  const service = isUuid(input.serviceId)
    ? await ctx.trx.selectFrom("exchange.provider_service").select("id").where("id", "=", input.serviceId).executeTakeFirst()
    : undefined;
  if (!service) errors.serviceId = "exchange.grant.service.required";
  if (!input.purposeLv.trim()) errors.purposeLv = "exchange.grant.purpose.required";
  if (!input.purposeEn.trim()) errors.purposeEn = "exchange.grant.purpose.required";
  if (!input.legalBasis.trim()) errors.legalBasis = "exchange.grant.legal_basis.required";
  if (!errors.consumerId && !errors.serviceId) {
    const live = await ctx.trx
      .selectFrom("exchange.access_grant")
      .select("id")
      .where("consumer_id", "=", input.consumerId)
      .where("service_id", "=", input.serviceId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (live) errors.serviceId = "exchange.grant.already_granted";
  }
  if (Object.keys(errors).length) throw new AppError("validation_failed", 400, errors);
  const row = await ctx.trx
    .insertInto("exchange.access_grant")
    .values({
      consumer_id: input.consumerId,
      service_id: input.serviceId,
      purpose_lv: input.purposeLv.trim(),
      purpose_en: input.purposeEn.trim(),
      legal_basis: input.legalBasis.trim(),
      log_bodies: input.logBodies,
      exception: input.exception,
      granted_by: ctx.actor,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(ctx, {
    event: "exchange.grant.create",
    subjectType: "access_grant",
    subjectId: row.id,
    details: { consumer: input.consumerId, service: input.serviceId, exception: input.exception },
  });
  return row.id;
}
