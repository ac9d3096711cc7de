// A case's legal deadline. The Administrative Procedure Law gives an institution one month from
// receiving an application (section 64), which it may extend, telling the person, up to four
// months in all; a deadline that falls on a weekend or holiday moves to the next business day.
// While the institution waits for the applicant's answer to a request, the clock stops: the days
// waited are added when the answer comes.
import { addDays, addMonths, businessDayOnOrAfter, daysBetween, type IsoDate } from "../../platform/calendar/business-days.ts";

export const MAX_MONTHS = 4;

export function firstDeadline(receivedOn: IsoDate, months: number): IsoDate {
  return businessDayOnOrAfter(addMonths(receivedOn, months));
}

export function resumedDeadline(dueOn: IsoDate, pausedSince: IsoDate, today: IsoDate): IsoDate {
  return businessDayOnOrAfter(addDays(dueOn, Math.max(0, daysBetween(pausedSince, today))));
}

/** The latest an extension may reach; null when `wanted` is within it. */
export function extensionProblem(receivedOn: IsoDate, dueOn: IsoDate, wanted: IsoDate): "not_later" | "too_late" | null {
  if (wanted <= dueOn) return "not_later";
  if (wanted > businessDayOnOrAfter(addMonths(receivedOn, MAX_MONTHS))) return "too_late";
  return null;
}

export function isOverdue(c: { dueOn: IsoDate; status: string }, today: IsoDate): boolean {
  return (c.status === "open" || c.status === "waiting_institution") && today > c.dueOn;
}
