// Visits: a visitor identified by a consultant at a centre. A visit is worked on the same day;
// after VISIT_HOURS the visitor is identified again, so an old record cannot be reused.
import type { Kysely, Transaction } from "kysely";
import type { CentresVisitTable, Tables } from "../../../platform/db/tables.ts";

type Db = Kysely<Tables> | Transaction<Tables>;

export const VISIT_HOURS = 12;
export const DOCUMENT_KINDS = ["id_card", "passport", "residence_permit"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type Visit = {
  id: string;
  centre: string;
  consultantId: string;
  personId: string;
  personName: string;
  documentKind: DocumentKind;
  documentNumber: string;
  startedAt: Date;
};

const COLUMNS = ["id", "centre", "consultant_id", "person_id", "person_name", "document_kind", "document_number", "started_at"] as const;

type Row = Pick<CentresVisitTable, (typeof COLUMNS)[number]> & { started_at: Date };

function toVisit(r: Row): Visit {
  return {
    id: r.id,
    centre: r.centre,
    consultantId: r.consultant_id,
    personId: r.person_id,
    personName: r.person_name,
    documentKind: r.document_kind,
    documentNumber: r.document_number,
    startedAt: r.started_at,
  };
}

export async function insertVisit(db: Db, v: Visit): Promise<void> {
  await db
    .insertInto("centres.visit")
    .values({
      id: v.id,
      centre: v.centre,
      consultant_id: v.consultantId,
      person_id: v.personId,
      person_name: v.personName,
      document_kind: v.documentKind,
      document_number: v.documentNumber,
      started_at: v.startedAt,
    })
    .execute();
}

function since(now: Date): Date {
  return new Date(now.getTime() - VISIT_HOURS * 3_600_000);
}

/** A visit at this centre still open (started less than VISIT_HOURS ago); null otherwise. */
export async function openVisit(db: Db, id: string, centre: string, now: Date): Promise<Visit | null> {
  const row = await db
    .selectFrom("centres.visit")
    .select(COLUMNS)
    .where("id", "=", id)
    .where("centre", "=", centre)
    .where("started_at", ">", since(now))
    .executeTakeFirst();
  return row ? toVisit(row as Row) : null;
}

/** The consultant's visits of the last VISIT_HOURS, newest first, to go back to. */
export async function recentVisits(db: Db, consultantId: string, centre: string, now: Date): Promise<Visit[]> {
  const rows = await db
    .selectFrom("centres.visit")
    .select(COLUMNS)
    .where("consultant_id", "=", consultantId)
    .where("centre", "=", centre)
    .where("started_at", ">", since(now))
    .orderBy("started_at", "desc")
    .limit(20)
    .execute();
  return rows.map((r) => toVisit(r as Row));
}
