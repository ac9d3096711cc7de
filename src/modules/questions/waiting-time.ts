// How long a question has waited, as the queue shows it: whole days once it is a day old, hours
// before that, minutes in the first hour. Intl writes the Latvian plural forms (1 diena, 21 diena).
import type { Locale } from "../../platform/i18n/locale.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: Locale, unit: "day" | "hour" | "minute"): Intl.NumberFormat {
  const key = `${locale}:${unit}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "lv" ? "lv-LV" : "en-GB", { style: "unit", unit, unitDisplay: "long" });
    formats.set(key, format);
  }
  return format;
}

export function waitingTime(locale: Locale, since: Date, now: Date): string {
  const ms = Math.max(0, now.getTime() - since.getTime());
  if (ms >= DAY) return unitFormat(locale, "day").format(Math.floor(ms / DAY));
  if (ms >= HOUR) return unitFormat(locale, "hour").format(Math.floor(ms / HOUR));
  return unitFormat(locale, "minute").format(Math.floor(ms / MINUTE));
}
