// The period an officer looks at: two calendar days in Riga ("no" and "lidz", both included), this
// month so far when not given. A date is typed as the browser's date field sends it (2026-11-26)
// or as people write it (26.11.2026); what was typed is kept to be shown again with its message.
import { addDays, dateInRiga, type IsoDate, startOfRigaDay } from "../../platform/calendar/business-days.ts";
import type { Period } from "./payments.repository.ts";

export type PeriodQuery = { from: string; to: string };
export type ParsedPeriod = {
  typed: PeriodQuery;
  period: Period | null;
  days: { from: IsoDate; to: IsoDate } | null;
  errors: Record<string, string>;
};

const MAX_DAYS = 366;

function isoOf(typed: string): IsoDate | null {
  const text = typed.trim();
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = dotted ? `${dotted[3]}-${dotted[2]?.padStart(2, "0")}-${dotted[1]?.padStart(2, "0")}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

function text(query: Record<string, unknown>, name: string): string {
  const value = query[name];
  return typeof value === "string" ? value.slice(0, 40) : "";
}

export function parsePeriod(raw: unknown, now: Date): ParsedPeriod {
  const query = (raw ?? {}) as Record<string, unknown>;
  const today = dateInRiga(now);
  const typed = { from: text(query, "no") || `${today.slice(0, 8)}01`, to: text(query, "lidz") || today };
  const errors: Record<string, string> = {};
  const from = isoOf(typed.from);
  const to = isoOf(typed.to);
  if (!from) errors.no = "payments.period.date_invalid";
  if (!to) errors.lidz = "payments.period.date_invalid";
  if (from && to && from > to) errors.lidz = "payments.period.to_before_from";
  else if (from && to && (startOfRigaDay(to).getTime() - startOfRigaDay(from).getTime()) / 86_400_000 + 1 > MAX_DAYS) {
    errors.lidz = "payments.period.too_long";
  }
  if (!from || !to || Object.keys(errors).length > 0) return { typed, period: null, days: null, errors };
  return { typed, period: { from: startOfRigaDay(from), to: startOfRigaDay(addDays(to, 1)) }, days: { from, to }, errors };
}
