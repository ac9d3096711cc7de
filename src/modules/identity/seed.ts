// Demo staff: test persons from the demo population register who also work somewhere, so that
// every staff role can be tried by logging in as them.
import { recordAudit } from "../../platform/audit/audit.ts";
import type { Context } from "../../platform/context.ts";
import { insertMembership, type StaffRole } from "./memberships.repository.ts";
import { ensurePerson } from "./persons.repository.ts";
import { registerEntryOf } from "./registers.ts";
import type { Unit } from "./units.ts";

export const DEMO_STAFF: { personalCode: string; role: StaffRole; unitKind: Unit["kind"]; unitCode: string }[] = [
  { personalCode: "30117515938", role: "administrator", unitKind: "institution", unitCode: "VDAA" },
  { personalCode: "14027814803", role: "officer", unitKind: "institution", unitCode: "VSAA" },
  { personalCode: "14027814803", role: "officer", unitKind: "institution", unitCode: "CESIS" },
  { personalCode: "25059513742", role: "consultant", unitKind: "centre", unitCode: "VPVKAC-CESIS" },
  { personalCode: "09046814431", role: "editor", unitKind: "institution", unitCode: "PMLP" },
  { personalCode: "19075817403", role: "analyst", unitKind: "institution", unitCode: "VARAM" },
];

export async function seedIdentity(ctx: Context): Promise<void> {
  for (const staff of DEMO_STAFF) {
    const entry = registerEntryOf(staff.personalCode);
    if (!entry) throw new Error(`Demo staff ${staff.role} at ${staff.unitCode} is not in the demo population register`);
    const person = await ensurePerson(ctx.trx, {
      personalCode: entry.personalCode,
      givenName: entry.givenName,
      familyName: entry.familyName,
    });
    const id = await insertMembership(ctx.trx, {
      personId: person.id,
      role: staff.role,
      unitKind: staff.unitKind,
      unitCode: staff.unitCode,
      createdBy: null,
    });
    await recordAudit(ctx, {
      event: "identity.staff-membership.create",
      subjectType: "person",
      subjectId: person.id,
      details: { membership: id, role: staff.role, unit: `${staff.unitKind}:${staff.unitCode}` },
    });
  }
}
