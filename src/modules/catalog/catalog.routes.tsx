// The catalogue's public pages: search with facets here, the reading pages (services,
// institutions, situations, A–Z) in detail-pages.routes.tsx. All public, all GET, none writes.
import type { FastifyInstance } from "fastify";
import type { CatalogueServices } from "./catalogue-services.ts";
import { detailPageRoutes } from "./detail-pages.routes.tsx";
import type { EventDocument, InstitutionDocument } from "./model.ts";
import { markerFor } from "./search/highlight.ts";
import { PAGE_SIZE, PARAM, readSearchAddress, SEARCH_PATH } from "./views/search-address.ts";
import type { SearchLookups } from "./views/search-labels.ts";
import { SearchPage } from "./views/search-page.tsx";

const MUNICIPAL_KINDS: ReadonlySet<string> = new Set(["state_city", "municipality"]);

function lookupsOf(institutions: InstitutionDocument[], events: EventDocument[], locale: "lv" | "en"): SearchLookups {
  const collator = new Intl.Collator(locale);
  return {
    institutions: new Map(institutions.map((i) => [i.identifier, i])),
    events: new Map(events.map((e) => [e.identifier, e])),
    municipalities: institutions
      .filter((i) => MUNICIPAL_KINDS.has(i.kind))
      .sort((a, b) => collator.compare(a.name[locale], b.name[locale])),
  };
}

function searchPage(app: FastifyInstance, services: CatalogueServices): void {
  app.get(SEARCH_PATH, async (request, reply) => {
    const [institutions, events] = await Promise.all([services.reads.institutions(), services.reads.events()]);
    const lookups = lookupsOf(institutions, events, request.locale);
    const { address, ignored } = readSearchAddress(request.query, {
      institutions: new Set(lookups.institutions.keys()),
      events: new Set(lookups.events.keys()),
      municipalities: new Set(lookups.municipalities.map((m) => m.identifier)),
    });
    const search = (page: number) =>
      services.reads.search({ q: address.q, filters: address.filters, page, limit: PAGE_SIZE, facets: true });
    let shown = address;
    let result = await search(address.page);
    // A page past the last one (an old bookmark, a typed number) shows the first page instead.
    if (result.hits.length === 0 && address.page > 1) {
      shown = { ...address, page: 1 };
      ignored.push(PARAM.page);
      result = await search(1);
    }
    const marker = markerFor(address.q, result.lexemes);
    return reply.page(<SearchPage address={shown} result={result} marker={marker} lookups={lookups} ignored={ignored} />);
  });
}

export function publicCatalogueRoutes(app: FastifyInstance, services: CatalogueServices): void {
  searchPage(app, services);
  detailPageRoutes(app, services);
}
