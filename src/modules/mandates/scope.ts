// What a mandate or a written authorisation covers, and whether it is in force on a day. Both
// kinds share the rule: from the first day to the last, both included, unless revoked before.
import type { IsoDate } from "../../platform/calendar/business-days.ts";

export type Scope = { allServices: boolean; services: readonly string[] };
export type Validity = { validFrom: IsoDate; validUntil: IsoDate; revokedAt: Date | null };

/** Where a mandate stands on a day: in force, not yet, past its last day, or revoked. */
export type Standing = "in_force" | "not_yet" | "expired" | "revoked";

export function standingOn(validity: Validity, day: IsoDate): Standing {
  if (validity.revokedAt) return "revoked";
  if (day < validity.validFrom) return "not_yet";
  if (day > validity.validUntil) return "expired";
  return "in_force";
}

export function covers(scope: Scope, service: string): boolean {
  return scope.allServices || scope.services.includes(service);
}

/** The longest a mandate or authorisation may run; a longer one is made again, deliberately. */
export const MAX_YEARS = 5;
