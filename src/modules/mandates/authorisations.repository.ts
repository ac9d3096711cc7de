// Written authorisations recorded at client service centres, with the scan of the signed form.
import { type Kysely, sql, type Transaction } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import type { Scope, Validity } from "./scope.ts";

type Db = Kysely<Tables> | Transaction<Tables>;

export type Authorisation = Scope &
  Validity & {
    id: string;
    number: string;
    personId: string;
    personName: string;
    centre: string;
    consultantId: string;
    consultantName: string;
    scan: { name: string; type: string; size: number; sha256: string };
    createdAt: Date;
    revokedBy: string | null;
  };

const COLUMNS = [
  "id",
  "number",
  "person_id",
  "person_name",
  "centre",
  "consultant_id",
  "consultant_name",
  "all_services",
  "services",
  "valid_from",
  "valid_until",
  "scan_name",
  "scan_type",
  "scan_size",
  "scan_sha256",
  "created_at",
  "revoked_at",
  "revoked_by",
] as const;

type Row = Pick<Tables["mandates.authorisation"], (typeof COLUMNS)[number]> & { created_at: Date };

function toAuthorisation(r: Row): Authorisation {
  return {
    id: r.id,
    number: r.number,
    personId: r.person_id,
    personName: r.person_name,
    centre: r.centre,
    consultantId: r.consultant_id,
    consultantName: r.consultant_name,
    allServices: r.all_services,
    services: r.services,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    scan: { name: r.scan_name, type: r.scan_type, size: r.scan_size, sha256: r.scan_sha256 },
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
  };
}

export async function findAuthorisation(db: Db, id: string): Promise<Authorisation | null> {
  const row = await db.selectFrom("mandates.authorisation").select(COLUMNS).where("id", "=", id).executeTakeFirst();
  return row ? toAuthorisation(row as Row) : null;
}

/** A person's authorisations, newest first; with `centre`, only those recorded there. */
export async function authorisationsOf(db: Db, personId: string, centre?: string): Promise<Authorisation[]> {
  let query = db.selectFrom("mandates.authorisation").select(COLUMNS).where("person_id", "=", personId);
  if (centre) query = query.where("centre", "=", centre);
  const rows = await query.orderBy("created_at", "desc").limit(100).execute();
  return rows.map((r) => toAuthorisation(r as Row));
}

export type NewAuthorisation = Omit<Authorisation, "number" | "revokedAt" | "revokedBy"> & { scanBytes: Uint8Array };

/** Stores the authorisation under the next number of its year ("PIL-2026-000001"); returns the number. */
export async function insertAuthorisation(db: Db, a: NewAuthorisation): Promise<string> {
  const row = await db
    .insertInto("mandates.authorisation")
    .values({
      id: a.id,
      number: sql<string>`${`PIL-${a.createdAt.getUTCFullYear()}-`} || lpad(nextval('mandates.authorisation_number')::text, 6, '0')`,
      person_id: a.personId,
      person_name: a.personName,
      centre: a.centre,
      consultant_id: a.consultantId,
      consultant_name: a.consultantName,
      all_services: a.allServices,
      services: [...a.services],
      valid_from: a.validFrom,
      valid_until: a.validUntil,
      scan_name: a.scan.name,
      scan_type: a.scan.type,
      scan_size: a.scan.size,
      scan_sha256: a.scan.sha256,
      scan: Buffer.from(a.scanBytes),
      created_at: a.createdAt,
    })
    .returning("number")
    .executeTakeFirstOrThrow();
  return row.number;
}

export async function authorisationScan(db: Db, id: string): Promise<{ name: string; type: string; content: Buffer } | null> {
  const row = await db
    .selectFrom("mandates.authorisation")
    .select(["scan_name", "scan_type", "scan"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? { name: row.scan_name, type: row.scan_type, content: row.scan } : null;
}

export async function markAuthorisationRevoked(db: Db, id: string, by: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("mandates.authorisation")
    .set({ revoked_at: now, revoked_by: by })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
