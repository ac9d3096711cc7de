// Reading questions: a person's own, and an institution's queue. Every read is scoped by whose
// they are (the asker, or the institution asked), so a question of someone else is "not found".
import type { Kysely, Transaction } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";

type Db = Kysely<Tables> | Transaction<Tables>;

export type QuestionStatus = "waiting" | "answered";

export type Question = {
  id: string;
  number: string;
  personId: string;
  askerName: string;
  institution: string;
  subject: string;
  body: string;
  emailNotice: boolean;
  locale: "lv" | "en";
  askedAt: Date;
  status: QuestionStatus;
  answer: string | null;
  answeredAt: Date | null;
  answeredByName: string | null;
  mailboxMessageId: string | null;
};

export type QueueEntry = Pick<Question, "id" | "number" | "subject" | "askedAt" | "status" | "answeredAt">;

const COLUMNS = [
  "id",
  "number",
  "person_id",
  "asker_name",
  "institution",
  "subject",
  "body",
  "email_notice",
  "locale",
  "asked_at",
  "status",
  "answer",
  "answered_at",
  "answered_by_name",
  "mailbox_message_id",
] as const;

type Row = {
  id: string;
  number: string;
  person_id: string;
  asker_name: string;
  institution: string;
  subject: string;
  body: string;
  email_notice: boolean;
  locale: "lv" | "en";
  asked_at: Date;
  status: QuestionStatus;
  answer: string | null;
  answered_at: Date | null;
  answered_by_name: string | null;
  mailbox_message_id: string | null;
};

function toQuestion(r: Row): Question {
  return {
    id: r.id,
    number: r.number,
    personId: r.person_id,
    askerName: r.asker_name,
    institution: r.institution,
    subject: r.subject,
    body: r.body,
    emailNotice: r.email_notice,
    locale: r.locale,
    askedAt: r.asked_at,
    status: r.status,
    answer: r.answer,
    answeredAt: r.answered_at,
    answeredByName: r.answered_by_name,
    mailboxMessageId: r.mailbox_message_id,
  };
}

/** The person's questions, newest first. */
export async function questionsOf(db: Db, personId: string): Promise<Question[]> {
  const rows = await db
    .selectFrom("questions.question")
    .select(COLUMNS)
    .where("person_id", "=", personId)
    .orderBy("asked_at", "desc")
    .orderBy("number", "desc")
    .execute();
  return rows.map(toQuestion);
}

export async function ownQuestion(db: Db, id: string, personId: string): Promise<Question | null> {
  if (!isUuid(id)) return null;
  const row = await db
    .selectFrom("questions.question")
    .select(COLUMNS)
    .where("id", "=", id)
    .where("person_id", "=", personId)
    .executeTakeFirst();
  return row ? toQuestion(row) : null;
}

export async function institutionQuestion(db: Db, id: string, institution: string): Promise<Question | null> {
  if (!isUuid(id)) return null;
  const row = await db
    .selectFrom("questions.question")
    .select(COLUMNS)
    .where("id", "=", id)
    .where("institution", "=", institution)
    .executeTakeFirst();
  return row ? toQuestion(row) : null;
}

export type QueuePage = { entries: QueueEntry[]; total: number };

/**
 * One page of the institution's questions in a status: waiting ones oldest first (the longest
 * wait on top), answered ones most recently answered first.
 */
export async function institutionQueue(
  db: Db,
  query: { institution: string; status: QuestionStatus; offset: number; limit: number },
): Promise<QueuePage> {
  const scoped = db.selectFrom("questions.question").where("institution", "=", query.institution).where("status", "=", query.status);
  const ordered =
    query.status === "waiting"
      ? scoped.orderBy("asked_at", "asc").orderBy("number", "asc")
      : scoped.orderBy("answered_at", "desc").orderBy("number", "desc");
  const [rows, count] = await Promise.all([
    ordered.select(["id", "number", "subject", "asked_at", "status", "answered_at"]).offset(query.offset).limit(query.limit).execute(),
    scoped.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return {
    entries: rows.map((r) => ({
      id: r.id,
      number: r.number,
      subject: r.subject,
      askedAt: r.asked_at,
      status: r.status,
      answeredAt: r.answered_at,
    })),
    total: Number(count.n),
  };
}
