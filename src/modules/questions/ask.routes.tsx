// The person's side: asking an institution a question, the confirmation with its reference
// number, and "Mani jautājumi" with each question's status and answer.
//
// Asking needs only the lowest login level that identifies the person: a question gives away
// nothing the person has not typed. Reading one's questions back shows the institution's
// answers, which may be personal, so those pages need the usual level of personal pages.
import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import type { FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { localePath } from "../../platform/i18n/locale.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../platform/module.ts";
import { publishedService } from "../catalog/index.ts";
import { contextOf, findPersonById, type RequestIdentity, requireIdentity, signedIn, UNITS, unitName } from "../identity/index.ts";
import { askQuestion } from "./commands/ask-question.ts";
import { type AskFields, askFields, isInstitution } from "./question-input.ts";
import { ownQuestion, questionsOf } from "./questions.repository.ts";
import { ASK_PATH, AskedPage, AskPage, type InstitutionOption, MINE_PATH } from "./views/ask-views.tsx";
import { MyQuestionPage, MyQuestionsPage } from "./views/my-questions-views.tsx";

const SERVICE_ID = /^[a-z0-9-]{1,120}$/;

function institutionOptions(locale: "lv" | "en"): InstitutionOption[] {
  const collator = new Intl.Collator(locale === "lv" ? "lv" : "en");
  return UNITS.filter((u) => u.kind === "institution")
    .map((u) => ({ code: u.code, name: u.name[locale] }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

function institutionName(code: string, locale: "lv" | "en"): string {
  return unitName({ unitKind: "institution", unitCode: code }, locale);
}

function fullName(identity: RequestIdentity): string {
  return `${identity.session.givenName} ${identity.session.familyName}`;
}

export function askRoutes(app: FastifyInstance, { db, clock }: AppServices): void {
  /** The institution of the catalogue service the person came from (`?pakalpojums=`), when it takes questions here. */
  async function institutionOfService(query: unknown): Promise<string> {
    const service = (query as { pakalpojums?: unknown }).pakalpojums;
    if (typeof service !== "string" || !SERVICE_ID.test(service)) return "";
    const found = await publishedService(db, service);
    const code = found?.document.institution ?? "";
    return isInstitution(code) ? code : "";
  }

  async function renderForm(request: FastifyRequest, reply: FastifyReply, fields: AskFields, errors: FieldErrors) {
    const identity = requireIdentity(request);
    const person = await findPersonById(db, identity.session.personId);
    const email = person?.email && person.emailVerifiedAt ? person.email : null;
    return reply
      .code(Object.keys(errors).length > 0 ? 400 : 200)
      .page(
        <AskPage
          fields={fields}
          errors={errors}
          institutions={institutionOptions(request.locale)}
          email={email}
          actingForOthers={identity.session.acting.kind !== "self"}
          csrfToken={reply.generateCsrf()}
        />,
      );
  }

  app.get(ASK_PATH, { preHandler: signedIn("low") }, async (request, reply) => {
    const institution = await institutionOfService(request.query);
    return renderForm(request, reply, { institution, subject: "", question: "", emailNotice: false, submission: randomUUID() }, {});
  });

  app.post(ASK_PATH, { preHandler: signedIn("low") }, async (request, reply) => {
    const identity = requireIdentity(request);
    const fields = askFields(request.body);
    if (!isUuid(fields.submission)) fields.submission = randomUUID();
    const person = await findPersonById(db, identity.session.personId);
    try {
      const asked = await inTransaction(db, (trx) =>
        // Always in the person's own name, whomever they act for just now: the answer is theirs.
        askQuestion(
          { ...contextOf(request, trx), onBehalfOf: null },
          {
            fields,
            asker: { personId: identity.session.personId, name: fullName(identity), hasConfirmedEmail: Boolean(person?.emailVerifiedAt) },
            locale: request.locale,
            now: clock.now(),
          },
        ),
      );
      return reply.redirect(localePath(request.locale, `${MINE_PATH}/${asked.id}/nosutits`), 303);
    } catch (error) {
      if (!(error instanceof AppError && error.fields)) throw error;
      return renderForm(request, reply, fields, error.fields);
    }
  });

  async function own(request: FastifyRequest) {
    const { id } = request.params as { id: string };
    const question = await ownQuestion(db, id, requireIdentity(request).session.personId);
    if (!question) throw new AppError("not_found", 404);
    return question;
  }

  app.get(`${MINE_PATH}/:id/nosutits`, { preHandler: signedIn("low") }, async (request, reply) => {
    const question = await own(request);
    return reply.page(
      <AskedPage id={question.id} number={question.number} institutionName={institutionName(question.institution, request.locale)} />,
    );
  });

  app.get(MINE_PATH, { preHandler: signedIn() }, async (request, reply) => {
    const questions = await questionsOf(db, requireIdentity(request).session.personId);
    const named = questions.map((question) => ({ question, institutionName: institutionName(question.institution, request.locale) }));
    return reply.page(<MyQuestionsPage questions={named} />);
  });

  app.get(`${MINE_PATH}/:id`, { preHandler: signedIn() }, async (request, reply) => {
    const question = await own(request);
    return reply.page(<MyQuestionPage question={question} institutionName={institutionName(question.institution, request.locale)} />);
  });
}
