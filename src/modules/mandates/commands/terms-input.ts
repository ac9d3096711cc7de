// The terms a person or a consultant types for a mandate or an authorisation — which services,
// from when, until when — read from the form and checked, each problem named by its field.
import { addDays, type IsoDate } from "../../../platform/calendar/business-days.ts";
import { AppError } from "../../../platform/errors.ts";
import { MAX_YEARS, type Scope } from "../scope.ts";

export type TermsFields = { scope?: unknown; services?: unknown; validFrom?: unknown; validUntil?: unknown };
export type Terms = Scope & { validFrom: IsoDate; validUntil: IsoDate };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" && value !== "" ? [value] : [];
}

/**
 * `allowed` are the services that may be named (the e-services on offer, or a centre's list);
 * a mandate starts today at the earliest and runs at most MAX_YEARS.
 */
export function readTerms(fields: TermsFields, options: { today: IsoDate; allowed: ReadonlySet<string> }): Terms {
  const errors: Record<string, string> = {};
  const allServices = fields.scope === "all";
  const services = [...new Set(list(fields.services))];
  if (fields.scope !== "all" && fields.scope !== "chosen") errors.scope = "mandates.terms.scope_required";
  else if (!allServices && services.length === 0) errors.services = "mandates.terms.services_required";
  else if (!allServices && services.some((s) => !options.allowed.has(s))) errors.services = "mandates.terms.service_unknown";
  const from = typeof fields.validFrom === "string" ? fields.validFrom.trim() : "";
  const until = typeof fields.validUntil === "string" ? fields.validUntil.trim() : "";
  if (!isRealDate(from)) errors.validFrom = "mandates.terms.date_invalid";
  else if (from < options.today) errors.validFrom = "mandates.terms.from_past";
  if (!isRealDate(until)) errors.validUntil = "mandates.terms.date_invalid";
  else if (isRealDate(from) && until < from) errors.validUntil = "mandates.terms.until_before_from";
  else if (isRealDate(from) && until > addDays(from, Math.round(MAX_YEARS * 365.25))) errors.validUntil = "mandates.terms.too_long";
  if (Object.keys(errors).length > 0) throw new AppError("validation_failed", 400, errors);
  return { allServices, services: allServices ? [] : services, validFrom: from, validUntil: until };
}
