// Business days in Latvia: the days that are neither a weekend nor a public holiday under the law
// "Par svētku, atceres un atzīmējamām dienām". Legal deadlines (the e-address's delivery on the
// second business day, the Administrative Procedure Law's month) are counted in them.
//
// Dates are calendar dates in Riga ("YYYY-MM-DD"), because a deadline falls on a day as the
// person in Latvia lives it, whatever the server's own time zone.
//
// Not covered: working days moved by a Cabinet order (a Saturday worked to bridge a holiday) and
// one-off holidays declared by a separate law; both are announced a year or less ahead and would
// need a table kept by the operator.

const RIGA = "Europe/Riga";

/** 4 May and 18 November move to the next Monday when they fall on a weekend (section 2, part 3 of the law). */
const MOVED_TO_MONDAY = new Set(["05-04", "11-18"]);
const FIXED = ["01-01", "05-01", "05-04", "06-23", "06-24", "11-18", "12-24", "12-25", "12-26", "12-31"];

export type IsoDate = string;

function utcDate(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function iso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: IsoDate, days: number): IsoDate {
  const d = utcDate(day);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

function weekday(day: IsoDate): number {
  return utcDate(day).getUTCDay();
}

/** Western Easter Sunday (Meeus/Jones/Butcher), which Good Friday and Easter Monday follow. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
}

const holidayCache = new Map<number, Set<IsoDate>>();

/** The public holidays (days off) of a year, weekend or not. */
export function publicHolidays(year: number): Set<IsoDate> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const days = new Set<IsoDate>();
  for (const monthDay of FIXED) {
    const day = `${year}-${monthDay}`;
    days.add(day);
    const dow = weekday(day);
    if (MOVED_TO_MONDAY.has(monthDay) && (dow === 0 || dow === 6)) days.add(addDays(day, dow === 6 ? 2 : 1));
  }
  const easter = easterSunday(year);
  for (const offset of [-2, 0, 1]) days.add(addDays(easter, offset));
  holidayCache.set(year, days);
  return days;
}

export function isBusinessDay(day: IsoDate): boolean {
  const dow = weekday(day);
  if (dow === 0 || dow === 6) return false;
  return !publicHolidays(Number(day.slice(0, 4))).has(day);
}

/** The n-th business day after `day` (n ≥ 1); `day` itself never counts. */
export function nthBusinessDayAfter(day: IsoDate, n: number): IsoDate {
  let current = day;
  let counted = 0;
  while (counted < n) {
    current = addDays(current, 1);
    if (isBusinessDay(current)) counted += 1;
  }
  return current;
}

const rigaDate = new Intl.DateTimeFormat("en-CA", { timeZone: RIGA, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date in Riga at this instant. */
export function dateInRiga(instant: Date): IsoDate {
  return rigaDate.format(instant);
}

/** The instant a Riga calendar day begins (00:00 in Riga, summer or winter time). */
export function startOfRigaDay(day: IsoDate): Date {
  // Riga is UTC+2 or UTC+3; try both and keep the one that is midnight there.
  for (const offsetHours of [3, 2]) {
    const candidate = new Date(utcDate(day).getTime() - offsetHours * 3_600_000);
    if (dateInRiga(candidate) === day && dateInRiga(new Date(candidate.getTime() - 1)) !== day) return candidate;
  }
  throw new Error(`No midnight found in Riga on ${day}`);
}

/** `day` itself when it is a business day, else the next one (a deadline on a holiday moves on). */
export function businessDayOnOrAfter(day: IsoDate): IsoDate {
  let current = day;
  while (!isBusinessDay(current)) current = addDays(current, 1);
  return current;
}

/** The same day `months` later; the month's last day when it has no such day (31 January + 1 → 28/29 February). */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return iso(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / 86_400_000);
}
