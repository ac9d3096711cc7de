// Dates and times as pages write them: in the page's language and in Riga's time.
import type { Locale } from "./locale.ts";

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

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(locale: Locale, isoDate: string): string {
  // Building a formatter costs more than using one; pages write many dates.
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", { dateStyle: "long", timeZone: "UTC" });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
