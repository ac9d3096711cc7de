// An administrator makes a person staff of an institution or a centre. The person need not have
// logged in yet: they are looked up in the population register by personal code.
import type { FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { AppError } from "../../../platform/errors.ts";
import { parsePersonalCode } from "../../../platform/identifiers/personal-code.ts";
import { insertMembership, STAFF_ROLES, type StaffRole } from "../memberships.repository.ts";
import { ensurePerson } from "../persons.repository.ts";
import type { RegisterEntry, Registers } from "../registers.ts";
import { contextOf, type RequestIdentity } from "../request-identity.ts";
import { findUnit, PLATFORM_UNIT } from "../units.ts";

export const MEMBERSHIP_FIELDS = ["personalCode", "role", "unit"] as const;

export type MembershipInput = Record<(typeof MEMBERSHIP_FIELDS)[number], string>;

/** The register's entry of the person to be made staff; asked before the transaction, over the bus. */
export async function candidateEntry(
  registers: Registers,
  input: MembershipInput,
  identity: RequestIdentity,
): Promise<RegisterEntry | null> {
  const parsed = parsePersonalCode(input.personalCode);
  return parsed.ok ? registers.entryOf(parsed.code, `user:${identity.session.personId}`) : null;
}

export async function grantMembership(
  trx: Transaction<Tables>,
  request: FastifyRequest,
  identity: RequestIdentity,
  input: MembershipInput,
  entry: RegisterEntry | null,
): Promise<string> {
  const errors: Record<string, string> = {};
  const parsed = parsePersonalCode(input.personalCode);
  if (input.personalCode.trim() === "") errors.personalCode = "identity.staff.personal_code.required";
  else if (!parsed.ok) errors.personalCode = "identity.staff.personal_code.invalid";
  else if (!entry || entry.deceasedOn) errors.personalCode = "identity.staff.personal_code.unknown";
  const role = STAFF_ROLES.find((r) => r === input.role);
  if (!role) errors.role = "identity.staff.role.required";
  const [kind = "", code = ""] = input.unit.split(":", 2);
  const unit = findUnit(kind, code);
  if (!unit) errors.unit = "identity.staff.unit.required";
  // "Platform administrator" is one role for the whole platform, held at its operator only.
  else if (role === "administrator" && (unit.kind !== PLATFORM_UNIT.kind || unit.code !== PLATFORM_UNIT.code)) {
    errors.unit = "identity.staff.unit.administrator_platform_only";
  }
  if (!entry || !role || !unit || Object.keys(errors).length > 0) throw new AppError("validation_failed", 400, errors);
  const person = await ensurePerson(trx, { personalCode: entry.personalCode, givenName: entry.givenName, familyName: entry.familyName });
  const id = await insertMembership(trx, {
    personId: person.id,
    role: role as StaffRole,
    unitKind: unit.kind,
    unitCode: unit.code,
    createdBy: identity.session.personId,
  });
  if (!id) throw new AppError("validation_failed", 400, { role: "identity.staff.already_member" });
  await recordAudit(contextOf(request, trx), {
    event: "identity.staff-membership.create",
    subjectType: "person",
    subjectId: person.id,
    details: { membership: id, role, unit: `${unit.kind}:${unit.code}` },
  });
  return id;
}
