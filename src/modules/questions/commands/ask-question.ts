// A person asks an institution a question: checked, numbered JA-<year>-<six digits> from a
// sequence, stored in the institution's queue. The same form sent again answers with the
// question it already made.

import { sql } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { isUuid } from "../../../platform/identifiers/uuid.ts";
import { type AskFields, askProblems } from "../question-input.ts";

export type AskInput = {
  fields: AskFields;
  asker: { personId: string; name: string; hasConfirmedEmail: boolean };
  locale: "lv" | "en";
  now: Date;
};

export type Asked = { id: string; number: string };

export async function askQuestion(ctx: Context, input: AskInput): Promise<Asked> {
  const { fields, asker } = input;
  const errors = askProblems(fields, asker.hasConfirmedEmail);
  if (Object.keys(errors).length > 0) throw new AppError("validation_failed", 400, errors);
  if (!isUuid(fields.submission)) throw new AppError("bad_request", 400);

  // The number comes from the sequence in the insert itself: never reused, even after a rollback.
  // The year as it is in Riga: on 1 January before 02:00 UTC it is already the new year there.
  const year = Number(dateInRiga(input.now).slice(0, 4));
  const row = await ctx.trx
    .insertInto("questions.question")
    .values({
      number: sql<string>`${`JA-${year}-`} || lpad(nextval('questions.question_number')::text, 6, '0')`,
      person_id: asker.personId,
      asker_name: asker.name,
      submission_key: fields.submission,
      institution: fields.institution,
      subject: fields.subject.trim(),
      body: fields.question.trim(),
      email_notice: fields.emailNotice,
      locale: input.locale,
      asked_at: input.now,
    })
    .onConflict((oc) => oc.columns(["person_id", "submission_key"]).doNothing())
    .returning(["id", "number"])
    .executeTakeFirst();
  if (!row) return sameSubmission(ctx, asker.personId, fields.submission);
  await recordAudit(ctx, {
    event: "questions.question.ask",
    subjectType: "question",
    subjectId: row.id,
    details: { number: row.number, institution: fields.institution },
  });
  return row;
}

async function sameSubmission(ctx: Context, personId: string, submission: string): Promise<Asked> {
  return ctx.trx
    .selectFrom("questions.question")
    .select(["id", "number"])
    .where("person_id", "=", personId)
    .where("submission_key", "=", submission)
    .executeTakeFirstOrThrow();
}
