// A question page of a draft: shown with the answers so far, and posted to continue (checked
// against the stored definition), to save for later (kept exactly as typed), to search the
// address data, to add or remove an item of a repeating group, or to remove an attached file.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors.ts";
import { type FormBody, formBody } from "../../../platform/http/multipart-body.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { AppServices } from "../../../platform/module.ts";
import { busClient, EPAK_SYSTEMS } from "../../exchange/index.ts";
import { attachmentsOf } from "../application.repository.ts";
import { attachFile, removeAttachment } from "../commands/attach-file.ts";
import { saveAnswers } from "../commands/save-answers.ts";
import { type Flow, firstIncomplete, nextPage, pageById, previousPage, visiblePages, visibleQuestions } from "../definition/form-flow.ts";
import type { Answers, GroupItem, Page } from "../definition/model.ts";
import { type AnswerErrors, checkPage } from "../definition/validate-answers.ts";
import { searchAddresses } from "../prefill/address-search.ts";
import { applicationPath } from "../views/form-parts.tsx";
import type { AddressChoice } from "../views/question-fields.tsx";
import { QuestionPage } from "../views/question-page.tsx";
import { addressTexts } from "./answer-summary.ts";
import { applicationContext, type Opened, openApplication } from "./application-access.ts";
import { asksForFiles } from "./definition-versions.ts";
import { answersFromForm, MAX_GROUP_ITEMS, withPrefill } from "./page-form.ts";

type PageParams = { Params: { id: string; page: string }; Querystring: { atpakal?: string; parbaudit?: string } };

function today(services: AppServices): string {
  return services.clock.now().toISOString().slice(0, 10);
}

function sectionsOf(flow: Flow): boolean {
  return Boolean(flow.definition.sections?.length);
}

/** Where "back" goes from a page: the previous page in the flow, the task list, or the start page. */
function backFrom(opened: Opened, page: Page, returnToCheck: boolean): string {
  const { application, flow } = opened;
  if (returnToCheck) return applicationPath(application.id, "/parbaude");
  if (sectionsOf(flow)) return applicationPath(application.id);
  const previous = previousPage(flow, page.id);
  return previous ? applicationPath(application.id, `/lapa/${previous.id}`) : `/e-pakalpojumi/${application.service}`;
}

/** Where "continue" goes: back to the check when asked, the task list between sections, or the next page. */
function nextAfter(opened: Opened, flow: Flow, page: Page, completed: string[], returnToCheck: boolean): string {
  const id = opened.application.id;
  const incomplete = firstIncomplete(flow, completed);
  if (returnToCheck && !incomplete) return applicationPath(id, "/parbaude");
  const next = nextPage(flow, page.id);
  if (sectionsOf(flow) && (!next || next.section !== page.section)) return applicationPath(id);
  if (next) return applicationPath(id, `/lapa/${next.id}`);
  return incomplete ? applicationPath(id, `/lapa/${incomplete.id}`) : applicationPath(id, "/parbaude");
}

type Shown = {
  answers: Answers;
  errors: AnswerErrors;
  addressResults?: Record<string, AddressChoice[]>;
  prefill?: Record<string, unknown>;
};

async function render(
  request: FastifyRequest,
  reply: FastifyReply,
  services: AppServices,
  opened: Opened,
  page: Page,
  shown: Shown,
  returnToCheck: boolean,
) {
  const locale = request.locale;
  const prefill = shown.prefill ?? opened.application.prefill;
  const flow: Flow = { ...opened.flow, answers: shown.answers, prefill };
  const pages = visiblePages(flow);
  const attachments = asksForFiles(flow.definition) ? await attachmentsOf(services.db, opened.application.id) : [];
  const questions = visibleQuestions(flow, page.questions);
  return reply.page(
    <QuestionPage
      applicationId={opened.application.id}
      serviceTitle={flow.definition.title[locale]}
      page={page}
      questions={questions}
      answers={withPrefill(questions, shown.answers, prefill)}
      errors={shown.errors}
      prefill={prefill}
      addressResults={shown.addressResults ?? {}}
      addressTexts={addressTexts(prefill)}
      attachments={Object.fromEntries(attachments.map((a) => [a.question, { id: a.id, fileName: a.fileName, sizeBytes: a.sizeBytes }]))}
      backHref={backFrom(opened, page, returnToCheck)}
      csrfToken={reply.generateCsrf()}
      returnToCheck={returnToCheck}
      step={sectionsOf(flow) ? null : { at: pages.findIndex((p) => p.id === page.id) + 1, of: pages.length }}
    />,
  );
}

function go(request: FastifyRequest, reply: FastifyReply, path: string) {
  return reply.redirect(localePath(request.locale, path), 303);
}

async function openPage(request: FastifyRequest<PageParams>, reply: FastifyReply, services: AppServices) {
  const opened = await openApplication(request, reply, services);
  if (!opened) return null;
  if (opened.application.status !== "draft") {
    go(request, reply, applicationPath(opened.application.id, "/iesniegts"));
    return null;
  }
  const page = pageById(opened.flow.definition, request.params.page);
  if (!page) throw new AppError("not_found", 404);
  return { opened, page };
}

export function questionPageRoutes(app: FastifyInstance, services: AppServices): void {
  const bus = busClient(services, EPAK_SYSTEMS.eservices);

  app.get<PageParams>("/pieteikumi/:id/lapa/:page", async (request, reply) => {
    const found = await openPage(request, reply, services);
    if (!found) return reply;
    const { opened, page } = found;
    // A page the answers have hidden is not part of the application any more.
    if (!visiblePages(opened.flow).some((p) => p.id === page.id)) return go(request, reply, applicationPath(opened.application.id));
    const returnToCheck = request.query.atpakal === "parbaude";
    // Sent back from the check: show at once what needs fixing on this page.
    const errors = request.query.parbaudit
      ? checkPage(page, { flow: opened.flow, today: today(services), locale: request.locale, t: request.t }).errors
      : {};
    return render(request, reply, services, opened, page, { answers: opened.application.answers, errors }, returnToCheck);
  });

  app.post<PageParams>("/pieteikumi/:id/lapa/:page", async (request, reply) => {
    const found = await openPage(request, reply, services);
    if (!found) return reply;
    const { opened, page } = found;
    const body = formBody(request.body);
    const action = String(body.fields.action ?? "continue");
    const returnToCheck = body.fields.returnTo === "check";
    const { application } = opened;
    const now = services.clock.now();
    const typed: Answers = { ...application.answers, ...answersFromForm(page.questions, body, application.answers, application.prefill) };
    const save = (answers: Answers, completed: string[], prefill?: Record<string, unknown>) =>
      inTransaction(services.db, (trx) =>
        saveAnswers(applicationContext(request, trx, application), {
          applicationId: application.id,
          answers,
          completedPages: completed,
          page: page.id,
          now,
          ...(prefill ? { prefill } : {}),
        }),
      );
    const notCompleted = application.completedPages.filter((p) => p !== page.id);

    const fileErrors = await storeFiles(request, services, opened, page, body, typed);

    if (action === "save") {
      await save(typed, application.completedPages);
      return go(request, reply, applicationPath(application.id, "/saglabats"));
    }
    if (action.startsWith("search:")) return searchAddress(action.slice(7));
    if (action.startsWith("add:") || action.startsWith("remove:")) {
      const [, groupId = "", index = ""] = action.split(":");
      const group = page.questions.find((q) => q.id === groupId && q.type === "group");
      if (!group) throw new AppError("bad_request", 400);
      const items = [...((typed[groupId] as GroupItem[] | undefined) ?? [])];
      if (action.startsWith("add:")) {
        if (items.length === 0) items.push({});
        if (items.length < MAX_GROUP_ITEMS) items.push({});
      } else items.splice(Number(index), 1);
      typed[groupId] = items;
      await save(typed, notCompleted);
      return go(
        request,
        reply,
        `${applicationPath(application.id, `/lapa/${page.id}`)}${returnToCheck ? "?atpakal=parbaude" : ""}#${groupId}`,
      );
    }
    if (action.startsWith("unattach:")) {
      const question = action.slice(9);
      await inTransaction(services.db, (trx) =>
        removeAttachment(applicationContext(request, trx, application), { applicationId: application.id, question }),
      );
      delete typed[question];
      await save(typed, notCompleted);
      return go(
        request,
        reply,
        `${applicationPath(application.id, `/lapa/${page.id}`)}${returnToCheck ? "?atpakal=parbaude" : ""}#${question}`,
      );
    }

    const flow: Flow = { ...opened.flow, answers: typed };
    const checked = checkPage(page, { flow, today: today(services), locale: request.locale, t: request.t });
    const errors = { ...checked.errors, ...fileErrors };
    if (Object.keys(errors).length > 0) {
      // What was typed is kept, so nothing is lost if the person leaves now; the page is not complete.
      await save(typed, notCompleted);
      reply.code(422);
      return render(request, reply, services, opened, page, { answers: typed, errors }, returnToCheck);
    }
    const answers = { ...typed, ...checked.answers };
    const completed = [...notCompleted, page.id];
    await save(answers, completed);
    return go(request, reply, nextAfter(opened, { ...flow, answers }, page, completed, returnToCheck));

    async function searchAddress(questionId: string) {
      const question = page.questions.find((q) => q.id === questionId && q.type === "address");
      if (!question) throw new AppError("bad_request", 400);
      const query = String(body.fields[`${questionId}.search`] ?? "").trim();
      await save(typed, notCompleted);
      if (query.length < 2) {
        reply.code(422);
        return render(
          request,
          reply,
          services,
          opened,
          page,
          { answers: typed, errors: { [`${questionId}.search`]: request.t("eservices.answer.address_query_short") } },
          returnToCheck,
        );
      }
      const found = await searchAddresses(bus, query, { userId: `user:${opened.identity.session.personId}` });
      // The texts are kept with the draft so the chosen address reads as words on every later page.
      const known = { ...addressTexts(application.prefill), ...Object.fromEntries(found.map((a) => [a.addressCode, a.text])) };
      const prefill = { ...application.prefill, _addresses: known };
      await save(typed, notCompleted, prefill);
      return render(
        request,
        reply,
        services,
        opened,
        page,
        { answers: typed, errors: {}, addressResults: { [questionId]: found }, prefill },
        returnToCheck,
      );
    }
  });
}

/** Files chosen on the page become attachments; their ids become the answers. Problems go next to the field. */
async function storeFiles(
  request: FastifyRequest,
  services: AppServices,
  opened: Opened,
  page: Page,
  body: FormBody,
  typed: Answers,
): Promise<AnswerErrors> {
  const errors: AnswerErrors = {};
  for (const question of page.questions.filter((q) => q.type === "file")) {
    const file = body.files[question.id]?.[0];
    if (!file) continue;
    const stored = await inTransaction(services.db, (trx) =>
      attachFile(applicationContext(request, trx, opened.application), {
        applicationId: opened.application.id,
        question,
        file,
        now: services.clock.now(),
      }),
    );
    if (stored.ok) typed[question.id] = stored.id;
    else errors[question.id] = request.t(`eservices.answer.${stored.code}`, { size: question.maxSizeMb ?? 5 });
  }
  return errors;
}
