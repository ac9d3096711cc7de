// A published e-service becomes its catalogue service's online channel, and what it does sets the
// service's maturity level; called again on each new version of the e-service, it overwrites.
// Withdrawn, the service reads again as its description says.
import { sql } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { safeLocalPath } from "../../../platform/http/local-path.ts";
import type { EServiceMaturity } from "../eservice-link.ts";
import { reindexService } from "../search/reindex.ts";

async function knownService(ctx: Context, service: string): Promise<void> {
  const row = await ctx.trx.selectFrom("catalog.service").select("identifier").where("identifier", "=", service).executeTakeFirst();
  if (!row) throw new AppError("unknown_service", 404);
}

export async function linkEService(ctx: Context, input: { service: string; path: string; maturity: EServiceMaturity }): Promise<void> {
  await knownService(ctx, input.service);
  // Only a path of this site exactly as a browser will read it: the start button must never lead
  // off-site, and a path the browser would rewrite (dots, tabs, a fragment) is not the one meant.
  if (safeLocalPath(input.path) !== input.path) throw new AppError("catalog_eservice_bad_path", 400);
  const link = { path: input.path, maturity: input.maturity };
  await ctx.trx
    .insertInto("catalog.eservice_link")
    .values({ service: input.service, ...link })
    .onConflict((oc) => oc.column("service").doUpdateSet({ ...link, linked_at: sql`now()` }))
    .execute();
  await reindexService(ctx.trx, input.service);
  await recordAudit(ctx, { event: "catalog.eservice.link", subjectType: "service", subjectId: input.service, details: link });
}

export async function unlinkEService(ctx: Context, input: { service: string }): Promise<void> {
  await knownService(ctx, input.service);
  const removed = await ctx.trx.deleteFrom("catalog.eservice_link").where("service", "=", input.service).executeTakeFirst();
  if (removed.numDeletedRows === 0n) return;
  await reindexService(ctx.trx, input.service);
  await recordAudit(ctx, { event: "catalog.eservice.unlink", subjectType: "service", subjectId: input.service });
}
