// Whether a centre is open on a given day in Riga: its weekly hours, except on public holidays,
// when every centre is closed whatever its hours say.
import { publicHolidays } from "../../platform/calendar/business-days.ts";
import type { Locale } from "../../platform/i18n/locale.ts";
import type { Weekday, WeeklyHours } from "./model.ts";

export type DayStatus = { kind: "open"; intervals: [string, string][] } | { kind: "holiday" } | { kind: "closed" };

/** The ISO weekday of a calendar date: "1" Monday … "7" Sunday. */
export function weekdayOf(day: string): Weekday {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return String(dow === 0 ? 7 : dow) as Weekday;
}

export function isPublicHoliday(day: string): boolean {
  return publicHolidays(Number(day.slice(0, 4))).has(day);
}

export function dayStatus(hours: WeeklyHours, day: string): DayStatus {
  if (isPublicHoliday(day)) return { kind: "holiday" };
  const intervals = hours[weekdayOf(day)] ?? [];
  return intervals.length > 0 ? { kind: "open", intervals } : { kind: "closed" };
}

/** "8.00–17.00" in Latvian (the dot is Latvian usage), "8:00–17:00" in English; no leading zero. */
export function formatInterval(locale: Locale, [from, to]: [string, string]): string {
  const time = (hhmm: string) => {
    const [h = "0", m = "00"] = hhmm.split(":");
    return `${Number(h)}${locale === "lv" ? "." : ":"}${m}`;
  };
  return `${time(from)}–${time(to)}`;
}

export function formatIntervals(locale: Locale, intervals: [string, string][]): string {
  return intervals.map((i) => formatInterval(locale, i)).join(", ");
}
