// /darbs/klientu-centri/statistika: applications taken at centres in a period, for analysts and
// administrators. A GET form, so a period can be bookmarked and shared.
import type { FastifyInstance } from "fastify";
import { dateInRiga } from "../../platform/calendar/business-days.ts";
import type { AppServices } from "../../platform/module.ts";
import { actingAsStaff } from "../identity/index.ts";
import { CLIENT_PATHS } from "./paths.ts";
import { centreStatistics } from "./statistics.ts";
import { StatisticsPage } from "./views/statistics-page.tsx";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function statisticsRoutes(app: FastifyInstance, { db, clock }: AppServices): void {
  app.get<{ Querystring: { no?: string; lidz?: string } }>(
    CLIENT_PATHS.statistics,
    { preHandler: actingAsStaff(["analyst", "administrator"]) },
    async (request, reply) => {
      const today = dateInRiga(clock.now());
      const from = typeof request.query.no === "string" ? request.query.no : `${today.slice(0, 8)}01`;
      const until = typeof request.query.lidz === "string" ? request.query.lidz : today;
      const errors: Record<string, string> = {};
      if (!isDate(from)) errors.no = "centres.statistics.date_invalid";
      if (!isDate(until)) errors.lidz = "centres.statistics.date_invalid";
      else if (!errors.no && until < from) errors.lidz = "centres.statistics.until_before_from";
      if (Object.keys(errors).length > 0)
        return reply.code(400).page(<StatisticsPage from={from} until={until} rows={[]} errors={errors} />);
      const rows = await centreStatistics(db, from, until, request.locale);
      return reply.page(<StatisticsPage from={from} until={until} rows={rows} errors={{}} />);
    },
  );
}
