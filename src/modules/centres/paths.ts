// The centres module's addresses (Latvian paths; English pages are the same under /en) and the
// query parameters of its filters.
export const CENTRES_PATH = "/klientu-centri";
export const AGENTS_PATH = "/digitalie-agenti";

export function centrePath(slug: string): string {
  return `${CENTRES_PATH}/${slug}`;
}

export const FILTER = { municipality: "pasvaldiba", service: "pakalpojums" } as const;

export const KNOWLEDGE_PATHS = {
  list: "/darbs/zinasana",
  create: "/darbs/zinasana/jauns",
  article: (slug: string) => `/darbs/zinasana/${slug}`,
  edit: (slug: string) => `/darbs/zinasana/${slug}/labot`,
} as const;

/** The knowledge base's search box. */
export const KNOWLEDGE_QUERY = "q";

/** The list of centres offering a service, as the catalogue's service page links to it. */
export function centresOfferingPath(service: string): string {
  return `${CENTRES_PATH}?${FILTER.service}=${encodeURIComponent(service)}`;
}

/** The consultant's screens for a visitor (identify, authorisation, applications for them). */
export const CLIENT_PATHS = {
  identify: "/darbs/klienti",
  visit: (visit: string) => `/darbs/klienti/${visit}`,
  authorise: (visit: string) => `/darbs/klienti/${visit}/pilnvara`,
  start: (visit: string) => `/darbs/klienti/${visit}/sakt`,
  paper: (visit: string) => `/darbs/klienti/${visit}/papira`,
  scan: (visit: string, authorisation: string) => `/darbs/klienti/${visit}/pilnvaras/${authorisation}/skenejums`,
  statistics: "/darbs/klientu-centri/statistika",
} as const;
