// The catalogue's public JSON API (/api/v1/…): services searched and read in full, institutions,
// and life and business situations. Everything here is published and public, so no route needs
// a policy beyond that; each is open to any origin and cacheable for a minute (publicGet).
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { AppError } from "../../platform/errors.ts";
import { publicGet } from "../../platform/http/public-api.ts";
import * as map from "./api/mappers.ts";
import { eventListParameters, parseParameters, serviceSearchParameters } from "./api/parameters.ts";
import { portalLinks } from "./api/portal-links.ts";
import { eventById, institutionById, serviceSummaries, servicesOfInstitution } from "./catalog.repository.ts";
import type { CatalogueServices } from "./catalogue-services.ts";
import type { InstitutionDocument } from "./model.ts";

const identifierParameter = z.object({ identifier: z.string() });

function unknown(what: "services" | "institutions" | "events"): AppError {
  return new AppError("not_found", 404, { identifier: `catalog.api.${what}.not_found` });
}

export function catalogueApiRoutes(app: FastifyInstance, services: CatalogueServices): void {
  const { db } = services;
  const links = portalLinks(services.config.publicUrl);

  publicGet(app, "/api/v1/services", async (request) => {
    const p = parseParameters(serviceSearchParameters, request.query, "catalog.api.services");
    const filters = {
      institution: p.institution,
      audience: p.audience,
      kind: p.kind,
      event: p.lifeEvent,
      municipality: p.municipality,
      online: p.online,
    };
    const search = (page: number, limit: number) => services.reads.search({ q: p.q ?? "", filters, page, limit, facets: false });
    const result = await search(p.page, p.limit);
    // The search counts its results alongside the rows it returns; past the last page there are
    // no rows to count on, and a client paging on still needs the total.
    const total = result.hits.length === 0 && p.page > 1 ? (await search(1, 1)).total : result.total;
    const institutions = new Map((await services.reads.institutions()).map((i) => [i.identifier, i]));
    const institution = (identifier: string): InstitutionDocument => {
      const found = institutions.get(identifier);
      // Publishing checks every reference, so a missing institution is a broken database.
      if (!found) throw new Error(`Service in the search index names unknown institution ${identifier}`);
      return found;
    };
    return map.serviceList({ ...result, total }, { page: p.page, limit: p.limit }, institution, links);
  });

  publicGet(app, "/api/v1/services/:identifier", async (request) => {
    const { identifier } = identifierParameter.parse(request.params);
    const published = await services.reads.service(identifier);
    if (!published) throw unknown("services");
    const municipalities = await Promise.all(published.document.municipalities.map((m) => institutionById(db, m)));
    return map.service(
      published,
      municipalities.filter((m) => m !== null),
      links,
    );
  });

  publicGet(app, "/api/v1/institutions", async () => map.institutionList(await services.reads.institutions(), links));

  publicGet(app, "/api/v1/institutions/:identifier", async (request) => {
    const { identifier } = identifierParameter.parse(request.params);
    const institution = await institutionById(db, identifier);
    if (!institution) throw unknown("institutions");
    return map.institutionDetail(institution, await servicesOfInstitution(db, identifier), links);
  });

  publicGet(app, "/api/v1/life-events", async (request) => {
    const { kind } = parseParameters(eventListParameters, request.query, "catalog.api.events");
    const events = await services.reads.events();
    return map.lifeEventList(kind ? events.filter((e) => e.kind === kind) : events, links);
  });

  publicGet(app, "/api/v1/life-events/:identifier", async (request) => {
    const { identifier } = identifierParameter.parse(request.params);
    const event = await eventById(db, identifier);
    if (!event) throw unknown("events");
    return map.lifeEventDetail(event, await serviceSummaries(db, [...new Set(event.steps.flatMap((s) => s.services))]), links);
  });
}
