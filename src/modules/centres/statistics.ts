// The statistics hook of the centres: applications taken at centres in a period, by centre,
// e-service and channel, with names for people. The statistics module (to come) reads the same.
import type { Kysely } from "kysely";
import { addDays, type IsoDate, startOfRigaDay } from "../../platform/calendar/business-days.ts";
import type { Tables } from "../../platform/db/tables.ts";
import { publishedService } from "../catalog/index.ts";
import { centreChannelCounts } from "../eservices/index.ts";
import { findCentres } from "./centres.repository.ts";
import type { StatisticsRow } from "./views/statistics-page.tsx";

/** Both days included, as Riga calendar days. */
export async function centreStatistics(db: Kysely<Tables>, from: IsoDate, until: IsoDate, locale: "lv" | "en"): Promise<StatisticsRow[]> {
  const counts = await centreChannelCounts(db, { from: startOfRigaDay(from), to: startOfRigaDay(addDays(until, 1)) });
  const centres = new Map((await findCentres(db)).map((c) => [c.code, c.name[locale]]));
  const titles = new Map<string, string>();
  for (const service of new Set(counts.map((c) => c.service))) {
    titles.set(service, (await publishedService(db, service))?.document.title?.[locale] ?? service);
  }
  const rows = new Map<string, StatisticsRow>();
  for (const c of counts) {
    const key = `${c.centre}|${c.service}`;
    const row = rows.get(key) ?? {
      centre: centres.get(c.centre) ?? c.centre,
      service: titles.get(c.service) ?? c.service,
      assisted: 0,
      paper: 0,
    };
    row[c.channel] += c.count;
    rows.set(key, row);
  }
  const collator = new Intl.Collator(locale);
  return [...rows.values()].sort((a, b) => collator.compare(a.centre, b.centre) || collator.compare(a.service, b.service));
}
