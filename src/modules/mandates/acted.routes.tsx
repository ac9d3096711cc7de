// "Kas rīkojās manā vārdā": the person sees what others did for them or concerning them. Looking
// at the list is itself a read of their data, and is audited.
import type { FastifyInstance } from "fastify";
import { recordAudit } from "../../platform/audit/audit.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import type { AppServices } from "../../platform/module.ts";
import { actorNames, contextOf, signedIn } from "../identity/index.ts";
import { actingAsSelf, serviceOptions, titlesOf } from "./own-affairs.tsx";
import { actionsFor } from "./queries/acted-for.ts";
import { ActedPage } from "./views/acted-views.tsx";
import { ACTED_PATH } from "./views/parts.tsx";

const MAX_PAGE = 1000;

function pageOf(query: unknown): number {
  const raw = (query as { lapa?: unknown } | null)?.lapa;
  const page = typeof raw === "string" && /^\d{1,4}$/.test(raw) ? Number(raw) : 1;
  return Math.min(Math.max(page, 1), MAX_PAGE);
}

export function actedRoutes(app: FastifyInstance, { db }: AppServices): void {
  app.get(ACTED_PATH, { preHandler: signedIn() }, async (request, reply) => {
    const identity = actingAsSelf(request, reply);
    if (!identity) return reply;
    const me = identity.session.personId;
    const page = pageOf(request.query);
    const { entries, hasMore } = await actionsFor(db, me, page);
    const agents = entries.flatMap((e) => (typeof e.details.agent === "string" ? [`user:${e.details.agent}`] : []));
    const [names, options] = await Promise.all([
      actorNames(db, [...entries.map((e) => e.actor), ...agents]),
      serviceOptions(db, request.locale),
    ]);
    await inTransaction(db, (trx) =>
      recordAudit(contextOf(request, trx), { event: "mandates.acted-for.read", subjectType: "person", subjectId: me, details: { page } }),
    );
    return reply.page(<ActedPage personId={me} entries={entries} names={names} titles={titlesOf(options)} page={page} hasMore={hasMore} />);
  });
}
