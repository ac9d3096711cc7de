// A new e-service for a published catalogue service of the editor's institution. Its draft starts
// as the smallest definition that keeps every rule (the catalogue's title and summary, one page
// with the applicant's name from the population register), so the editor changes a working
// form rather than filling an empty one.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { serviceSummaries } from "../../catalog/index.ts";
import type { EServiceDefinition, Text } from "../definition/model.ts";
import { mayEdit } from "./definition-guard.ts";

export type CreateDefinitionInput = { service: string; institution: string };

export function definitionSkeleton(service: string, institution: string, title: Text, summary: Text): EServiceDefinition {
  return {
    service,
    title,
    summary,
    institution,
    assurance: "substantial",
    applicants: ["self"],
    prefill: ["person"],
    fee: null,
    process: `${service}-process`,
    decisionDelivery: ["eAddress"],
    pages: [
      {
        id: "applicant",
        title: { lv: "Iesniedzējs", en: "Applicant" },
        questions: [
          {
            id: "fullName",
            type: "text",
            label: { lv: "Vārds, uzvārds", en: "Full name" },
            prefill: "person.fullName",
            readOnly: true,
          },
        ],
      },
    ],
    declaration: {
      lv: "Apliecinu, ka iesniegumā sniegtās ziņas ir patiesas.",
      en: "I confirm that the information in this application is true.",
    },
  };
}

export async function createDefinition(ctx: Context, input: CreateDefinitionInput): Promise<void> {
  const { service, institution } = input;
  if (!mayEdit(ctx, institution)) throw new AppError("forbidden", 403);
  const catalogue = (await serviceSummaries(ctx.trx, [service])).get(service);
  if (!catalogue || catalogue.institution !== institution) throw new AppError("eservices_unknown_service", 404);
  const existing = await ctx.trx.selectFrom("eservices.definition").select("service").where("service", "=", service).executeTakeFirst();
  if (existing) throw new AppError("eservices_definition_exists", 409);
  const draft = definitionSkeleton(service, institution, catalogue.title, catalogue.summary);
  await ctx.trx
    .insertInto("eservices.definition")
    .values({ service, institution, draft: JSON.stringify(draft), draft_updated_by: ctx.actor, draft_updated_at: new Date() })
    .execute();
  await recordAudit(ctx, { event: "eservices.definition.create", subjectType: "eservice", subjectId: service });
}
