// The institution editors' pages under /darbs/katalogs: the institution's services, writing a
// service (or a municipality's local details of a national one) as a draft, sending it for
// review, a second editor's review and publishing, and the history of published versions.
// Every route needs a staff role of editor; an editor sees only their institution's services.
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from "fastify";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { actingAsStaff, actorNames, contextOf } from "../identity/index.ts";
import { allInstitutions } from "./catalog.repository.ts";
import type { CatalogueServices } from "./catalogue-services.ts";
import { publishService, returnServiceDraft } from "./commands/publish-service.ts";
import { saveServiceDraft } from "./commands/save-service-draft.ts";
import { submitServiceForReview } from "./commands/submit-service-for-review.ts";
import { problemsOf as schemaProblems, serviceSchema } from "./document-schema.ts";
import { identifierTaken, institutionServices, serviceVersions, templateDocuments, versionDocument } from "./editor/editor.repository.ts";
import {
  editorActor,
  editorInstitution,
  editorUnit,
  ownService,
  problemsOf,
  serviceHeading,
  statusOf,
  templateOf,
  workingCopy,
} from "./editor/editor-pages.ts";
import { problemTarget } from "./editor/field-paths.ts";
import { applyListAction, type FormAction, formActionOf } from "./editor/form-action.ts";
import { asFormBody, type FormBody, field } from "./editor/form-body.ts";
import { previewOf } from "./editor/preview.ts";
import { newServiceForm, type ServiceForm, serviceDocumentOf, serviceFormFromDocument, serviceFormOf } from "./editor/service-form.ts";
import { type VariantForm, variantDocumentOf, variantFormFromDocument, variantFormOf } from "./editor/variant-form.ts";
import type { LocalVariantDocument, ServiceDocument } from "./model.ts";
import { isLocalVariant } from "./resolve-variant.ts";
import { versionDiff } from "./version-diff.ts";
import { ServiceEditPage, ServiceInReviewPage } from "./views/editor-form.tsx";
import { type Comparison, HistoryPage } from "./views/editor-history.tsx";
import { type ListEntry, ServiceListPage, STATE_FIELD, STATE_FILTERS, type StateFilter } from "./views/editor-list.tsx";
import { actorName, EDITOR_PATHS, listProblems } from "./views/editor-parts.tsx";
import { PreviewPage } from "./views/editor-preview.tsx";
import { ReviewPage } from "./views/editor-review.tsx";
import type { EditorNotice } from "./views/editor-status.tsx";
import { VariantEditPage } from "./views/editor-variant.tsx";

type Db = CatalogueServices["db"];
type Guard = { preHandler: preHandlerAsyncHookHandler };

function query(request: FastifyRequest): Record<string, unknown> {
  return request.query as Record<string, unknown>;
}

function go(request: FastifyRequest, reply: FastifyReply, path: string): FastifyReply {
  return reply.redirect(localePath(request.locale, path), 303);
}

// ---- The list ----

function listRoutes(app: FastifyInstance, db: Db, editor: Guard): void {
  app.get(EDITOR_PATHS.list, editor, async (request, reply) => {
    const unit = editorUnit(request);
    const institution = await editorInstitution(db, unit);
    const services = await institutionServices(db, unit);
    const templates = await templateDocuments(
      db,
      services.flatMap((s) => (s.template ? [s.template] : [])),
    );
    const names = await actorNames(
      db,
      services.flatMap((s) => (s.submittedBy ? [s.submittedBy] : [])),
    );
    const entries: ListEntry[] = services.map((s) => {
      const doc = workingCopy(s);
      const template = isLocalVariant(doc) ? templates.get(doc.template) : undefined;
      const title = template
        ? { lv: `${template.title.lv} (${institution.name.lv})`, en: `${template.title.en} (${institution.name.en})` }
        : { lv: (doc as ServiceDocument).title?.lv || s.identifier, en: (doc as ServiceDocument).title?.en || s.identifier };
      return {
        identifier: s.identifier,
        title,
        publishedVersion: s.publishedVersion,
        draftState: s.draftState,
        submittedBy: s.submittedBy ? (names.get(s.submittedBy) ?? "—") : null,
        draftSavedAt: s.draftUpdatedAt,
      };
    });
    const collator = new Intl.Collator(request.locale);
    entries.sort((a, b) => collator.compare(a.title[request.locale], b.title[request.locale]));
    const asked = query(request)[STATE_FIELD];
    const filter: StateFilter = STATE_FILTERS.includes(asked as StateFilter) ? (asked as StateFilter) : "visi";
    const shown = entries.filter(
      (e) =>
        filter === "visi" ||
        (filter === "publicets" && e.publishedVersion !== null) ||
        (filter === "melnraksts" && e.draftState === "editing") ||
        (filter === "parbaude" && e.draftState === "in_review"),
    );
    const waiting = entries.filter((e) => e.draftState === "in_review");
    return reply.page(<ServiceListPage institution={institution} entries={shown} waiting={waiting} filter={filter} />);
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

function newServiceRoutes(app: FastifyInstance, db: Db, editor: Guard): void {
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
  const q = query(request);
  if (q.saglabats === "1") return "saved";
  if (q.atgriezts === "1") return "returned";
  return null;
}

function editRoutes(app: FastifyInstance, { db, clock }: CatalogueServices, editor: Guard): void {
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

// ---- Review ----

/** Why publishing may be refused, as the reviewer is told on the review page. */
const REFUSALS = new Set(["catalog_review_by_another", "catalog_not_in_review", "validation_failed"]);

function reviewRoutes(app: FastifyInstance, db: Db, editor: Guard): void {
  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    refused: { message: string; fields: Record<string, string> } | null,
    status = 200,
  ) => {
    const service = await ownService(db, request);
    const doc = workingCopy(service);
    const institution = await editorInstitution(db, service.institution);
    const changes = service.draft ? versionDiff(service.published ?? {}, service.draft) : [];
    return reply
      .code(status)
      .page(
        <ReviewPage
          heading={await serviceHeading(db, doc, institution, request.locale)}
          caption={institution.name[request.locale]}
          status={await statusOf(db, service)}
          changes={changes}
          ownSubmission={service.submittedBy === editorActor(request)}
          submitted={query(request).nodots === "1"}
          refused={refused ? { message: refused.message, problems: listProblems(request.t, refused.fields, problemTarget) } : null}
          csrfToken={reply.generateCsrf()}
        />,
      );
  };

  app.get(EDITOR_PATHS.review(":identifier"), editor, async (request, reply) => render(request, reply, null));

  app.post(`${EDITOR_PATHS.review(":identifier")}/publicet`, editor, async (request, reply) => {
    const service = await ownService(db, request);
    try {
      const version = await inTransaction(db, (trx) =>
        publishService(contextOf(request, trx), { identifier: service.identifier, institution: service.institution }),
      );
      return reply.redirect(`${localePath(request.locale, EDITOR_PATHS.history(service.identifier))}?publicets=${version}`, 303);
    } catch (error) {
      if (!(error instanceof AppError && REFUSALS.has(error.code))) throw error;
      const message = error.code === "validation_failed" ? "catalog.editor.review.invalid" : error.code;
      return render(request, reply, { message, fields: error.fields ?? {} }, error.status);
    }
  });

  app.post(`${EDITOR_PATHS.review(":identifier")}/atgriezt`, editor, async (request, reply) => {
    const service = await ownService(db, request);
    await inTransaction(db, (trx) =>
      returnServiceDraft(contextOf(request, trx), { identifier: service.identifier, institution: service.institution }),
    );
    return reply.redirect(`${localePath(request.locale, EDITOR_PATHS.edit(service.identifier))}?atgriezts=1`, 303);
  });
}

// ---- History ----

/** The versions to compare, from `?a=&b=`; by default the latest against the one before. */
async function comparisonOf(db: Db, request: FastifyRequest, identifier: string, versions: number[]): Promise<Comparison> {
  const q = query(request);
  const asked = q.a !== undefined || q.b !== undefined;
  const [latest = 0, previous = 0] = versions;
  const a = asked ? String(q.a ?? "") : String(previous);
  const b = asked ? String(q.b ?? "") : String(latest);
  const errors: Record<string, string> = {};
  if (!versions.map(String).includes(a)) errors.a = "catalog.editor.history.choose_version";
  if (!versions.map(String).includes(b)) errors.b = "catalog.editor.history.choose_version";
  if (!errors.a && !errors.b && a === b) errors.b = "catalog.editor.history.same_version";
  if (versions.length < 2 || Object.keys(errors).length) return { a, b, errors: versions.length < 2 ? {} : errors, changes: null };
  const [before, after] = await Promise.all([versionDocument(db, identifier, Number(a)), versionDocument(db, identifier, Number(b))]);
  return { a, b, errors, changes: versionDiff(before, after) };
}

function historyRoutes(app: FastifyInstance, db: Db, editor: Guard): void {
  app.get(EDITOR_PATHS.history(":identifier"), editor, async (request, reply) => {
    const service = await ownService(db, request);
    const doc = workingCopy(service);
    const institution = await editorInstitution(db, service.institution);
    const versions = await serviceVersions(db, service.identifier);
    const names = await actorNames(
      db,
      versions.flatMap((v) => [v.publishedBy, ...(v.submittedBy ? [v.submittedBy] : [])]),
    );
    const comparison = await comparisonOf(
      db,
      request,
      service.identifier,
      versions.map((v) => v.version),
    );
    const published = Number(query(request).publicets);
    return reply.code(Object.keys(comparison.errors).length ? 400 : 200).page(
      <HistoryPage
        identifier={service.identifier}
        heading={await serviceHeading(db, doc, institution, request.locale)}
        caption={institution.name[request.locale]}
        versions={versions.map((v) => ({
          version: v.version,
          publishedAt: v.publishedAt,
          publishedBy: actorName(names, v.publishedBy, request.t),
          submittedBy: actorName(names, v.submittedBy, request.t),
        }))}
        comparison={comparison}
        published={Number.isInteger(published) && published > 0 ? published : null}
      />,
    );
  });
}

export function editorRoutes(app: FastifyInstance, services: CatalogueServices): void {
  const { db } = services;
  const editor = { preHandler: actingAsStaff(["editor"]) };
  listRoutes(app, db, editor);
  newServiceRoutes(app, db, editor);
  editRoutes(app, services, editor);
  reviewRoutes(app, db, editor);
  historyRoutes(app, db, editor);
}
