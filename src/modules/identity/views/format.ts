// How identity's pages write times and login methods, in the page's language and Riga's time.
import type { Locale } from "../../../platform/i18n/locale.ts";

const formats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(locale: Locale, at: Date): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", {
      dateStyle: "short",
      timeStyle: "short",
      timeZone: "Europe/Riga",
    });
    formats.set(locale, format);
  }
  return format.format(at);
}

export function formatDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The message key of a login method as the provider names it in `amr` ("eid", "bank:seb", …). */
export function methodKey(method: string | null): string {
  if (!method) return "identity.method.unknown";
  if (method.startsWith("bank:")) return "identity.method.bank";
  return ["eid", "eparaksts"].includes(method) ? `identity.method.${method}` : "identity.method.unknown";
}

/** The bank's name for a bank login ("bank:seb" → "seb"), shown beside the method. */
export function bankOf(method: string | null): string | null {
  return method?.startsWith("bank:") ? method.slice("bank:".length) : null;
}
