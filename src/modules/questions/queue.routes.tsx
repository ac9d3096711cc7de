// The institution's side: its officers' queue of questions, a question with the answer form, and
// answering. Whose queue it is comes from the staff membership the officer works in just now; a
// question of another institution is "not found" to them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import type { FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { localePath } from "../../platform/i18n/locale.ts";
import type { AppServices } from "../../platform/module.ts";
import { actingAsStaff, contextOf, findUnit, requireIdentity } from "../identity/index.ts";
import { AlreadyAnswered, answerQuestion } from "./commands/answer-question.ts";
import { readQuestionAsOfficer } from "./queries/read-question.ts";
import { textField } from "./question-input.ts";
import { institutionQueue, type Question, type QuestionStatus } from "./questions.repository.ts";
import { OfficerQuestionPage } from "./views/officer-question-views.tsx";
import { QUEUE_PATH, QueuePage, STATUS_PARAM } from "./views/queue-views.tsx";

const PAGE_SIZE = 50;
const MAX_PAGE = 1000;

/** The institution the officer works for in this request; officers of a centre have no queue here. */
function officerInstitution(request: FastifyRequest): { code: string; name: { lv: string; en: string } } {
  const membership = requireIdentity(request).membership;
  const unit = membership?.unitKind === "institution" ? findUnit("institution", membership.unitCode) : null;
  if (!unit) throw new AppError("forbidden", 403);
  return { code: unit.code, name: unit.name };
}

function queueQuery(raw: unknown): { status: QuestionStatus; page: number } {
  const q = (raw ?? {}) as Record<string, unknown>;
  const status = q.statuss === STATUS_PARAM.answered ? "answered" : "waiting";
  const page = Number.parseInt(typeof q.lapa === "string" ? q.lapa : "1", 10);
  return { status, page: Number.isFinite(page) && page > 0 ? Math.min(page, MAX_PAGE) : 1 };
}

export function queueRoutes(app: FastifyInstance, { db, clock, jobs }: AppServices): void {
  const officer = { preHandler: actingAsStaff(["officer"], "substantial") };

  app.get(QUEUE_PATH, officer, async (request, reply) => {
    const institution = officerInstitution(request);
    const { status, page } = queueQuery(request.query);
    const found = await institutionQueue(db, { institution: institution.code, status, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    return reply.page(
      <QueuePage
        institutionName={institution.name[request.locale]}
        status={status}
        entries={found.entries}
        total={found.total}
        page={page}
        pageSize={PAGE_SIZE}
        now={clock.now()}
      />,
    );
  });

  type Shown = { question: Question; typed: string; errors: FieldErrors; sent: boolean; lostRace: boolean; status: number };

  function show(request: FastifyRequest, reply: FastifyReply, shown: Shown) {
    const institution = officerInstitution(request);
    return reply
      .code(shown.status)
      .page(
        <OfficerQuestionPage
          question={shown.question}
          institutionName={institution.name[request.locale]}
          now={clock.now()}
          csrfToken={reply.generateCsrf()}
          typed={shown.typed}
          errors={shown.errors}
          sent={shown.sent}
          lostRace={shown.lostRace}
        />,
      );
  }

  async function read(request: FastifyRequest): Promise<Question> {
    const institution = officerInstitution(request);
    const { id } = request.params as { id: string };
    const question = await inTransaction(db, (trx) =>
      readQuestionAsOfficer(contextOf(request, trx), { questionId: id, institution: institution.code }),
    );
    if (!question) throw new AppError("not_found", 404);
    return question;
  }

  app.get(`${QUEUE_PATH}/:id`, officer, async (request, reply) => {
    const question = await read(request);
    const sent = (request.query as { nosutits?: unknown }).nosutits === "1";
    return show(request, reply, { question, typed: "", errors: {}, sent, lostRace: false, status: 200 });
  });

  app.post(`${QUEUE_PATH}/:id/atbildet`, officer, async (request, reply) => {
    const institution = officerInstitution(request);
    const identity = requireIdentity(request);
    const { id } = request.params as { id: string };
    const typed = textField(request.body, "answer");
    try {
      await inTransaction(db, (trx) =>
        answerQuestion(contextOf(request, trx), jobs, {
          questionId: id,
          institution: institution.code,
          institutionName: institution.name,
          answer: typed,
          officer: { name: `${identity.session.givenName} ${identity.session.familyName}` },
          now: clock.now(),
          translate: (locale) => app.translator(locale),
        }),
      );
    } catch (error) {
      if (error instanceof AlreadyAnswered) {
        return show(request, reply, { question: error.question, typed, errors: {}, sent: false, lostRace: true, status: 409 });
      }
      if (!(error instanceof AppError && error.fields)) throw error;
      return show(request, reply, {
        question: await read(request),
        typed,
        errors: error.fields,
        sent: false,
        lostRace: false,
        status: 400,
      });
    }
    return reply.redirect(`${localePath(request.locale, `${QUEUE_PATH}/${id}`)}?nosutits=1`, 303);
  });
}
