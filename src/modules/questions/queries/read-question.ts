// An officer opens a question of their institution. The question is the asker's personal data:
// each opening is audited with the asker as its subject, so it shows in their "who used my data".
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { institutionQuestion, type Question } from "../questions.repository.ts";

export async function readQuestionAsOfficer(ctx: Context, input: { questionId: string; institution: string }): Promise<Question | null> {
  const question = await institutionQuestion(ctx.trx, input.questionId, input.institution);
  if (!question) return null;
  await recordAudit(ctx, {
    event: "questions.question.read",
    subjectType: "person",
    subjectId: question.personId,
    details: { question: question.id, number: question.number },
  });
  return question;
}
