// An institution publishes a data service on the bus (or updates the one it published).
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";

export type ProviderServiceInput = {
  serviceId: string;
  institution: string;
  name: { lv: string; en: string };
  description: { lv: string; en: string };
  openapi: Record<string, unknown>;
  baseUrl: string;
  dataCategories: string[];
  personalData: boolean;
  timeoutMs?: number;
};

export async function registerProviderService(ctx: Context, input: ProviderServiceInput): Promise<string> {
  const [, , , subsystem = "", serviceCode = ""] = input.serviceId.split("/");
  const values = {
    institution: input.institution,
    subsystem,
    service_code: serviceCode,
    name_lv: input.name.lv,
    name_en: input.name.en,
    description_lv: input.description.lv,
    description_en: input.description.en,
    openapi: JSON.stringify(input.openapi),
    base_url: input.baseUrl,
    data_categories: JSON.stringify(input.dataCategories),
    personal_data: input.personalData,
    timeout_ms: input.timeoutMs ?? 5000,
    updated_at: new Date(),
  };
  const row = await ctx.trx
    .insertInto("exchange.provider_service")
    .values({ service_id: input.serviceId, ...values })
    .onConflict((oc) => oc.column("service_id").doUpdateSet({ ...values, status: "active" }))
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(ctx, {
    event: "exchange.provider-service.register",
    subjectType: "provider_service",
    subjectId: row.id,
    details: { serviceId: input.serviceId },
  });
  return row.id;
}
