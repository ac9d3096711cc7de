// The public pages: the centres (list, map and filters), one centre, and the digital agents. All
// GET, all public; an unknown filter value is treated as no filter rather than as an error.
import type { FastifyInstance } from "fastify";
import { addDays, dateInRiga } from "../../platform/calendar/business-days.ts";
import { AppError } from "../../platform/errors.ts";
import type { AppServices } from "../../platform/module.ts";
import { serviceSummaries } from "../catalog/index.ts";
import {
  agentMunicipalities,
  centreBySlug,
  centreMunicipalities,
  findAgents,
  findCentres,
  offeredServices,
  servicesOfCentre,
} from "./centres.repository.ts";
import type { WeeklyHours } from "./model.ts";
import { isPublicHoliday, weekdayOf } from "./opening-hours.ts";
import { AGENTS_PATH, CENTRES_PATH, FILTER } from "./paths.ts";
import { municipalityNames, queryValue, sortedOptions } from "./request-values.ts";
import { AgentsPage } from "./views/agents-page.tsx";
import { CentrePage, type ServiceLink } from "./views/centre-page.tsx";
import { CentresPage } from "./views/centres-page.tsx";

/** How far ahead a centre's page lists the public holidays it is closed on. */
const HOLIDAYS_AHEAD_DAYS = 60;

function holidaysAhead(hours: WeeklyHours, today: string): string[] {
  const days: string[] = [];
  for (let i = 1; i <= HOLIDAYS_AHEAD_DAYS; i++) {
    const day = addDays(today, i);
    if (isPublicHoliday(day) && (hours[weekdayOf(day)] ?? []).length > 0) days.push(day);
  }
  return days;
}

export function centresRoutes(app: FastifyInstance, { db, clock }: AppServices): void {
  app.get(CENTRES_PATH, async (request, reply) => {
    const { locale } = request;
    const [municipalityIds, offered] = await Promise.all([centreMunicipalities(db), offeredServices(db)]);
    const asked = { municipality: queryValue(request.query, FILTER.municipality), service: queryValue(request.query, FILTER.service) };
    const variant = offered.variants.includes(asked.service) ? [asked.service] : [];
    const [names, summaries] = await Promise.all([
      municipalityNames(db, municipalityIds),
      serviceSummaries(db, [...offered.state, ...offered.municipal, ...variant]),
    ]);
    const filter = {
      municipality: names.has(asked.municipality) ? asked.municipality : "",
      service: summaries.has(asked.service) ? asked.service : "",
    };
    const centres = await findCentres(db, filter);
    const titles = (ids: string[]) =>
      new Map(ids.flatMap((id) => (summaries.has(id) ? [[id, summaries.get(id)?.title ?? { lv: id, en: id }] as const] : [])));
    return reply.page(
      <CentresPage
        centres={centres}
        filter={filter}
        options={{
          municipalities: sortedOptions(names, locale),
          stateServices: sortedOptions(titles(offered.state), locale),
          // A municipality's variant is offered only when asked for by address, so that it shows as chosen.
          municipalServices: sortedOptions(titles([...offered.municipal, ...variant]), locale),
        }}
        municipalityNames={names}
        today={dateInRiga(clock.now())}
      />,
    );
  });

  app.get(`${CENTRES_PATH}/:slug`, async (request, reply) => {
    const centre = await centreBySlug(db, (request.params as { slug: string }).slug);
    if (!centre) throw new AppError("not_found", 404);
    const offered = await servicesOfCentre(db, centre.code);
    const [summaries, names] = await Promise.all([
      serviceSummaries(
        db,
        offered.map((s) => s.service),
      ),
      municipalityNames(db, [centre.municipality]),
    ]);
    const links = (origin: "state" | "municipal"): ServiceLink[] =>
      offered.flatMap((s) => {
        const summary = s.origin === origin ? summaries.get(s.service) : undefined;
        return summary ? [{ identifier: s.service, title: summary.title }] : [];
      });
    const today = dateInRiga(clock.now());
    return reply.page(
      <CentrePage
        centre={centre}
        municipality={names.get(centre.municipality)}
        services={{ state: links("state"), municipal: links("municipal") }}
        today={today}
        holidaysAhead={holidaysAhead(centre.hours, today)}
      />,
    );
  });

  app.get(AGENTS_PATH, async (request, reply) => {
    const names = await municipalityNames(db, await agentMunicipalities(db));
    const asked = queryValue(request.query, FILTER.municipality);
    const municipality = names.has(asked) ? asked : "";
    const agents = await findAgents(db, { municipality });
    return reply.page(
      <AgentsPage
        agents={agents}
        filter={{ municipality }}
        municipalities={sortedOptions(names, request.locale)}
        municipalityNames={names}
      />,
    );
  });
}
