// "Who used my data": a person sees every use of data about them, newest first, by institution
// and period. Looking at the list is itself a read of their data, and is audited.
import type { FastifyInstance } from "fastify";
import { recordAudit } from "../../platform/audit/audit.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import type { AppServices } from "../../platform/module.ts";
import { contextOf, requireIdentity, signedIn } from "../identity/index.ts";
import { dataUsesOf, institutionsInUses } from "./queries/data-usage.ts";
import { DataUsagePage, type UsageQuery } from "./views/data-usage-views.tsx";

export const PAGE_SIZE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNIT = /^[A-Z0-9-]{2,20}$/;

function parseQuery(raw: unknown): { query: UsageQuery; errors: Record<string, string> } {
  const q = (raw ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof q[name] === "string" ? (q[name] as string).trim() : "");
  const errors: Record<string, string> = {};
  const from = text("no");
  const to = text("lidz");
  if (from && !(DATE.test(from) && !Number.isNaN(Date.parse(from)))) errors.no = "exchange.usage.date_invalid";
  if (to && !(DATE.test(to) && !Number.isNaN(Date.parse(to)))) errors.lidz = "exchange.usage.date_invalid";
  if (!errors.no && !errors.lidz && from && to && from > to) errors.lidz = "exchange.usage.period_reversed";
  const institution = text("iestade");
  const page = Number.parseInt(text("lapa") || "1", 10);
  return {
    query: {
      institution: UNIT.test(institution) ? institution : "",
      from,
      to,
      page: Number.isFinite(page) && page > 0 ? Math.min(page, 1000) : 1,
    },
    errors,
  };
}

export function dataUsageRoutes(app: FastifyInstance, { db }: AppServices): void {
  app.get("/konts/datu-izmantosana", { preHandler: signedIn() }, async (request, reply) => {
    const identity = requireIdentity(request);
    const person = { id: identity.session.personId, personalCode: identity.session.personalCode };
    const { query, errors } = parseQuery(request.query);
    const valid = Object.keys(errors).length === 0;
    const filter = {
      institution: query.institution || null,
      from: valid ? query.from || null : null,
      to: valid ? query.to || null : null,
    };
    const [uses, institutions] = await Promise.all([dataUsesOf(db, person, filter), institutionsInUses(db, person.personalCode)]);
    await inTransaction(db, (trx) =>
      recordAudit(contextOf(request, trx), { event: "exchange.data-usage.read", subjectType: "person", subjectId: person.id }),
    );
    const start = (query.page - 1) * PAGE_SIZE;
    return reply
      .code(valid ? 200 : 400)
      .page(
        <DataUsagePage
          uses={uses.slice(start, start + PAGE_SIZE)}
          total={uses.length}
          pageSize={PAGE_SIZE}
          query={query}
          errors={errors}
          institutions={institutions}
        />,
      );
  });
}
