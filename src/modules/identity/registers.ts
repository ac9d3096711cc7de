// What identity asks the state's registers: a person's register entry (for "my data") and the
// companies they may represent. Until the data-exchange bus exists these are direct calls into
// the demo registers; the bus will sit behind these same functions.

import type { PersonalCode } from "../../platform/identifiers/personal-code.ts";
import { type Company, representationsOf } from "../../simulators/enterprise-register/index.ts";
import { findPerson, type RegisterPerson } from "../../simulators/population-register/index.ts";

export type { Company, RegisterPerson };

export function registerEntryOf(personalCode: string): RegisterPerson | null {
  return findPerson(personalCode);
}

/** Companies the person may act for alone, being a board member with the right to represent alone. */
export function representedCompanies(personalCode: string): Company[] {
  return representationsOf(personalCode as PersonalCode)
    .filter((r) => r.member.representation === "alone")
    .map((r) => r.company);
}

/** Companies where the person sits on the board but may only act together with others. */
export function jointRepresentations(personalCode: string): Company[] {
  return representationsOf(personalCode as PersonalCode)
    .filter((r) => r.member.representation === "jointly")
    .map((r) => r.company);
}
