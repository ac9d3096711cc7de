// The IRIs of the catalogue's resources are the addresses of their public pages, so a reader of
// the export can follow them. The base is the portal's public origin unless told otherwise.
import type { EventKind } from "../model.ts";

export type Iris = {
  base: string;
  service(identifier: string): string;
  institution(identifier: string): string;
  /** A municipality's territory, the dct:Location that services offered there point at. */
  territory(institution: string): string;
  event(kind: EventKind, identifier: string): string;
  /** An Epak link ("/e-pakalpojumi/x" or "https://…") as an absolute IRI. */
  link(url: string): string;
  /** Back from an IRI to the link the model keeps: a path for this portal's own pages. */
  url(iri: string): string;
  /** The identifier in one of this portal's IRIs of the kind, for a reference to a resource the file does not describe. */
  identifierIn(kind: "service" | "institution" | "territory" | "event", iri: string): string | undefined;
};

const EVENT_PATHS: Record<EventKind, string> = { life: "dzives-situacijas", business: "biznesa-situacijas" };
const TERRITORY = "#territory";

export function catalogueIris(base: string): Iris {
  const origin = base.replace(/\/+$/, "");
  const under = (path: string, iri: string) =>
    iri.startsWith(`${origin}/${path}/`) ? iri.slice(origin.length + path.length + 2) : undefined;
  return {
    base: origin,
    service: (id) => `${origin}/pakalpojumi/${id}`,
    institution: (id) => `${origin}/iestades/${id}`,
    territory: (id) => `${origin}/iestades/${id}${TERRITORY}`,
    event: (kind, id) => `${origin}/${EVENT_PATHS[kind]}/${id}`,
    link: (url) => (url.startsWith("/") ? `${origin}${url}` : url),
    url: (iri) => (iri.startsWith(`${origin}/`) ? iri.slice(origin.length) : iri),
    identifierIn(kind, iri) {
      const found =
        kind === "service"
          ? under("pakalpojumi", iri)
          : kind === "event"
            ? (under(EVENT_PATHS.life, iri) ?? under(EVENT_PATHS.business, iri))
            : kind === "territory"
              ? under("iestades", iri.endsWith(TERRITORY) ? iri.slice(0, -TERRITORY.length) : "")
              : under("iestades", iri);
      return found && !/[/#?]/.test(found) ? found : undefined;
    },
  };
}
