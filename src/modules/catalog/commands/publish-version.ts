// Publishing: a document becomes the service's next version, is kept for ever in the history,
// and replaces what the public sees and what search finds.
import type { Context } from "../../../platform/context.ts";
import type { LocalVariantDocument, ServiceDocument } from "../model.ts";
import { isLocalVariant } from "../resolve-variant.ts";
import { reindexService } from "../search/reindex.ts";

export type PublishInput = { document: ServiceDocument | LocalVariantDocument; submittedBy: string | null };

/** Writes version n+1 and points the service at it. The caller has checked the document. */
export async function publishVersion(ctx: Context, input: PublishInput): Promise<number> {
  const doc = input.document;
  const identifier = doc.identifier;
  const current = await ctx.trx
    .selectFrom("catalog.service")
    .select("published_version")
    .where("identifier", "=", identifier)
    .executeTakeFirst();
  const version = (current?.published_version ?? 0) + 1;
  const json = JSON.stringify(doc);
  const columns = {
    institution: doc.institution,
    template: isLocalVariant(doc) ? doc.template : null,
    is_template: !isLocalVariant(doc) && doc.template === true,
    published_version: version,
    published: json,
    withdrawn_at: null,
    draft: null,
    draft_state: null,
    draft_updated_by: null,
    draft_updated_at: null,
    submitted_by: null,
  };
  if (current) await ctx.trx.updateTable("catalog.service").set(columns).where("identifier", "=", identifier).execute();
  else
    await ctx.trx
      .insertInto("catalog.service")
      .values({ identifier, ...columns })
      .execute();
  await ctx.trx
    .insertInto("catalog.service_version")
    .values({ service: identifier, version, document: json, published_by: ctx.actor, submitted_by: input.submittedBy })
    .execute();
  await reindexService(ctx.trx, identifier);
  return version;
}
