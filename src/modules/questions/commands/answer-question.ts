// An officer answers a question of their institution: the question is marked answered only if it
// is still waiting (two officers answering at once: the second is told who was first, and
// nothing is overwritten), and the answer is sent to the asker's e-address in the same
// transaction, so there is never an answered question without its letter or the other way round.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import type { Translate } from "../../../platform/i18n/messages.ts";
import type { JobSystem } from "../../../platform/jobs/jobs.ts";
import { sendMailboxMessage } from "../../mailbox/index.ts";
import { answerProblem } from "../question-input.ts";
import { institutionQuestion, type Question } from "../questions.repository.ts";
import { answerLetter } from "./answer-letter.ts";

export type AnswerInput = {
  questionId: string;
  institution: string;
  institutionName: { lv: string; en: string };
  answer: string;
  officer: { name: string };
  now: Date;
  /** Messages in a language: the letter is written in the language the question was asked in. */
  translate: (locale: "lv" | "en") => Translate;
};

/** Thrown when someone else answered first; carries who and when, for the message. */
export class AlreadyAnswered extends AppError {
  readonly question: Question;
  constructor(question: Question) {
    super("questions.answer.not_sent", 409);
    this.question = question;
  }
}

export async function answerQuestion(ctx: Context, jobs: JobSystem, input: AnswerInput): Promise<Question> {
  const problem = answerProblem(input.answer);
  if (problem) throw new AppError("validation_failed", 400, { answer: problem });
  const question = await institutionQuestion(ctx.trx, input.questionId, input.institution);
  if (!question) throw new AppError("not_found", 404);
  const answer = input.answer.trim();

  // The status in the condition is the optimistic check: of two answers only one finds it waiting.
  const updated = await ctx.trx
    .updateTable("questions.question")
    .set({ status: "answered", answer, answered_at: input.now, answered_by: ctx.actor, answered_by_name: input.officer.name })
    .where("id", "=", question.id)
    .where("status", "=", "waiting")
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    const current = await institutionQuestion(ctx.trx, question.id, input.institution);
    throw new AlreadyAnswered(current ?? question);
  }

  const letter = answerLetter(input.translate(question.locale), {
    question,
    answer,
    officerName: input.officer.name,
    institutionName: input.institutionName[question.locale],
  });
  const message = await sendMailboxMessage(
    ctx,
    jobs,
    {
      recipient: { kind: "person", personId: question.personId },
      institution: input.institution,
      type: "answer",
      subject: letter.subject,
      body: letter.body,
      reference: question.number,
      // The person chose when asking whether the answer is also announced by email.
      notify: question.emailNotice ? [question.personId] : [],
    },
    input.now,
  );
  await ctx.trx.updateTable("questions.question").set({ mailbox_message_id: message.id }).where("id", "=", question.id).execute();
  await recordAudit(ctx, {
    event: "questions.question.answer",
    subjectType: "question",
    subjectId: question.id,
    details: { number: question.number, institution: input.institution, mailboxMessage: message.id },
  });
  return {
    ...question,
    status: "answered",
    answer,
    answeredAt: input.now,
    answeredByName: input.officer.name,
    mailboxMessageId: message.id,
  };
}
