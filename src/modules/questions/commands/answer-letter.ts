// The answer as a letter in the e-address mailbox: plain text in the language the question was
// asked in, quoting the question so the letter can be read on its own.
import { formatDateTime } from "../../../platform/i18n/format.ts";
import type { Translate } from "../../../platform/i18n/messages.ts";
import type { Question } from "../questions.repository.ts";

type LetterInput = {
  question: Pick<Question, "number" | "subject" | "body" | "askedAt" | "locale">;
  answer: string;
  officerName: string;
  institutionName: string;
};

export function answerLetter(t: Translate, input: LetterInput): { subject: string; body: string } {
  const { question } = input;
  const body = [
    t("questions.letter.asked", { number: question.number, at: formatDateTime(question.locale, question.askedAt) }),
    t("questions.letter.subject", { subject: question.subject }),
    question.body,
    t("questions.letter.answer_heading"),
    input.answer,
    `${input.officerName}\n${input.institutionName}`,
  ].join("\n\n");
  return { subject: t("questions.letter.title", { number: question.number }), body };
}
