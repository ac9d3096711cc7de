// The institution editors' pages under /darbs/katalogs: the institution's services, writing a
// service (or a municipality's local details of a national one) as a draft, sending it for
// review, a second editor's review and publishing, and the history of published versions.
// Every route needs a staff role of editor; an editor sees only their institution's services.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { actingAsStaff, contextOf } from "../identity/index.ts";
import { allInstitutions } from "./catalog.repository.ts";
import type { CatalogueServices } from "./catalogue-services.ts";
import { saveServiceDraft } from "./commands/save-service-draft.ts";
import { submitServiceForReview } from "./commands/submit-service-for-review.ts";
import { problemsOf as schemaProblems, serviceSchema } from "./document-schema.ts";
import { identifierTaken } from "./editor/editor.repository.ts";
import {
  type EditorGuard,
  editorInstitution,
  editorUnit,
  ownService,
  problemsOf,
  queryOf,
  serviceHeading,
  statusOf,
  templateOf,
  workingCopy,
} from "./editor/editor-pages.ts";
import { applyListAction, type FormAction, formActionOf } from "./editor/form-action.ts";
import { asFormBody, type FormBody, field } from "./editor/form-body.ts";
import { previewOf } from "./editor/preview.ts";
import { reviewRoutes } from "./editor/review.routes.tsx";
import { newServiceForm, type ServiceForm, serviceDocumentOf, serviceFormFromDocument, serviceFormOf } from "./editor/service-form.ts";
import { inState, serviceListEntries } from "./editor/service-list.ts";
import { type VariantForm, variantDocumentOf, variantFormFromDocument, variantFormOf } from "./editor/variant-form.ts";
import type { LocalVariantDocument, ServiceDocument } from "./model.ts";
import { isLocalVariant } from "./resolve-variant.ts";
import { ServiceEditPage, ServiceInReviewPage } from "./views/editor-form.tsx";
import { ServiceListPage, STATE_FIELD, STATE_FILTERS, type StateFilter } from "./views/editor-list.tsx";
import { EDITOR_PATHS } from "./views/editor-parts.tsx";
import { PreviewPage } from "./views/editor-preview.tsx";
import type { EditorNotice } from "./views/editor-status.tsx";
import { VariantEditPage } from "./views/editor-variant.tsx";

type Db = CatalogueServices["db"];

function go(request: FastifyRequest, reply: FastifyReply, path: string): FastifyReply {
  return reply.redirect(localePath(request.locale, path), 303);
}

// ---- The list ----

function listRoutes(app: FastifyInstance, db: Db, editor: EditorGuard): void {
  app.get(EDITOR_PATHS.list, editor, async (request, reply) => {
    const institution = await editorInstitution(db, editorUnit(request));
    const entries = await serviceListEntries(db, institution, request.locale);
    const asked = queryOf(request)[STATE_FIELD];
    const filter: StateFilter = STATE_FILTERS.includes(asked as StateFilter) ? (asked as StateFilter) : "visi";
    return reply.page(
      <ServiceListPage
        institution={institution}
        entries={entries.filter((e) => inState(e, filter))}
        waiting={entries.filter((e) => inState(e, "parbaude"))}
        filter={filter}
      />,
    );
  });
}

// ---- Writing a service ----

type Shown = { notice: EditorNotice; problems: Record<string, string>; status?: number };

async function municipalityChoices(db: Db) {
  const all = await allInstitutions(db);
  return all.filter((i) => i.kind === "municipality" || i.kind === "state_city").map((i) => ({ identifier: i.identifier, name: i.name }));
}

async function showServiceForm(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  identifier: string,
  form: ServiceForm,
  shown: Shown,
): Promise<FastifyReply> {
  const service = await ownService(db, request);
  return reply
    .code(shown.status ?? 200)
    .page(
      <ServiceEditPage
        identifier={identifier}
        form={form}
        institution={await editorInstitution(db, editorUnit(request))}
        municipalities={await municipalityChoices(db)}
        status={await statusOf(db, service)}
        notice={shown.notice}
        problems={shown.problems}
        csrfToken={reply.generateCsrf()}
      />,
    );
}

async function showVariantForm(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  doc: LocalVariantDocument,
  form: VariantForm,
  shown: Shown,
): Promise<FastifyReply> {
  const service = await ownService(db, request);
  return reply
    .code(shown.status ?? 200)
    .page(
      <VariantEditPage
        identifier={doc.identifier}
        form={form}
        template={await templateOf(db, doc.template)}
        municipality={await editorInstitution(db, editorUnit(request))}
        status={await statusOf(db, service)}
        notice={shown.notice}
        problems={shown.problems}
        csrfToken={reply.generateCsrf()}
      />,
    );
}

function validationFields(error: unknown): Record<string, string> {
  if (error instanceof AppError && error.code === "validation_failed" && error.fields) return error.fields;
  throw error;
}

/**
 * Saves the draft (whatever state it is in), then does what the button asked: show it saved,
 * preview it, or send it for review, which a draft with problems is refused with them listed.
 */
async function saveThen(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  document: ServiceDocument | LocalVariantDocument,
  action: FormAction,
  showRefused: (problems: Record<string, string>) => Promise<FastifyReply>,
): Promise<FastifyReply> {
  const institution = editorUnit(request);
  const identifier = document.identifier;
  await inTransaction(db, (trx) => saveServiceDraft(contextOf(request, trx), { document, institution }));
  if (action.kind === "preview") return go(request, reply, EDITOR_PATHS.preview(identifier));
  if (action.kind !== "submit") return reply.redirect(`${localePath(request.locale, EDITOR_PATHS.edit(identifier))}?saglabats=1`, 303);
  try {
    await inTransaction(db, (trx) => submitServiceForReview(contextOf(request, trx), { identifier, institution }));
  } catch (error) {
    return showRefused(validationFields(error));
  }
  return reply.redirect(`${localePath(request.locale, EDITOR_PATHS.review(identifier))}?nodots=1`, 303);
}

function isListAction(action: FormAction): action is Extract<FormAction, { kind: "add" | "remove" }> {
  return action.kind === "add" || action.kind === "remove";
}

function newServiceRoutes(app: FastifyInstance, db: Db, editor: EditorGuard): void {
  const render = async (request: FastifyRequest, reply: FastifyReply, form: ServiceForm, typed: string, problems: Record<string, string>) =>
    reply
      .code(Object.keys(problems).length ? 400 : 200)
      .page(
        <ServiceEditPage
          identifier={null}
          typedIdentifier={typed}
          form={form}
          institution={await editorInstitution(db, editorUnit(request))}
          municipalities={await municipalityChoices(db)}
          status={null}
          notice={null}
          problems={problems}
          csrfToken={reply.generateCsrf()}
        />,
      );

  app.get(EDITOR_PATHS.create, editor, async (request, reply) => render(request, reply, newServiceForm(), "", {}));

  app.post(EDITOR_PATHS.create, editor, async (request, reply) => {
    const body = asFormBody(request.body);
    const action = formActionOf(body);
    const form = serviceFormOf(body);
    const identifier = field(body, "identifier").trim();
    if (isListAction(action)) return render(request, reply, applyListAction(form, action), identifier, {});
    const document = serviceDocumentOf(form, identifier, editorUnit(request));
    // The identifier is the one thing a draft cannot be saved without: it names the draft.
    const wrong = schemaProblems(serviceSchema, document).find((p) => p.path === "identifier");
    if (wrong) return render(request, reply, form, identifier, { identifier: `catalog.problem.${wrong.code}` });
    if (await identifierTaken(db, identifier))
      return render(request, reply, form, identifier, { identifier: "catalog.editor.identifier_taken" });
    return saveThen(db, request, reply, document, action, (problems) =>
      showServiceForm(db, request, reply, identifier, form, { notice: "submit_refused", problems, status: 400 }),
    );
  });
}

function noticeOf(request: FastifyRequest): "saved" | "returned" | null {
  const q = queryOf(request);
  if (q.saglabats === "1") return "saved";
  if (q.atgriezts === "1") return "returned";
  return null;
}

function editRoutes(app: FastifyInstance, { db, clock }: CatalogueServices, editor: EditorGuard): void {
  app.get(`${EDITOR_PATHS.edit(":identifier")}`, editor, async (request, reply) => {
    const service = await ownService(db, request);
    const doc = workingCopy(service);
    if (service.draftState === "in_review") {
      const institution = await editorInstitution(db, service.institution);
      return reply.page(
        <ServiceInReviewPage
          heading={await serviceHeading(db, doc, institution, request.locale)}
          caption={institution.name[request.locale]}
          status={await statusOf(db, service)}
        />,
      );
    }
    let notice: EditorNotice = noticeOf(request);
    // After a save the page says what the draft still lacks before it can be sent for review.
    const problems = notice === "saved" ? await problemsOf(db, request, doc) : {};
    if (notice === "saved" && Object.keys(problems).length) notice = "saved_with_problems";
    const shown = { notice, problems };
    const decimalComma = request.locale === "lv";
    if (isLocalVariant(doc)) return showVariantForm(db, request, reply, doc, variantFormFromDocument(doc, decimalComma), shown);
    return showServiceForm(db, request, reply, service.identifier, serviceFormFromDocument(doc, decimalComma), shown);
  });

  app.post(`${EDITOR_PATHS.edit(":identifier")}`, editor, async (request, reply) => {
    const service = await ownService(db, request);
    if (service.draftState === "in_review") throw new AppError("catalog_draft_in_review", 409);
    const body: FormBody = asFormBody(request.body);
    const action = formActionOf(body);
    const current = workingCopy(service);
    const unit = editorUnit(request);
    if (isLocalVariant(current)) {
      const form = variantFormOf(body);
      if (isListAction(action))
        return showVariantForm(db, request, reply, current, applyListAction(form, action), { notice: null, problems: {} });
      const document = variantDocumentOf(form, service.identifier, current.template, unit);
      return saveThen(db, request, reply, document, action, (problems) =>
        showVariantForm(db, request, reply, current, form, { notice: "submit_refused", problems, status: 400 }),
      );
    }
    const form = serviceFormOf(body);
    if (isListAction(action))
      return showServiceForm(db, request, reply, service.identifier, applyListAction(form, action), { notice: null, problems: {} });
    return saveThen(db, request, reply, serviceDocumentOf(form, service.identifier, unit), action, (problems) =>
      showServiceForm(db, request, reply, service.identifier, form, { notice: "submit_refused", problems, status: 400 }),
    );
  });

  app.get(`${EDITOR_PATHS.preview(":identifier")}`, editor, async (request, reply) => {
    const service = await ownService(db, request);
    const preview = await previewOf(db, service, clock.now());
    if (!preview) throw new AppError("not_found", 404);
    const incomplete = service.draft ? Object.keys(await problemsOf(db, request, service.draft)).length > 0 : false;
    return reply.page(<PreviewPage identifier={service.identifier} preview={preview} incomplete={incomplete} />);
  });
}

export function editorRoutes(app: FastifyInstance, services: CatalogueServices): void {
  const { db } = services;
  const editor = { preHandler: actingAsStaff(["editor"]) };
  listRoutes(app, db, editor);
  newServiceRoutes(app, db, editor);
  editRoutes(app, services, editor);
  reviewRoutes(app, db, editor);
}
