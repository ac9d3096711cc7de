// Reads of applications, their attachments and receipts, and of published definition versions.
// Plain objects out; the runtime decides who may see what (runtime/application-access.ts).
import { type Kysely, sql } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import type { Answers, EServiceDefinition } from "./definition/model.ts";

type Db = Kysely<Tables>;

/**
 * An application taken at a client service centre: the centre, the consultant, and for an
 * assisted one the written authorisation it was filled under (a paper one is signed by the person).
 */
export type Assistance = {
  centre: { code: string; name: { lv: string; en: string } };
  consultantName: string;
  authorisation: { id: string; number: string } | null;
};

export type Application = {
  id: string;
  service: string;
  version: number;
  status: "draft" | "submitted";
  number: string | null;
  channel: "online" | "assisted" | "paper";
  createdBy: string;
  actingFor: string | null;
  subjectKind: "person" | "child" | "company";
  subjectId: string;
  subjectName: string;
  assistance: Assistance | null;
  answers: Answers;
  prefill: Record<string, unknown>;
  completedPages: string[];
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date | null;
  submittedAt: Date | null;
};

const COLUMNS = [
  "id",
  "service",
  "version",
  "status",
  "number",
  "channel",
  "created_by",
  "acting_for",
  "subject_kind",
  "subject_id",
  "subject_name",
  "assistance",
  "answers",
  "prefill",
  "completed_pages",
  "created_at",
  "updated_at",
  "expires_at",
  "submitted_at",
] as const;

type Row = Record<(typeof COLUMNS)[number], unknown>;

function toApplication(r: Row): Application {
  return {
    id: r.id as string,
    service: r.service as string,
    version: r.version as number,
    status: r.status as Application["status"],
    number: r.number as string | null,
    channel: r.channel as Application["channel"],
    createdBy: r.created_by as string,
    actingFor: r.acting_for as string | null,
    subjectKind: r.subject_kind as Application["subjectKind"],
    subjectId: r.subject_id as string,
    subjectName: r.subject_name as string,
    assistance: (r.assistance as Assistance | null) ?? null,
    answers: r.answers as Answers,
    prefill: r.prefill as Record<string, unknown>,
    completedPages: r.completed_pages as string[],
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
    expiresAt: r.expires_at as Date | null,
    submittedAt: r.submitted_at as Date | null,
  };
}

export async function findApplication(db: Db, id: string): Promise<Application | null> {
  const row = await db.selectFrom("eservices.application").select(COLUMNS).where("id", "=", id).executeTakeFirst();
  return row ? toApplication(row as unknown as Row) : null;
}

/** For submission: the row locked until the transaction ends, so a second click waits and then sees it submitted. */
export async function lockApplication(db: Db, id: string): Promise<Application | null> {
  const row = await db.selectFrom("eservices.application").select(COLUMNS).where("id", "=", id).forUpdate().executeTakeFirst();
  return row ? toApplication(row as unknown as Row) : null;
}

/** A user's applications for whomever they act now: drafts they started, and everything about the subject. */
export async function applicationsOf(
  db: Db,
  /** `subject` null: only what the user started (an agent does not see all of the principal's applications). */
  who: { createdBy: string; actingFor: string | null; subject: { kind: "person" | "company"; id: string } | null },
): Promise<Application[]> {
  const rows = await db
    .selectFrom("eservices.application")
    .select(COLUMNS)
    .where((eb) =>
      eb.or([
        eb.and([
          eb("created_by", "=", who.createdBy),
          who.actingFor === null ? eb("acting_for", "is", null) : eb("acting_for", "=", who.actingFor),
        ]),
        who.subject
          ? eb.and([eb("status", "=", "submitted"), eb("subject_kind", "=", who.subject.kind), eb("subject_id", "=", who.subject.id)])
          : eb.lit(false),
      ]),
    )
    .orderBy("updated_at", "desc")
    .limit(200)
    .execute();
  return rows.map((r) => toApplication(r as unknown as Row));
}

export type PublishedDefinition = { service: string; version: number; definition: EServiceDefinition };

export async function latestDefinition(db: Db, service: string): Promise<PublishedDefinition | null> {
  const row = await db
    .selectFrom("eservices.definition as d")
    .innerJoin("eservices.definition_version as v", (join) =>
      join.onRef("v.service", "=", "d.service").onRef("v.version", "=", "d.published_version"),
    )
    .select(["v.service", "v.version", "v.document"])
    .where("d.service", "=", service)
    .executeTakeFirst();
  return row ? { service: row.service, version: row.version, definition: row.document as EServiceDefinition } : null;
}

export async function definitionVersion(db: Db, service: string, version: number): Promise<PublishedDefinition | null> {
  const row = await db
    .selectFrom("eservices.definition_version")
    .select(["service", "version", "document"])
    .where("service", "=", service)
    .where("version", "=", version)
    .executeTakeFirst();
  return row ? { service: row.service, version: row.version, definition: row.document as EServiceDefinition } : null;
}

export type AttachmentInfo = { id: string; question: string; fileName: string; mediaType: string; sizeBytes: number; sha256: string };

export async function attachmentsOf(db: Db, applicationId: string): Promise<AttachmentInfo[]> {
  const rows = await db
    .selectFrom("eservices.attachment")
    .select(["id", "question", "file_name", "media_type", "size_bytes", "sha256"])
    .where("application_id", "=", applicationId)
    .orderBy("created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    question: r.question,
    fileName: r.file_name,
    mediaType: r.media_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
  }));
}

export async function attachmentContent(db: Db, applicationId: string, id: string) {
  return db
    .selectFrom("eservices.attachment")
    .select(["file_name", "media_type", "content"])
    .where("application_id", "=", applicationId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function receiptOf(db: Db, applicationId: string): Promise<Buffer | null> {
  const row = await db.selectFrom("eservices.receipt").select("pdf").where("application_id", "=", applicationId).executeTakeFirst();
  return row?.pdf ?? null;
}

/** A person's applications started at one centre (assisted or paper), newest first, for its consultants. */
export async function applicationsAbout(db: Db, personId: string, centre: string): Promise<Application[]> {
  const rows = await db
    .selectFrom("eservices.application")
    .select(COLUMNS)
    .where("subject_kind", "=", "person")
    .where("subject_id", "=", personId)
    .where("channel", "in", ["assisted", "paper"])
    .where(sql<boolean>`assistance -> 'centre' ->> 'code' = ${centre}`)
    .orderBy("updated_at", "desc")
    .limit(50)
    .execute();
  return rows.map((r) => toApplication(r as unknown as Row));
}

export type ChannelCount = { centre: string; service: string; channel: "assisted" | "paper"; count: number };

/**
 * Submitted applications taken at centres, counted by centre, e-service and channel, for those
 * submitted from `from` up to (not including) `to`: what the statistics of channels are made of.
 */
export async function centreChannelCounts(db: Db, range: { from: Date; to: Date }): Promise<ChannelCount[]> {
  const centre = sql<string>`assistance -> 'centre' ->> 'code'`;
  const rows = await db
    .selectFrom("eservices.application")
    .select([centre.as("centre"), "service", "channel", (eb) => eb.fn.countAll<string>().as("count")])
    .where("status", "=", "submitted")
    .where("channel", "in", ["assisted", "paper"])
    .where("submitted_at", ">=", range.from)
    .where("submitted_at", "<", range.to)
    .groupBy([centre, "service", "channel"])
    .execute();
  return rows.map((r) => ({ centre: r.centre, service: r.service, channel: r.channel as ChannelCount["channel"], count: Number(r.count) }));
}
