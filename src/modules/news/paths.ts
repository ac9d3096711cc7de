// Where the news pages live. Latvian paths; English pages are the same under /en.
import type { Locale } from "../../platform/i18n/locale.ts";
import { localePath } from "../../platform/i18n/locale.ts";

export const NEWS_PATHS = {
  list: "/aktualitates",
  article: (slug: string) => `/aktualitates/${slug}`,
  subscribe: "/aktualitates/abonet",
  checkEmail: "/aktualitates/abonet/parbaudiet-e-pastu",
  confirmed: "/aktualitates/abonet/apstiprinats",
  unsubscribed: "/aktualitates/abonet/atteikts",
  confirm: (token: string) => `/aktualitates/apstiprinat/${token}`,
  unsubscribe: (token: string) => `/aktualitates/atteikties/${token}`,
  faq: "/buj",
} as const;

export const EDITOR_PATHS = {
  list: "/darbs/aktualitates",
  create: "/darbs/aktualitates/jauna",
  edit: (id: string) => `/darbs/aktualitates/${id}`,
  preview: (id: string) => `/darbs/aktualitates/${id}/prieksskatijums`,
  publish: (id: string) => `/darbs/aktualitates/${id}/publicet`,
  unpublish: (id: string) => `/darbs/aktualitates/${id}/nonemt`,
} as const;

/** First path segments under /aktualitates that belong to the subscription pages, never to an article. */
export const RESERVED_SLUGS: readonly string[] = ["abonet", "apstiprinat", "atteikties"];

/** A full address for an email: the site's public address, the language prefix and the path. */
export function absoluteUrl(publicUrl: string, locale: Locale, path: string): string {
  return `${publicUrl.replace(/\/$/, "")}${localePath(locale, path)}`;
}
