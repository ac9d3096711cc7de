// An import publishes many services at once: the changed ones become their next version in a
// few statements rather than a handful each, beside any editor's unfinished draft, which stays.
import { sql } from "kysely";
import { recordAudits } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { canonicalJson } from "../canonical-json.ts";
import type { LocalVariantDocument, ServiceDocument } from "../model.ts";
import { isLocalVariant } from "../resolve-variant.ts";

export type Outcome = "created" | "updated" | "unchanged";
const CHUNK = 200;

async function currentVersions(ctx: Context, identifiers: string[]) {
  const found = new Map<string, { version: number | null; published: unknown }>();
  for (let i = 0; i < identifiers.length; i += CHUNK) {
    const rows = await ctx.trx
      .selectFrom("catalog.service")
      .select(["identifier", "published_version", "published"])
      .where("identifier", "in", identifiers.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) found.set(r.identifier, { version: r.published_version, published: r.published });
  }
  return found;
}

export async function publishImported(ctx: Context, docs: (ServiceDocument | LocalVariantDocument)[]): Promise<Outcome[]> {
  const current = await currentVersions(
    ctx,
    docs.map((d) => d.identifier),
  );
  const outcomes: Outcome[] = [];
  const changed: { doc: ServiceDocument | LocalVariantDocument; version: number; json: string }[] = [];
  for (const doc of docs) {
    const row = current.get(doc.identifier);
    const json = canonicalJson(doc);
    if (row?.published && canonicalJson(row.published) === json) {
      outcomes.push("unchanged");
      continue;
    }
    outcomes.push(row ? "updated" : "created");
    changed.push({ doc, version: (row?.version ?? 0) + 1, json });
  }
  for (let i = 0; i < changed.length; i += CHUNK) {
    const chunk = changed.slice(i, i + CHUNK);
    await ctx.trx
      .insertInto("catalog.service")
      .values(
        chunk.map(({ doc, version, json }) => ({
          identifier: doc.identifier,
          institution: doc.institution,
          template: isLocalVariant(doc) ? doc.template : null,
          is_template: !isLocalVariant(doc) && doc.template === true,
          published_version: version,
          published: json,
        })),
      )
      .onConflict((oc) =>
        oc.column("identifier").doUpdateSet({
          institution: sql`excluded.institution`,
          template: sql`excluded.template`,
          is_template: sql`excluded.is_template`,
          published_version: sql`excluded.published_version`,
          published: sql`excluded.published`,
          withdrawn_at: null,
        }),
      )
      .execute();
    await ctx.trx
      .insertInto("catalog.service_version")
      .values(
        chunk.map(({ doc, version, json }) => ({
          service: doc.identifier,
          version,
          document: json,
          published_by: ctx.actor,
          submitted_by: null,
        })),
      )
      .execute();
  }
  await recordAudits(
    ctx,
    changed.map(({ doc, version }) => ({
      event: "catalog.service.publish",
      subjectType: "service",
      subjectId: doc.identifier,
      details: { version, by: "import" },
    })),
  );
  return outcomes;
}
