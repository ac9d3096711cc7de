export const LOCALES = ["lv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
/** Latvian is the default: its pages have no prefix, English pages live under /en. */
export const DEFAULT_LOCALE: Locale = "lv";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The address of `path` (a Latvian, unprefixed path) in `locale`. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** Splits an incoming URL into its locale and the unprefixed path the routes know. */
export function splitLocale(url: string): { locale: Locale; url: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    const prefix = `/${locale}`;
    if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`)) {
      const rest = url.slice(prefix.length);
      return { locale, url: rest.startsWith("/") ? rest : `/${rest}` };
    }
  }
  return { locale: DEFAULT_LOCALE, url };
}
