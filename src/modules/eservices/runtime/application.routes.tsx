// The rest of an application's life: its task list (or the next page to fill), "check your
// answers", submission, the confirmation, the receipt and attachments, deleting a draft, and
// "Mani pieteikumi".
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors.ts";
import { contentDisposition } from "../../../platform/files/file-name.ts";
import { formBody } from "../../../platform/http/multipart-body.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { isUuid } from "../../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../../platform/module.ts";
import { institutionById } from "../../catalog/index.ts";
import { findPersonById, onBehalfOf, requireIdentity, signedIn } from "../../identity/index.ts";
import { dueRequestsOf } from "../../payments/index.ts";
import {
  type Application,
  applicationsOf,
  attachmentContent,
  attachmentsOf,
  latestDefinition,
  receiptOf,
} from "../application.repository.ts";
import { deleteDraft } from "../commands/delete-draft.ts";
import { submitApplication } from "../commands/submit-application.ts";
import { firstIncomplete, visiblePages } from "../definition/form-flow.ts";
import { CheckAnswersPage, ConfirmationPage, SavedPage, type Task, TaskListPage } from "../views/application-views.tsx";
import { applicationPath } from "../views/form-parts.tsx";
import { type ApplicationEntry, MyApplicationsPage } from "../views/my-applications-views.tsx";
import { formatEuro } from "../views/parts.tsx";
import { answerSummary } from "./answer-summary.ts";
import { applicationContext, type Opened, openApplication } from "./application-access.ts";
import { asksForFiles } from "./definition-versions.ts";
import { feeState, feeView, paidView } from "./fee-state.ts";
import { paymentRoutes } from "./payment.routes.tsx";

type IdParams = { Params: { id: string } };

function go(request: FastifyRequest, reply: FastifyReply, path: string) {
  return reply.redirect(localePath(request.locale, path), 303);
}

async function institutionName(services: AppServices, code: string, locale: "lv" | "en"): Promise<string> {
  return (await institutionById(services.db, code))?.name[locale] ?? code;
}

/** "Filled at centre X by consultant Y under authorisation Z" for the pages of an assisted or paper application. */
export function assistedNote(request: FastifyRequest, application: Application): string | null {
  const { assistance } = application;
  if (!assistance) return null;
  const values = { centre: assistance.centre.name[request.locale], consultant: assistance.consultantName };
  if (application.channel === "paper") return request.t("eservices.assisted.paper_note", values);
  return request.t("eservices.assisted.note", { ...values, authorisation: assistance.authorisation?.number ?? "" });
}

function tasksOf(opened: Opened): Task[] {
  const { flow, application } = opened;
  const pages = visiblePages(flow);
  return (flow.definition.sections ?? []).flatMap((section) => {
    const inSection = pages.filter((p) => p.section === section.id);
    if (inSection.length === 0) return [];
    const done = inSection.filter((p) => application.completedPages.includes(p.id));
    const next = inSection.find((p) => !application.completedPages.includes(p.id)) ?? inSection[0];
    const started = done.length > 0 || inSection.some((p) => p.questions.some((q) => application.answers[q.id] !== undefined));
    const status = done.length === inSection.length ? "completed" : started ? "in_progress" : "not_started";
    return [{ section, href: applicationPath(application.id, `/lapa/${next?.id}`), status }];
  });
}

async function openDraft(request: FastifyRequest, reply: FastifyReply, services: AppServices): Promise<Opened | null> {
  const opened = await openApplication(request, reply, services);
  if (!opened) return null;
  if (opened.application.status === "submitted") {
    go(request, reply, applicationPath(opened.application.id, "/iesniegts"));
    return null;
  }
  return opened;
}

async function showCheck(
  request: FastifyRequest,
  reply: FastifyReply,
  services: AppServices,
  opened: Opened,
  errors: Record<string, string>,
  refusal: string | null = null,
) {
  const { flow, application } = opened;
  const locale = request.locale;
  const attachments = asksForFiles(flow.definition) ? await attachmentsOf(services.db, application.id) : [];
  const pages = visiblePages(flow);
  const last = pages[pages.length - 1];
  const fee = await feeState(services.db, application.id, flow);
  return reply.page(
    <CheckAnswersPage
      applicationId={application.id}
      serviceTitle={flow.definition.title[locale]}
      sections={answerSummary({ flow, locale, t: request.t, attachments })}
      declaration={flow.definition.declaration[locale]}
      fee={fee ? feeView(fee, locale, application.id) : null}
      justPaid={(request.query as { samaksats?: unknown }).samaksats === "1" && fee?.paid !== null}
      applicantName={application.subjectName}
      assistedNote={assistedNote(request, application)}
      refusal={refusal}
      csrfToken={reply.generateCsrf()}
      errors={errors}
      backHref={flow.definition.sections?.length ? applicationPath(application.id) : applicationPath(application.id, `/lapa/${last?.id}`)}
    />,
  );
}

function checkRoutes(app: FastifyInstance, services: AppServices): void {
  app.get<IdParams>("/pieteikumi/:id", async (request, reply) => {
    const opened = await openDraft(request, reply, services);
    if (!opened) return reply;
    const { flow, application } = opened;
    const incomplete = firstIncomplete(flow, application.completedPages);
    if (!flow.definition.sections?.length) {
      return go(
        request,
        reply,
        incomplete ? applicationPath(application.id, `/lapa/${incomplete.id}`) : applicationPath(application.id, "/parbaude"),
      );
    }
    return reply.page(
      <TaskListPage
        applicationId={application.id}
        serviceTitle={flow.definition.title[request.locale]}
        tasks={tasksOf(opened)}
        checkHref={incomplete ? null : applicationPath(application.id, "/parbaude")}
      />,
    );
  });

  app.get<IdParams>("/pieteikumi/:id/parbaude", async (request, reply) => {
    const opened = await openDraft(request, reply, services);
    if (!opened) return reply;
    const incomplete = firstIncomplete(opened.flow, opened.application.completedPages);
    if (incomplete) return go(request, reply, applicationPath(opened.application.id, `/lapa/${incomplete.id}`));
    return showCheck(request, reply, services, opened, {});
  });

  app.post<IdParams>("/pieteikumi/:id/iesniegt", async (request, reply) => {
    const opened = await openApplication(request, reply, services);
    if (!opened) return reply;
    const { application, flow } = opened;
    if (application.status === "submitted") return go(request, reply, applicationPath(application.id, "/iesniegts"));
    // The fee is paid first; the submission itself checks it again, in its transaction.
    if (((await feeState(services.db, application.id, flow))?.toPay ?? 0) > 0) {
      return go(request, reply, applicationPath(application.id, "/samaksa"));
    }
    if (formBody(request.body).fields.declaration !== "yes") {
      reply.code(422);
      return showCheck(request, reply, services, opened, { declaration: request.t("eservices.check.declaration_required") });
    }
    const identity = requireIdentity(request);
    const ownName = `${identity.session.givenName} ${identity.session.familyName}`;
    const now = services.clock.now();
    // Read before the transaction: on the embedded database it holds the only connection.
    const institution = await institutionName(services, flow.definition.institution, request.locale);
    try {
      await inTransaction(services.db, (trx) =>
        submitApplication(applicationContext(request, trx, application), {
          applicationId: application.id,
          published: opened.published,
          now,
          today: now.toISOString().slice(0, 10),
          locale: request.locale,
          t: request.t,
          jobs: services.jobs,
          institutionName: institution,
          submittedByName: application.subjectName === ownName ? null : ownName,
          followUrl: `${services.config.publicUrl}${localePath(request.locale, "/mani-pieteikumi")}`,
        }),
      );
    } catch (error) {
      // An answer the stored definition no longer accepts: back to that page with its messages.
      if (error instanceof AppError && error.code === "answers_invalid" && error.fields?.page) {
        return go(request, reply, applicationPath(application.id, `/lapa/${error.fields.page}?atpakal=parbaude&parbaudit=1`));
      }
      // The mandate or the written authorisation it was filled under is no longer in force.
      if (
        error instanceof AppError &&
        (error.code === "eservices_mandate_not_in_force" || error.code === "eservices_authorisation_not_in_force")
      ) {
        const problem = error.fields?.problem;
        const key = problem ? `${error.code}.${problem}` : error.code;
        return showCheck(request, reply.code(403), services, opened, {}, request.t(key, { number: error.fields?.number ?? "" }));
      }
      // The answers changed what is due since the check page was shown: pay the rest first.
      if (error instanceof AppError && error.code === "eservices_fee_unpaid") {
        return go(request, reply, applicationPath(application.id, "/samaksa"));
      }
      throw error;
    }
    return go(request, reply, applicationPath(application.id, "/iesniegts"));
  });
}

function afterRoutes(app: FastifyInstance, services: AppServices): void {
  app.get<IdParams>("/pieteikumi/:id/iesniegts", async (request, reply) => {
    const opened = await openApplication(request, reply, services);
    if (!opened) return reply;
    const { application, flow } = opened;
    if (application.status !== "submitted" || !application.number || !application.submittedAt)
      return go(request, reply, applicationPath(application.id));
    const person = await findPersonById(services.db, opened.identity.session.personId);
    const fee = flow.definition.fee ? await feeState(services.db, application.id, flow) : null;
    return reply.page(
      <ConfirmationPage
        applicationId={application.id}
        serviceTitle={flow.definition.title[request.locale]}
        number={application.number}
        institutionName={await institutionName(services, flow.definition.institution, request.locale)}
        submittedAt={application.submittedAt}
        email={person?.emailVerifiedAt ? person.email : null}
        paid={paidView(request.locale, fee?.paid ?? null)}
      />,
    );
  });

  app.get<IdParams>("/pieteikumi/:id/saglabats", async (request, reply) => {
    const opened = await openDraft(request, reply, services);
    if (!opened) return reply;
    const { application, flow } = opened;
    return reply.page(
      <SavedPage
        applicationId={application.id}
        serviceTitle={flow.definition.title[request.locale]}
        expiresAt={application.expiresAt ?? services.clock.now()}
        continueHref={applicationPath(application.id)}
      />,
    );
  });

  app.get<IdParams>("/pieteikumi/:id/apliecinajums.pdf", async (request, reply) => {
    const opened = await openApplication(request, reply, services);
    if (!opened) return reply;
    const pdf = await receiptOf(services.db, opened.application.id);
    if (!pdf) throw new AppError("not_found", 404);
    return reply
      .type("application/pdf")
      .header("content-disposition", contentDisposition(`${opened.application.number}.pdf`))
      .header("cache-control", "private, no-store")
      .send(pdf);
  });

  app.get<{ Params: { id: string; attachment: string } }>("/pieteikumi/:id/pielikumi/:attachment", async (request, reply) => {
    const opened = await openApplication(request, reply, services);
    if (!opened) return reply;
    const file = isUuid(request.params.attachment)
      ? await attachmentContent(services.db, opened.application.id, request.params.attachment)
      : null;
    if (!file) throw new AppError("not_found", 404);
    // Always a download, never rendered here: an uploaded file cannot run as a page of this site.
    return reply
      .type(file.media_type)
      .header("content-disposition", contentDisposition(file.file_name))
      .header("cache-control", "private, no-store")
      .header("content-security-policy", "default-src 'none'; sandbox")
      .send(file.content);
  });

  app.post<IdParams>("/pieteikumi/:id/dzest", async (request, reply) => {
    const opened = await openDraft(request, reply, services);
    if (!opened) return reply;
    await inTransaction(services.db, (trx) =>
      deleteDraft(applicationContext(request, trx, opened.application), { applicationId: opened.application.id }),
    );
    return go(request, reply, "/mani-pieteikumi?dzests=1");
  });
}

function myApplicationsRoutes(app: FastifyInstance, services: AppServices): void {
  app.get<{ Querystring: { dzests?: string } }>("/mani-pieteikumi", { preHandler: signedIn() }, async (request, reply) => {
    const identity = requireIdentity(request);
    const { session } = identity;
    const company = session.acting.kind === "company" ? session.acting.id : null;
    // An agent acting for a person sees what they filled for them, not all of the person's applications.
    const agent = session.acting.kind === "person";
    const applications = await applicationsOf(services.db, {
      createdBy: `user:${session.personId}`,
      actingFor: onBehalfOf(identity),
      subject: agent ? null : company ? { kind: "company", id: company } : { kind: "person", id: session.personId },
    });
    const titles = new Map<string, string>();
    for (const service of new Set(applications.map((a) => a.service))) {
      const latest = await latestDefinition(services.db, service);
      titles.set(service, latest?.definition.title[request.locale] ?? service);
    }
    // Amounts an institution asked for after its decision are paid from here.
    const due = new Map<string, number>();
    for (const request of await dueRequestsOf(
      services.db,
      applications.filter((a) => a.status === "submitted").map((a) => a.id),
    )) {
      if (!due.has(request.applicationId)) due.set(request.applicationId, request.amountCents);
    }
    const entries: ApplicationEntry[] = applications.map((a) => ({
      id: a.id,
      title: titles.get(a.service) ?? a.service,
      subjectName: a.subjectName,
      status: a.status,
      number: a.number,
      updatedAt: a.updatedAt,
      expiresAt: a.expiresAt,
      submittedAt: a.submittedAt,
      channel: a.channel,
      assistedNote: assistedNote(request, a),
      due: due.has(a.id) ? { amount: formatEuro(request.locale, due.get(a.id) ?? 0), href: applicationPath(a.id, "/samaksa") } : null,
    }));
    const notice = request.query.dzests ? "eservices.mine.deleted" : null;
    return reply.page(<MyApplicationsPage entries={entries} csrfToken={reply.generateCsrf()} notice={notice} />);
  });
}

export function applicationRoutes(app: FastifyInstance, services: AppServices): void {
  checkRoutes(app, services);
  paymentRoutes(app, services);
  afterRoutes(app, services);
  myApplicationsRoutes(app, services);
}
