// The enterprise register (Uzņēmumu reģistrs) as an outside system Epak asks about companies and who
// may act for them: a fixed set of synthetic companies whose board members are population-register persons.
import type { PersonalCode } from "../../platform/identifiers/personal-code.ts";
import { parseRegistrationNumber, type RegistrationNumber } from "../../platform/identifiers/registration-number.ts";
import { registerCompanies } from "./companies.ts";

export type LegalForm = "SIA" | "AS" | "IK" | "biedrība" | "nodibinājums";
export type BoardMember = { personalCode: PersonalCode; position: "chair" | "member"; representation: "alone" | "jointly"; since: string };
export type Company = {
  registrationNumber: RegistrationNumber;
  name: string;
  legalForm: LegalForm;
  address: string;
  registeredOn: string;
  status: "active" | "liquidation" | "excluded";
  board: BoardMember[];
};

const byNumber = new Map(registerCompanies.map((company) => [company.registrationNumber, company]));

/** The company with this number, in any status; null for an unknown or invalid number. Accepts the "LV" of a VAT number. */
export function findCompany(number: string): Company | null {
  const parsed = parseRegistrationNumber(number);
  return parsed.ok ? (byNumber.get(parsed.number) ?? null) : null;
}

export function companies(): readonly Company[] {
  return registerCompanies;
}

/**
 * Companies the person may act for: where they sit on the board. A company struck off the register
 * ("excluded") has no one who may act for it, so it is left out; one in liquidation is kept.
 */
export function representationsOf(code: PersonalCode): { company: Company; member: BoardMember }[] {
  return registerCompanies
    .filter((company) => company.status !== "excluded")
    .flatMap((company) => company.board.filter((member) => member.personalCode === code).map((member) => ({ company, member })));
}

/** Every board seat the person holds, in companies of any status, struck-off ones included: what the register shows, not who may act. */
export function positionsOf(code: PersonalCode): { company: Company; member: BoardMember }[] {
  return registerCompanies.flatMap((company) =>
    company.board.filter((member) => member.personalCode === code).map((member) => ({ company, member })),
  );
}
