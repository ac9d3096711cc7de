// The catalogue's documents as the API shows them: every reference carries its name and the
// absolute addresses of its portal pages, so a client need not ask again to show a link.
import type { PublishedService, ServiceSummary } from "../catalog.repository.ts";
import type { Channel, EventDocument, EventKind, InstitutionDocument } from "../model.ts";
import type { SearchResult } from "../queries/search-services.ts";
import type { PortalLinks } from "./portal-links.ts";
import type {
  InstitutionDetailBody,
  InstitutionListBody,
  LifeEventDetailBody,
  LifeEventListBody,
  ServiceBody,
  ServiceListBody,
} from "./schemas.ts";

type InstitutionBody = InstitutionListBody["items"][number];
type EventBody = LifeEventListBody["items"][number];

export function institutionReference(institution: InstitutionDocument, links: PortalLinks) {
  return { identifier: institution.identifier, name: institution.name, ...links.institution(institution.identifier) };
}

function serviceReference(summary: ServiceSummary, links: PortalLinks) {
  return { identifier: summary.identifier, title: summary.title, online: summary.online, ...links.service(summary.identifier) };
}

export function serviceList(
  result: SearchResult,
  paging: { page: number; limit: number },
  institution: (identifier: string) => InstitutionDocument,
  links: PortalLinks,
): ServiceListBody {
  return {
    total: result.total,
    ...paging,
    items: result.hits.map((hit) => ({
      identifier: hit.identifier,
      title: hit.title,
      description: hit.summary,
      institution: institutionReference(institution(hit.institution), links),
      kind: hit.kind as ServiceListBody["items"][number]["kind"],
      online: hit.online,
      municipalities: hit.municipalities,
      template: hit.isTemplate,
      variantOf: hit.template ?? undefined,
      ...links.service(hit.identifier),
    })),
  };
}

function channel(c: Channel, links: PortalLinks) {
  return { ...c, url: c.url === undefined ? undefined : links.absolute(c.url) };
}

export function service(published: PublishedService, municipalities: InstitutionDocument[], links: PortalLinks): ServiceBody {
  const d = published.document;
  return {
    identifier: d.identifier,
    title: d.title,
    description: d.description,
    institution: institutionReference(published.institution, links),
    audience: d.audience,
    kind: d.kind,
    maturity: d.maturity,
    thematicArea: d.thematicArea,
    keywords: d.keywords,
    channels: d.channels.map((c) => channel(c, links)),
    processingTime: d.processingTime,
    costs: d.costs,
    requirements: d.requirements,
    outputs: d.outputs,
    steps: d.steps,
    legalBasis: d.legalBasis.map((l) => ({ ...l, url: l.url === undefined ? undefined : links.absolute(l.url) })),
    events: published.events.map((e) => {
      const kind = e.kind as EventKind;
      return { identifier: e.identifier, kind, title: e.title, ...links.event(kind, e.identifier) };
    }),
    municipalities: municipalities.map((m) => institutionReference(m, links)),
    template: d.template === true,
    variantOf: d.variantOf,
    variants: published.variants.map((v) => ({
      identifier: v.identifier,
      municipality: { identifier: v.municipality, name: v.name, ...links.institution(v.municipality) },
      ...links.service(v.identifier),
    })),
    localNote: d.localNote,
    contactPoint: d.contactPoint,
    eService: published.eService ? { ...links.page(published.eService.path), maturity: published.eService.maturity } : undefined,
    version: published.version,
    publishedAt: published.publishedAt.toISOString(),
    ...links.service(d.identifier),
  };
}

export function institution(doc: InstitutionDocument, links: PortalLinks): InstitutionBody {
  return {
    identifier: doc.identifier,
    kind: doc.kind,
    name: doc.name,
    shortName: doc.shortName,
    description: doc.description,
    parent: doc.parent,
    contactPoint: doc.contactPoint,
    website: doc.website === undefined ? undefined : links.absolute(doc.website),
    ...links.institution(doc.identifier),
  };
}

export function institutionList(docs: InstitutionDocument[], links: PortalLinks): InstitutionListBody {
  return { total: docs.length, items: docs.map((d) => institution(d, links)) };
}

export function institutionDetail(doc: InstitutionDocument, services: ServiceSummary[], links: PortalLinks): InstitutionDetailBody {
  return { ...institution(doc, links), services: services.map((s) => serviceReference(s, links)) };
}

export function lifeEvent(doc: EventDocument, links: PortalLinks): EventBody {
  return {
    identifier: doc.identifier,
    kind: doc.kind,
    title: doc.title,
    description: doc.description,
    keywords: doc.keywords,
    ...links.event(doc.kind, doc.identifier),
  };
}

export function lifeEventList(docs: EventDocument[], links: PortalLinks): LifeEventListBody {
  return { total: docs.length, items: docs.map((d) => lifeEvent(d, links)) };
}

/** Steps point only at published services; one withdrawn since drops out of its step. */
export function lifeEventDetail(doc: EventDocument, services: Map<string, ServiceSummary>, links: PortalLinks): LifeEventDetailBody {
  return {
    ...lifeEvent(doc, links),
    steps: doc.steps.map((step) => ({
      title: step.title,
      description: step.description,
      services: step.services.flatMap((id) => {
        const summary = services.get(id);
        return summary ? [serviceReference(summary, links)] : [];
      }),
    })),
  };
}
