// The State Social Insurance Agency's data (VSAA) as an outside system: synthetic insured periods and
// benefits of population-register persons, employers from the enterprise register.
import { type PersonalCode, parsePersonalCode } from "../../platform/identifiers/personal-code.ts";
import type { RegistrationNumber } from "../../platform/identifiers/registration-number.ts";
import { insuranceRecords } from "./records.ts";

export type InsuranceKind = "employee" | "self-employed" | "voluntary";
/** Dates YYYY-MM-DD; `to` null while the period lasts. `employer` only for employees. */
export type InsuredPeriod = { kind: InsuranceKind; from: string; to: string | null; employer: RegistrationNumber | null };
export type BenefitKind = "childbirth" | "parental" | "child" | "old-age-pension" | "unemployment" | "sickness";
/** `child`: whom a childbirth, parental or child benefit is for; null for the others. */
export type Benefit = { kind: BenefitKind; monthlyAmountCents: number; from: string; to: string | null; child: PersonalCode | null };
export type InsuranceRecord = { personalCode: PersonalCode; periods: InsuredPeriod[]; benefits: Benefit[] };

const byCode = new Map(insuranceRecords.map((record) => [record.personalCode, record]));

/** A person's insured periods, oldest first; empty for someone never insured or an invalid code. */
export function insuredPeriodsOf(code: string): readonly InsuredPeriod[] {
  return recordOf(code)?.periods ?? [];
}

/** Benefits granted to a person, oldest first, ended ones included. */
export function benefitsOf(code: string): readonly Benefit[] {
  return recordOf(code)?.benefits ?? [];
}

export function records(): readonly InsuranceRecord[] {
  return insuranceRecords;
}

function recordOf(code: string): InsuranceRecord | undefined {
  const parsed = parsePersonalCode(code);
  return parsed.ok ? byCode.get(parsed.code) : undefined;
}
