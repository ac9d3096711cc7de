// Mandates between persons: made by the principal for an agent, listed for both, ended by either.
import type { Kysely, Transaction } from "kysely";
import type { IsoDate } from "../../platform/calendar/business-days.ts";
import type { Tables } from "../../platform/db/tables.ts";
import type { Scope, Validity } from "./scope.ts";

type Db = Kysely<Tables> | Transaction<Tables>;

export type Mandate = Scope &
  Validity & {
    id: string;
    principalId: string;
    principalName: string;
    agentId: string;
    agentName: string;
    createdAt: Date;
    revokedBy: string | null;
  };

const COLUMNS = [
  "id",
  "principal_id",
  "principal_name",
  "agent_id",
  "agent_name",
  "all_services",
  "services",
  "valid_from",
  "valid_until",
  "created_at",
  "revoked_at",
  "revoked_by",
] as const;

type Row = Pick<Tables["mandates.mandate"], (typeof COLUMNS)[number]> & { created_at: Date };

function toMandate(r: Row): Mandate {
  return {
    id: r.id,
    principalId: r.principal_id,
    principalName: r.principal_name,
    agentId: r.agent_id,
    agentName: r.agent_name,
    allServices: r.all_services,
    services: r.services,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
  };
}

export async function findMandate(db: Db, id: string): Promise<Mandate | null> {
  const row = await db.selectFrom("mandates.mandate").select(COLUMNS).where("id", "=", id).executeTakeFirst();
  return row ? toMandate(row as Row) : null;
}

/** The mandates a person gave (as principal) or holds (as agent), newest first. */
export async function mandatesOf(db: Db, personId: string, side: "principal" | "agent"): Promise<Mandate[]> {
  const rows = await db
    .selectFrom("mandates.mandate")
    .select(COLUMNS)
    .where(side === "principal" ? "principal_id" : "agent_id", "=", personId)
    .orderBy("created_at", "desc")
    .limit(200)
    .execute();
  return rows.map((r) => toMandate(r as Row));
}

/** The agent's mandates in force on a day, optionally only those from one principal. */
export async function mandatesInForce(db: Db, agentId: string, day: IsoDate, principalId?: string): Promise<Mandate[]> {
  let query = db
    .selectFrom("mandates.mandate")
    .select(COLUMNS)
    .where("agent_id", "=", agentId)
    .where("revoked_at", "is", null)
    .where("valid_from", "<=", day)
    .where("valid_until", ">=", day);
  if (principalId) query = query.where("principal_id", "=", principalId);
  const rows = await query.orderBy("principal_name").execute();
  return rows.map((r) => toMandate(r as Row));
}

export async function insertMandate(db: Db, m: Omit<Mandate, "revokedAt" | "revokedBy">): Promise<void> {
  await db
    .insertInto("mandates.mandate")
    .values({
      id: m.id,
      principal_id: m.principalId,
      principal_name: m.principalName,
      agent_id: m.agentId,
      agent_name: m.agentName,
      all_services: m.allServices,
      services: [...m.services],
      valid_from: m.validFrom,
      valid_until: m.validUntil,
      created_at: m.createdAt,
    })
    .execute();
}

/** Ends a mandate still in effect; false if it was already revoked. */
export async function markMandateRevoked(db: Db, id: string, by: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("mandates.mandate")
    .set({ revoked_at: now, revoked_by: by })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
