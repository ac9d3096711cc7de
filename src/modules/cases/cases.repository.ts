// Reads of cases: one case, a queue, an applicant's cases, and what belongs to a case (notes,
// requests, register results, the decision). Writes are in commands/.
import type { Kysely, Selectable, Transaction } from "kysely";
import type { CaseTable, Tables } from "../../platform/db/tables.ts";

type Db = Kysely<Tables> | Transaction<Tables>;

export type CaseRow = Selectable<CaseTable>;
export type CaseStatus = CaseRow["status"];
export type Applicant = { kind: "person"; personId: string } | { kind: "company"; registrationNumber: string };

export function applicantOf(c: CaseRow): Applicant {
  return c.applicant_kind === "person"
    ? { kind: "person", personId: c.applicant_ref }
    : { kind: "company", registrationNumber: c.applicant_ref };
}

export async function findCase(db: Db, id: string): Promise<CaseRow | null> {
  return (await db.selectFrom("cases.case").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}

export async function caseOfApplication(db: Db, applicationId: string): Promise<CaseRow | null> {
  return (await db.selectFrom("cases.case").selectAll().where("application_id", "=", applicationId).executeTakeFirst()) ?? null;
}

export type QueueFilter = {
  institution: string;
  status: "active" | "waiting" | "decided" | "all";
  service: string | null;
  deadline: "overdue" | "week" | "all";
  assignee: "me" | "none" | "all";
  me: string;
  today: string;
  weekEnd: string;
};

/** The institution's cases, and those another institution asked it about, soonest deadline first. */
export async function queue(db: Db, f: QueueFilter, limit = 200): Promise<CaseRow[]> {
  let q = db
    .selectFrom("cases.case")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb("institution", "=", f.institution),
        eb(
          "id",
          "in",
          eb.selectFrom("cases.request").select("case_id").where("to_institution", "=", f.institution).where("answered_at", "is", null),
        ),
      ]),
    );
  if (f.status === "active") q = q.where("status", "in", ["open", "waiting_institution"]);
  else if (f.status === "waiting") q = q.where("status", "=", "waiting_applicant");
  else if (f.status === "decided") q = q.where("status", "in", ["decided", "withdrawn"]);
  if (f.service) q = q.where("service", "=", f.service);
  if (f.deadline === "overdue") q = q.where("due_on", "<", f.today).where("status", "in", ["open", "waiting_institution"]);
  else if (f.deadline === "week") q = q.where("due_on", "<=", f.weekEnd);
  if (f.assignee === "me") q = q.where("assignee", "=", f.me);
  else if (f.assignee === "none") q = q.where("assignee", "is", null);
  return q.orderBy("due_on").orderBy("opened_at").limit(limit).execute();
}

export async function casesOfApplicant(db: Db, applicant: Applicant): Promise<CaseRow[]> {
  const ref = applicant.kind === "person" ? applicant.personId : applicant.registrationNumber;
  return db
    .selectFrom("cases.case")
    .selectAll()
    .where("applicant_kind", "=", applicant.kind)
    .where("applicant_ref", "=", ref)
    .orderBy("opened_at", "desc")
    .execute();
}

export async function notesOf(db: Db, caseId: string) {
  return db.selectFrom("cases.note").selectAll().where("case_id", "=", caseId).orderBy("written_at").execute();
}

export async function requestsOf(db: Db, caseId: string) {
  const requests = await db.selectFrom("cases.request").selectAll().where("case_id", "=", caseId).orderBy("asked_at").execute();
  const files =
    requests.length === 0
      ? []
      : await db
          .selectFrom("cases.request_file")
          .select(["id", "request_id", "file_name", "media_type", "size_bytes"])
          .where(
            "request_id",
            "in",
            requests.map((r) => r.id),
          )
          .execute();
  return requests.map((r) => ({ ...r, files: files.filter((f) => f.request_id === r.id) }));
}

export async function requestFile(db: Db, caseId: string, fileId: string) {
  return db
    .selectFrom("cases.request_file as f")
    .innerJoin("cases.request as r", "r.id", "f.request_id")
    .select(["f.file_name", "f.media_type", "f.content"])
    .where("r.case_id", "=", caseId)
    .where("f.id", "=", fileId)
    .executeTakeFirst();
}

export async function stepResultsOf(db: Db, caseId: string) {
  return db.selectFrom("cases.step_result").selectAll().where("case_id", "=", caseId).orderBy("fetched_at").execute();
}

export async function decisionOf(db: Db, caseId: string) {
  return db.selectFrom("cases.decision").selectAll().where("case_id", "=", caseId).executeTakeFirst();
}

/** The case's history as the audit log has it (one row per transition), oldest first. */
export async function timelineOf(db: Db, caseId: string) {
  return db
    .selectFrom("platform.audit_log")
    .select(["id", "occurred_at", "event", "actor", "on_behalf_of", "channel", "details"])
    .where("subject_type", "=", "case")
    .where("subject_id", "=", caseId)
    .orderBy("occurred_at")
    .orderBy("id")
    .execute();
}

/** The e-services an institution has cases of, for the queue's filter. */
export async function servicesInQueue(db: Db, institution: string): Promise<{ service: string; title: { lv: string; en: string } }[]> {
  const rows = await db
    .selectFrom("cases.case")
    .select(["service", "service_title"])
    .distinctOn("service")
    .where("institution", "=", institution)
    .orderBy("service")
    .execute();
  return rows.map((r) => ({ service: r.service, title: r.service_title }));
}
