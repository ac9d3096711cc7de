// The catalogue's reading pages: a service, the A–Z list, the institutions and the life and
// business situations. All public: they show only what is published, to anyone, and change nothing.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../../platform/errors.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import {
  allEvents,
  allInstitutions,
  alphabeticalServices,
  eventById,
  institutionById,
  type PublishedService,
  serviceSummaries,
  servicesOfInstitution,
} from "./catalog.repository.ts";
import type { CatalogueServices } from "./catalogue-services.ts";
import { inPersonSection } from "./in-person-section.ts";
import { EVENT_KINDS, type Text } from "./model.ts";
import { AToZPage } from "./views/a-z-page.tsx";
import { EVENT_PATHS, EventPage, EventsPage } from "./views/event-pages.tsx";
import { InstitutionPage, InstitutionsPage } from "./views/institution-pages.tsx";
import { MUNICIPALITY_FIELD } from "./views/service-municipalities.tsx";
import { ServicePage } from "./views/service-page.tsx";

type Db = CatalogueServices["db"];

function identifierOf(request: FastifyRequest): string {
  return (request.params as { identifier: string }).identifier;
}

/** The names of the municipalities a service is limited to; a variant's is its own institution. */
async function coverageOf(db: Db, service: PublishedService): Promise<Text[]> {
  const names: Text[] = [];
  for (const id of service.document.municipalities) {
    const municipality = id === service.institution.identifier ? service.institution : await institutionById(db, id);
    if (municipality) names.push(municipality.name);
  }
  return names;
}

function servicePages(app: FastifyInstance, { db, reads }: CatalogueServices): void {
  // Registered as its own static route, which Fastify matches before /pakalpojumi/:identifier.
  app.get("/pakalpojumi/a-z", async (_request, reply) => reply.page(<AToZPage services={await alphabeticalServices(db)} />));

  app.get("/pakalpojumi/:identifier", async (request, reply) => {
    const service = await reads.service(identifierOf(request));
    if (!service) throw new AppError("not_found", 404);
    const query = request.query as Record<string, unknown>;
    // The municipality chooser of a template sends ?pasvaldiba=<municipality> to this page.
    const chosen = service.document.template ? query[MUNICIPALITY_FIELD] : undefined;
    if (chosen !== undefined) {
      const variant = service.variants.find((v) => v.municipality === chosen);
      if (variant) return reply.redirect(localePath(request.locale, `/pakalpojumi/${variant.identifier}`), 303);
    }
    const chooserError = chosen === undefined ? undefined : "catalog.pages.template.choose_required";
    const inPerson = await inPersonSection(app, service.document.identifier);
    return reply
      .code(chooserError ? 400 : 200)
      .page(<ServicePage service={service} coverage={await coverageOf(db, service)} chooserError={chooserError} inPerson={inPerson} />);
  });
}

function institutionPages(app: FastifyInstance, db: Db): void {
  app.get("/iestades", async (_request, reply) => reply.page(<InstitutionsPage institutions={await allInstitutions(db)} />));

  app.get("/iestades/:identifier", async (request, reply) => {
    const institution = await institutionById(db, identifierOf(request));
    if (!institution) throw new AppError("not_found", 404);
    const [parent, everyone, services] = await Promise.all([
      institution.parent ? institutionById(db, institution.parent) : null,
      allInstitutions(db),
      servicesOfInstitution(db, institution.identifier),
    ]);
    const children = everyone.filter((i) => i.parent === institution.identifier);
    return reply.page(<InstitutionPage institution={institution} parent={parent} children={children} services={services} />);
  });
}

function eventPages(app: FastifyInstance, db: Db): void {
  for (const kind of EVENT_KINDS) {
    const path = EVENT_PATHS[kind];
    app.get(path, async (_request, reply) => reply.page(<EventsPage kind={kind} events={await allEvents(db)} />));

    app.get(`${path}/:identifier`, async (request, reply) => {
      const event = await eventById(db, identifierOf(request));
      if (!event) throw new AppError("not_found", 404);
      // A life situation asked for as a business one (or the other way round) has one right address.
      if (event.kind !== kind) return reply.redirect(localePath(request.locale, `${EVENT_PATHS[event.kind]}/${event.identifier}`), 301);
      const services = await serviceSummaries(
        db,
        event.steps.flatMap((s) => s.services),
      );
      return reply.page(<EventPage event={event} services={services} />);
    });
  }
}

export function detailPageRoutes(app: FastifyInstance, services: CatalogueServices): void {
  const { db } = services;
  servicePages(app, services);
  institutionPages(app, db);
  eventPages(app, db);
}
