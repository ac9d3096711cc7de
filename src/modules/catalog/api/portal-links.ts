// The portal pages the API points people to, as absolute addresses under the configured public
// URL (never the request's Host header, which a client chooses): Latvian unprefixed, English under /en.
import { localePath } from "../../../platform/i18n/locale.ts";
import type { EventKind } from "../model.ts";

export type PageUrls = { url: string; urlEn: string };

export type PortalLinks = {
  service(identifier: string): PageUrls;
  institution(identifier: string): PageUrls;
  event(kind: EventKind, identifier: string): PageUrls;
  /** Any page of this portal by its unprefixed path, in both languages. */
  page(path: string): PageUrls;
  /** A link from a document: an Epak path made absolute, an outside address as it is. */
  absolute(url: string): string;
};

export function portalLinks(publicUrl: string): PortalLinks {
  const page = (path: string): PageUrls => ({
    url: `${publicUrl}${localePath("lv", path)}`,
    urlEn: `${publicUrl}${localePath("en", path)}`,
  });
  const segment = encodeURIComponent;
  return {
    service: (identifier) => page(`/pakalpojumi/${segment(identifier)}`),
    institution: (identifier) => page(`/iestades/${segment(identifier)}`),
    event: (kind, identifier) => page(`/${kind === "life" ? "dzives-situacijas" : "biznesa-situacijas"}/${segment(identifier)}`),
    page,
    absolute: (url) => (url.startsWith("/") ? `${publicUrl}${url}` : url),
  };
}
