// Publishing: the checked definition becomes the e-service's next version, kept unchanged for ever
// (an application is filled against the version it was started on), and the catalogue service
// gets its online channel with the maturity level the definition earns.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { linkEService, publishedService } from "../../catalog/index.ts";
import { checkDefinition } from "../definition/definition-schema.ts";
import { maturityOf } from "../definition/maturity.ts";
import type { EServiceDefinition } from "../definition/model.ts";
import { actingInstitution, ownDefinitionRow } from "./definition-guard.ts";
import { draftProblems } from "./save-definition-draft.ts";

export type PublishDefinitionInput = { service: string; publishedBy: string };

/** The public address of an e-service's form, which the catalogue links to. */
export function eServicePath(service: string): string {
  return `/e-pakalpojumi/${service}`;
}

/** The problems as a form's fields: path → message key. */
function problemFields(problems: { path: string; code: string }[]): Record<string, string> {
  return Object.fromEntries(problems.map((p) => [p.path, `eservices.problem.${p.code}`]));
}

/** The catalogue service must exist and be the institution's (a local variant, the municipality's). */
async function checkCatalogue(ctx: Context, definition: EServiceDefinition): Promise<void> {
  const catalogue = await publishedService(ctx.trx, definition.service);
  if (!catalogue) throw new AppError("eservices_unknown_service", 404);
  const acting = actingInstitution(ctx);
  if (catalogue.document.institution !== definition.institution || (acting !== null && acting !== definition.institution)) {
    throw new AppError("eservices_wrong_institution", 403);
  }
}

async function writeVersion(ctx: Context, definition: EServiceDefinition, publishedBy: string): Promise<number> {
  const { service, institution } = definition;
  const row = await ctx.trx
    .selectFrom("eservices.definition")
    .select(["institution", "published_version"])
    .where("service", "=", service)
    .forUpdate()
    .executeTakeFirst();
  if (row && row.institution !== institution) throw new AppError("eservices_wrong_institution", 403);
  const version = (row?.published_version ?? 0) + 1;
  if (!row) await ctx.trx.insertInto("eservices.definition").values({ service, institution }).execute();
  await ctx.trx
    .insertInto("eservices.definition_version")
    .values({ service, version, document: JSON.stringify(definition), published_by: publishedBy, published_at: new Date() })
    .execute();
  await ctx.trx
    .updateTable("eservices.definition")
    .set({ published_version: version, draft: null, draft_updated_by: null, draft_updated_at: null })
    .where("service", "=", service)
    .execute();
  await linkEService(ctx, { service, path: eServicePath(service), maturity: maturityOf(definition) });
  await recordAudit(ctx, { event: "eservices.definition.publish", subjectType: "eservice", subjectId: service, details: { version } });
  return version;
}

/** Publishes the draft; one with problems is refused with them (path → message key). Returns the version. */
export async function publishDefinition(ctx: Context, input: PublishDefinitionInput): Promise<number> {
  const row = await ownDefinitionRow(ctx, input.service);
  if (row.draft === null) throw new AppError("eservices_no_draft", 409);
  const problems = draftProblems(row.draft, row);
  const checked = checkDefinition(row.draft);
  if (problems.length || !checked.ok) throw new AppError("eservices_definition_invalid", 400, problemFields(problems));
  await checkCatalogue(ctx, checked.definition);
  return writeVersion(ctx, checked.definition, input.publishedBy);
}

/**
 * Publishes a whole definition (the demo seed, an uploaded file published at once), creating the
 * e-service when it has none. Its draft, if any, is replaced by what is published.
 */
export async function publishDefinitionDocument(ctx: Context, definition: EServiceDefinition): Promise<number> {
  const checked = checkDefinition(definition);
  if (!checked.ok) throw new AppError("eservices_definition_invalid", 400, problemFields(checked.problems));
  await checkCatalogue(ctx, checked.definition);
  return writeVersion(ctx, checked.definition, ctx.actor);
}
