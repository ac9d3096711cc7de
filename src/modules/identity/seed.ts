// Demo staff: test persons from the demo population register who also work somewhere, so that
// every staff role can be tried by logging in as them. Their names are written here as in the
// register: seeding runs before any server, so it cannot ask the register through the bus.
import { recordAudit } from "../../platform/audit/audit.ts";
import type { Context } from "../../platform/context.ts";
import { insertMembership, type StaffRole } from "./memberships.repository.ts";
import { ensurePerson } from "./persons.repository.ts";
import type { Unit } from "./units.ts";

type DemoStaff = { personalCode: string; givenName: string; familyName: string; role: StaffRole; unitKind: Unit["kind"]; unitCode: string };

export const DEMO_STAFF: DemoStaff[] = [
  {
    personalCode: "30117515938",
    givenName: "Andris",
    familyName: "Kalniņš",
    role: "administrator",
    unitKind: "institution",
    unitCode: "VDAA",
  },
  { personalCode: "14027814803", givenName: "Ilze", familyName: "Kalniņa", role: "officer", unitKind: "institution", unitCode: "VSAA" },
  { personalCode: "14027814803", givenName: "Ilze", familyName: "Kalniņa", role: "officer", unitKind: "institution", unitCode: "CESIS" },
  // A second editor at PMLP, so that one can publish what the other sent for review, and an
  // editor of a municipality's local variants.
  { personalCode: "14027814803", givenName: "Ilze", familyName: "Kalniņa", role: "editor", unitKind: "institution", unitCode: "PMLP" },
  { personalCode: "14027814803", givenName: "Ilze", familyName: "Kalniņa", role: "editor", unitKind: "institution", unitCode: "CESIS" },
  {
    personalCode: "25059513742",
    givenName: "Dace",
    familyName: "Liepiņa",
    role: "consultant",
    unitKind: "centre",
    unitCode: "VPVKAC-CESIS",
  },
  { personalCode: "09046814431", givenName: "Edgars", familyName: "Liepiņš", role: "editor", unitKind: "institution", unitCode: "PMLP" },
  // Officers at PMLP, where place-of-residence declarations are examined.
  { personalCode: "09046814431", givenName: "Edgars", familyName: "Liepiņš", role: "officer", unitKind: "institution", unitCode: "PMLP" },
  { personalCode: "14027814803", givenName: "Ilze", familyName: "Kalniņa", role: "officer", unitKind: "institution", unitCode: "PMLP" },
  // An officer at the Register of Enterprises, where company changes and their fees are handled.
  { personalCode: "14027814803", givenName: "Ilze", familyName: "Kalniņa", role: "officer", unitKind: "institution", unitCode: "UR" },
  // The platform operator's editor, who words the notice emails every e-address sends.
  { personalCode: "09046814431", givenName: "Edgars", familyName: "Liepiņš", role: "editor", unitKind: "institution", unitCode: "VDAA" },
  { personalCode: "19075817403", givenName: "Tatjana", familyName: "Ivanova", role: "analyst", unitKind: "institution", unitCode: "VARAM" },
];

export async function seedIdentity(ctx: Context): Promise<void> {
  for (const staff of DEMO_STAFF) {
    const person = await ensurePerson(ctx.trx, staff);
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
