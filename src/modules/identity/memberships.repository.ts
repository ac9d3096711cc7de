// Staff memberships: a person's role at an institution or a client service centre.
import type { Kysely, Transaction } from "kysely";
import type { StaffMembershipTable, Tables } from "../../platform/db/tables.ts";

type Db = Kysely<Tables> | Transaction<Tables>;

export type StaffRole = StaffMembershipTable["role"];
export const STAFF_ROLES: readonly StaffRole[] = ["officer", "editor", "consultant", "analyst", "administrator"];

export type Membership = {
  id: string;
  personId: string;
  role: StaffRole;
  unitKind: "institution" | "centre";
  unitCode: string;
  createdAt: Date;
};

export type MembershipWithPerson = Membership & { givenName: string; familyName: string; personalCode: string };

const COLUMNS = ["id", "person_id", "role", "unit_kind", "unit_code", "created_at"] as const;

type Row = { id: string; person_id: string; role: StaffRole; unit_kind: "institution" | "centre"; unit_code: string; created_at: Date };

function toMembership(r: Row): Membership {
  return { id: r.id, personId: r.person_id, role: r.role, unitKind: r.unit_kind, unitCode: r.unit_code, createdAt: r.created_at };
}

export async function activeMembershipsOf(db: Db, personId: string): Promise<Membership[]> {
  const rows = await db
    .selectFrom("identity.staff_membership")
    .select(COLUMNS)
    .where("person_id", "=", personId)
    .where("revoked_at", "is", null)
    .orderBy("created_at")
    .execute();
  return rows.map(toMembership);
}

export async function findActiveMembership(db: Db, id: string): Promise<Membership | null> {
  const r = await db
    .selectFrom("identity.staff_membership")
    .select(COLUMNS)
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return r ? toMembership(r) : null;
}

export async function listActiveMemberships(db: Db): Promise<MembershipWithPerson[]> {
  const rows = await db
    .selectFrom("identity.staff_membership as m")
    .innerJoin("identity.person as p", "p.id", "m.person_id")
    .select([
      "m.id",
      "m.person_id",
      "m.role",
      "m.unit_kind",
      "m.unit_code",
      "m.created_at",
      "p.given_name",
      "p.family_name",
      "p.personal_code",
    ])
    .where("m.revoked_at", "is", null)
    .orderBy("p.family_name")
    .orderBy("p.given_name")
    .orderBy("m.created_at")
    .execute();
  return rows.map((r) => ({
    ...toMembership(r),
    givenName: r.given_name,
    familyName: r.family_name,
    personalCode: r.personal_code,
  }));
}

/** Null when the person already has this role at this unit. */
export async function insertMembership(
  db: Db,
  m: { personId: string; role: StaffRole; unitKind: "institution" | "centre"; unitCode: string; createdBy: string | null },
): Promise<string | null> {
  const row = await db
    .insertInto("identity.staff_membership")
    .values({ person_id: m.personId, role: m.role, unit_kind: m.unitKind, unit_code: m.unitCode, created_by: m.createdBy })
    .onConflict((oc) => oc.columns(["person_id", "role", "unit_kind", "unit_code"]).where("revoked_at", "is", null).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function revokeMembership(db: Db, id: string, by: string, now: Date): Promise<Membership | null> {
  const r = await db
    .updateTable("identity.staff_membership")
    .set({ revoked_at: now, revoked_by: by })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .returning(COLUMNS)
    .executeTakeFirst();
  return r ? toMembership(r) : null;
}

/** The persons holding a role at a unit (an institution's officers, to hand a case to), by name. */
export async function colleagues(db: Db, unitCode: string, role: StaffRole): Promise<{ personId: string; name: string }[]> {
  const rows = await db
    .selectFrom("identity.staff_membership as m")
    .innerJoin("identity.person as p", "p.id", "m.person_id")
    .select(["p.id", "p.given_name", "p.family_name"])
    .where("m.revoked_at", "is", null)
    .where("m.unit_code", "=", unitCode)
    .where("m.role", "=", role)
    .orderBy("p.family_name")
    .orderBy("p.given_name")
    .execute();
  return rows.map((r) => ({ personId: r.id, name: `${r.given_name} ${r.family_name}` }));
}
