// When a message in the e-address counts as delivered: when it is first opened, or on the second
// business day after the day it was sent, whichever comes first (the Official Electronic Address
// Law). The day is reckoned in Riga.
import { dateInRiga, type IsoDate, nthBusinessDayAfter, startOfRigaDay } from "../../platform/calendar/business-days.ts";

export function deliveryDueOn(sentAt: Date): IsoDate {
  return nthBusinessDayAfter(dateInRiga(sentAt), 2);
}

export type Delivery = { at: Date; how: "opened" | "deadline" } | null;

/** The delivery as of `now`, whether or not the deadline job has written it down yet. */
export function deliveryOf(
  m: { deliveredAt: Date | null; deliveredHow: "opened" | "deadline" | null; deliveryDueOn: IsoDate },
  now: Date,
): Delivery {
  if (m.deliveredAt && m.deliveredHow) return { at: m.deliveredAt, how: m.deliveredHow };
  const due = startOfRigaDay(m.deliveryDueOn);
  return due <= now ? { at: due, how: "deadline" } : null;
}
