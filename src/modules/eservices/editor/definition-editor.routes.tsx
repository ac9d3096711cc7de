// The institution editors' pages for e-service definitions, under /darbs/e-pakalpojumi: the
// institution's e-services and a new one for a catalogue service; one e-service's overview with its
// draft's problems, publishing, discarding, download and upload of the definition as a file, and
// its versions; and the structured editor (general settings, pages, questions) with a preview.
// Every route needs a staff role of editor; an editor sees only their institution's e-services.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { stringify } from "yaml";
import type { Tables } from "../../../platform/db/tables.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors.ts";
import { formBody } from "../../../platform/http/multipart-body.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { AppServices } from "../../../platform/module.ts";
import { institutionById, serviceSummaries, servicesOfInstitution } from "../../catalog/index.ts";
import { actingAsStaff, actorNames, contextOf } from "../../identity/index.ts";
import { createDefinition } from "../commands/create-definition.ts";
import { discardDefinitionDraft } from "../commands/discard-definition-draft.ts";
import { publishDefinition, publishDefinitionDocument } from "../commands/publish-definition.ts";
import { draftProblems, saveDefinitionDraft } from "../commands/save-definition-draft.ts";
import { definitionsOfInstitution, type StoredDefinition, versionDocument, versionsOf } from "../definition/definition.repository.ts";
import type { DefinitionProblem } from "../definition/definition-schema.ts";
import { maturityOf } from "../definition/maturity.ts";
import type { EServiceDefinition } from "../definition/model.ts";
import { type ReadFile, readDefinitionFile } from "../definition/parse-definition-file.ts";
import { PREFILL_SHAPES } from "../definition/prefill-paths.ts";
import type { Choice } from "../views/editor-fields.tsx";
import { DefinitionGeneralPage } from "../views/editor-general.tsx";
import { DefinitionListPage } from "../views/editor-list.tsx";
import { DefinitionOverviewPage, type OverviewNotice, UPLOAD_FIELD } from "../views/editor-overview.tsx";
import { DefinitionPagePage } from "../views/editor-page.tsx";
import { lowerFirst, type SummaryItem } from "../views/editor-parts.tsx";
import { DefinitionQuestionPage } from "../views/editor-question.tsx";
import { DefinitionStructurePage } from "../views/editor-structure.tsx";
import { formatEuro } from "../views/parts.tsx";
import { asList, asObject, asString, asStrings, asText, type QuestionAt, questionPath, valueAt, withValueAt } from "./draft.ts";
import { editorInstitution, indexParam, ownDefinition, workingCopy } from "./editor-access.ts";
import { type Fields, field } from "./form-fields.ts";
import { emptySection, GENERAL_LISTS, generalFormFrom, generalFormOf, generalTarget, withGeneral } from "./general-form.ts";
import { applyListAction, editorActionOf, isListAction, type ListAction, rowAfter } from "./list-actions.ts";
import { PAGE_LISTS, type PageForm, pageFormFrom, pageFormOf, pageTarget, withPage } from "./page-form.ts";
import { DEFINITION_PATHS, DEFINITION_ROUTES, fieldId } from "./paths.ts";
import { describePlace } from "./places.ts";
import { pagePreview } from "./preview-questions.ts";
import { fieldErrors, freshId, isGeneral, problemLink, problemMessage, screenProblems, structureTarget, takenIds } from "./problems.ts";
import {
  EMPTY_ROW,
  QUESTION_LISTS,
  type QuestionForm,
  questionFormFrom,
  questionFormOf,
  questionTarget,
  withQuestion,
} from "./question-form.ts";

export { publishDefinitionDocument } from "../commands/publish-definition.ts";

type Db = Kysely<Tables>;
type Guard = { preHandler: ReturnType<typeof actingAsStaff> };

function go(request: FastifyRequest, reply: FastifyReply, path: string): FastifyReply {
  return reply.redirect(localePath(request.locale, path), 303);
}

function fieldsOf(request: FastifyRequest): Fields {
  return formBody(request.body).fields;
}

function queryOf(request: FastifyRequest): Record<string, unknown> {
  return request.query as Record<string, unknown>;
}

function titleOf(doc: unknown, request: FastifyRequest, fallback: string): string {
  const title = asText(asObject(doc).title);
  return title[request.locale] || title.lv || fallback;
}

async function saveDraft(db: Db, request: FastifyRequest, definition: StoredDefinition, draft: unknown): Promise<void> {
  await inTransaction(db, (trx) => saveDefinitionDraft(contextOf(request, trx), { service: definition.service, draft }));
}

function problemsOf(definition: StoredDefinition, draft: unknown): DefinitionProblem[] {
  return draftProblems(draft, definition);
}

// ---- The list ----

async function showList(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  chosen = "",
  error: string | null = null,
): Promise<FastifyReply> {
  const institution = editorInstitution(request);
  const locale = request.locale;
  const definitions = await definitionsOfInstitution(db, institution);
  const catalogue = await servicesOfInstitution(db, institution);
  const titles = new Map(catalogue.map((s) => [s.identifier, s.title[locale]]));
  const taken = new Set(definitions.map((d) => d.service));
  return reply.code(error ? 400 : 200).page(
    <DefinitionListPage
      institution={(await institutionById(db, institution))?.name[locale] ?? institution}
      entries={definitions.map((d) => ({
        service: d.service,
        title: titleOf(workingCopy(d), request, titles.get(d.service) ?? d.service),
        catalogueTitle: titles.get(d.service) ?? d.service,
        publishedVersion: d.publishedVersion,
        publishedAt: d.publishedAt,
        maturity: d.published ? maturityOf(d.published) : null,
        hasDraft: d.draft !== null,
      }))}
      candidates={catalogue.filter((s) => !taken.has(s.identifier)).map((s) => ({ service: s.identifier, title: s.title[locale] }))}
      chosen={chosen}
      error={error}
      removed={queryOf(request).atmests === "1"}
      csrfToken={reply.generateCsrf()}
    />,
  );
}

function listRoutes(app: FastifyInstance, db: Db, editor: Guard): void {
  app.get(DEFINITION_PATHS.list, editor, (request, reply) => showList(db, request, reply));

  app.post(DEFINITION_PATHS.list, editor, async (request, reply) => {
    const service = field(fieldsOf(request), "service").trim();
    if (!service) return showList(db, request, reply, "", "eservices.editor.create.choose");
    const institution = editorInstitution(request);
    try {
      await inTransaction(db, (trx) => createDefinition(contextOf(request, trx), { service, institution }));
    } catch (error) {
      if (error instanceof AppError && (error.code === "eservices_unknown_service" || error.code === "eservices_definition_exists")) {
        return showList(db, request, reply, service, error.code);
      }
      throw error;
    }
    return go(request, reply, DEFINITION_PATHS.overview(service));
  });
}

// ---- One e-service ----

type Refusal = { title: string; items: SummaryItem[] };

function noticeOf(request: FastifyRequest): OverviewNotice | null {
  const q = queryOf(request);
  if (typeof q.publicets === "string" && /^\d+$/.test(q.publicets)) return { kind: "published", version: Number(q.publicets) };
  if (q.augsupieladets === "1") return { kind: "uploaded" };
  if (q.atmests === "1") return { kind: "discarded" };
  return null;
}

async function showOverview(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  definition: StoredDefinition,
  refusal: Refusal | null = null,
  status = 200,
): Promise<FastifyReply> {
  const { t, locale } = request;
  const versions = await versionsOf(db, definition.service);
  const names = await actorNames(db, [...versions.map((v) => v.publishedBy), definition.draftUpdatedBy ?? ""]);
  const name = (actor: string | null) => (actor ? (names.get(actor) ?? t("eservices.editor.actor.system")) : "—");
  const catalogue = (await serviceSummaries(db, [definition.service])).get(definition.service);
  const { draft } = definition;
  return reply.code(status).page(
    <DefinitionOverviewPage
      service={definition.service}
      title={titleOf(workingCopy(definition), request, definition.service)}
      institution={(await institutionById(db, definition.institution))?.name[locale] ?? definition.institution}
      catalogueTitle={catalogue?.title[locale] ?? definition.service}
      maturity={definition.published ? maturityOf(definition.published) : null}
      versions={versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt, by: name(v.publishedBy) }))}
      draft={
        draft === null
          ? null
          : {
              savedAt: definition.draftUpdatedAt,
              by: name(definition.draftUpdatedBy),
              problems: problemsOf(definition, draft).map((p) => ({
                place: describePlace(t, locale, draft, p.path),
                message: lowerFirst(t(problemMessage(p.code)), locale),
                href: problemLink(definition.service, draft, p.path),
              })),
            }
      }
      notice={refusal ? null : noticeOf(request)}
      refusal={refusal}
      csrfToken={reply.generateCsrf()}
    />,
  );
}

/** An error a command refuses publishing with (the catalogue service gone, another institution's), shown on the overview. */
function refusedWith(request: FastifyRequest, error: unknown, title: string): Refusal {
  if (!(error instanceof AppError) || !error.code.startsWith("eservices_")) throw error;
  return { title, items: [{ href: "#draft-title", text: request.t(error.code) }] };
}

function overviewRoutes(app: FastifyInstance, db: Db, editor: Guard): void {
  app.get(DEFINITION_ROUTES.overview, editor, async (request, reply) => showOverview(db, request, reply, await ownDefinition(db, request)));

  app.post(DEFINITION_ROUTES.publish, editor, async (request, reply) => {
    const definition = await ownDefinition(db, request);
    if (definition.draft === null) return go(request, reply, DEFINITION_PATHS.overview(definition.service));
    try {
      const version = await inTransaction(db, (trx) => {
        const ctx = contextOf(request, trx);
        return publishDefinition(ctx, { service: definition.service, publishedBy: ctx.actor });
      });
      return go(request, reply, `${DEFINITION_PATHS.overview(definition.service)}?publicets=${version}`);
    } catch (error) {
      const title = request.t("eservices.editor.publish.refused");
      if (error instanceof AppError && error.code === "eservices_definition_invalid") {
        const draft = definition.draft;
        const items = problemsOf(definition, draft).map((p) => ({
          href: localePath(request.locale, problemLink(definition.service, draft, p.path)),
          text: request.t("eservices.editor.problem_at", {
            place: describePlace(request.t, request.locale, draft, p.path),
            problem: lowerFirst(request.t(problemMessage(p.code)), request.locale),
          }),
        }));
        return showOverview(db, request, reply, definition, { title, items }, 400);
      }
      return showOverview(
        db,
        request,
        reply,
        definition,
        refusedWith(request, error, title),
        error instanceof AppError ? error.status : 400,
      );
    }
  });

  app.post(DEFINITION_ROUTES.discard, editor, async (request, reply) => {
    const definition = await ownDefinition(db, request);
    if (definition.draft === null) return go(request, reply, DEFINITION_PATHS.overview(definition.service));
    const { removed } = await inTransaction(db, (trx) => discardDefinitionDraft(contextOf(request, trx), { service: definition.service }));
    return go(
      request,
      reply,
      removed ? `${DEFINITION_PATHS.list}?atmests=1` : `${DEFINITION_PATHS.overview(definition.service)}?atmests=1`,
    );
  });

  app.get(DEFINITION_ROUTES.download, editor, async (request, reply) => {
    const definition = await ownDefinition(db, request);
    const { format } = request.params as { format: string };
    if (format !== "json" && format !== "yaml") throw new AppError("not_found", 404);
    const asked = queryOf(request).versija;
    const version = typeof asked === "string" && /^\d{1,6}$/.test(asked) ? Number(asked) : null;
    if (asked !== undefined && version === null) throw new AppError("not_found", 404);
    const document = version === null ? workingCopy(definition) : await versionDocument(db, definition.service, version);
    if (document === null || document === undefined) throw new AppError("not_found", 404);
    const name = `${definition.service}${version === null ? "" : `-v${version}`}.${format}`;
    return reply
      .header("cache-control", "no-store")
      .header("content-disposition", `attachment; filename="${name}"`)
      .type(format === "json" ? "application/json; charset=utf-8" : "application/yaml; charset=utf-8")
      .send(format === "json" ? `${JSON.stringify(document, null, 2)}\n` : stringify(document, { lineWidth: 0 }));
  });
}

// ---- Upload ----

type FileProblem = { line?: number | undefined; column?: number | undefined; place: string | null; message: string };

/** What a refused file is told: each problem with its line (and column) in the file, its place in words and its message. */
function uploadItems(request: FastifyRequest, problems: FileProblem[]): SummaryItem[] {
  const { t } = request;
  return problems.map((p) => {
    const problem = p.place
      ? t("eservices.editor.problem_at", { place: p.place, problem: lowerFirst(t(p.message), request.locale) })
      : t(p.message);
    if (p.line === undefined) return { href: `#${UPLOAD_FIELD}`, text: problem };
    const at =
      p.column === undefined
        ? t("eservices.upload.at_line", { line: p.line })
        : t("eservices.upload.at_column", { line: p.line, column: p.column });
    return { href: `#${UPLOAD_FIELD}`, text: `${at}: ${problem}` };
  });
}

function uploadRoutes(app: FastifyInstance, db: Db, editor: Guard): void {
  app.post(DEFINITION_ROUTES.upload, editor, async (request, reply) => {
    const definition = await ownDefinition(db, request);
    const body = formBody(request.body);
    const file = body.files.file?.[0];
    const refuse = (items: SummaryItem[], status = 400) =>
      showOverview(
        db,
        request,
        reply,
        definition,
        { title: request.t("eservices.upload.refused", { file: file?.fileName ?? "" }), items },
        status,
      );
    if (!file) return refuse(uploadItems(request, [{ place: null, message: "eservices.upload.choose" }]));
    const read: ReadFile = file.truncated ? { ok: false, errors: [{ code: "file_too_large" }] } : readDefinitionFile(file);
    if (!read.ok) {
      return refuse(
        uploadItems(
          request,
          read.errors.map((e) => ({ line: e.line, column: e.column, place: null, message: `eservices.upload.${e.code}` })),
        ),
      );
    }
    const problems = problemsOf(definition, read.value);
    if (problems.length) {
      return refuse(
        uploadItems(
          request,
          problems.map((p) => ({
            line: read.lineOf(p.path),
            place: describePlace(request.t, request.locale, read.value, p.path),
            message: problemMessage(p.code),
          })),
        ),
      );
    }
    if (field(body.fields, "publish") !== "true") {
      await saveDraft(db, request, definition, read.value);
      return go(request, reply, `${DEFINITION_PATHS.overview(definition.service)}?augsupieladets=1`);
    }
    try {
      const version = await inTransaction(db, (trx) =>
        publishDefinitionDocument(contextOf(request, trx), read.value as EServiceDefinition),
      );
      return go(request, reply, `${DEFINITION_PATHS.overview(definition.service)}?publicets=${version}`);
    } catch (error) {
      const refusal = refusedWith(request, error, request.t("eservices.upload.refused", { file: file.fileName }));
      return refuse(refusal.items, error instanceof AppError ? error.status : 400);
    }
  });
}

// ---- The structure and general settings ----

function newQuestion(taken: Set<string>): Record<string, unknown> {
  const id = freshId("question", taken);
  taken.add(id);
  return { id, type: "text", label: { lv: "", en: "" } };
}

function newPage(taken: Set<string>): Record<string, unknown> {
  const id = freshId("page", taken);
  taken.add(id);
  return { id, title: { lv: "", en: "" }, questions: [newQuestion(taken)] };
}

/** The general settings in short, as the structure page lists them. */
function settingsOf(request: FastifyRequest, draft: unknown): { label: string; value: string }[] {
  const { t } = request;
  const d = asObject(draft);
  const list = (values: string[], key: string) => values.map((v) => t(`${key}.${v}`)).join(", ");
  const cents = asObject(d.fee).amountCents;
  const fee = d.fee === null ? t("eservices.editor.general.fee_no") : typeof cents === "number" ? formatEuro(request.locale, cents) : "";
  return [
    { label: t("eservices.place.field.title"), value: titleOf(draft, request, "") },
    { label: t("eservices.place.field.applicants"), value: list(asStrings(d.applicants), "eservices.editor.applicant") },
    { label: t("eservices.place.field.prefillSources"), value: list(asStrings(d.prefill), "eservices.editor.source") },
    { label: t("eservices.editor.general.fee"), value: fee },
    { label: t("eservices.place.field.decisionDelivery"), value: list(asStrings(d.decisionDelivery), "eservices.editor.delivery") },
    { label: t("eservices.place.field.sections"), value: String(asList(d.sections).length || "") },
  ];
}

function structureRoutes(app: FastifyInstance, db: Db, editor: Guard): void {
  app.get(DEFINITION_ROUTES.structure, editor, async (request, reply) => {
    const definition = await ownDefinition(db, request);
    const draft = workingCopy(definition);
    const problems = problemsOf(definition, draft);
    const shown = screenProblems(problems, "", structureTarget, isGeneral);
    return reply.page(
      <DefinitionStructurePage
        service={definition.service}
        title={titleOf(draft, request, definition.service)}
        institution={(await institutionById(db, definition.institution))?.name[request.locale] ?? definition.institution}
        settings={settingsOf(request, draft)}
        generalProblems={problems.filter((p) => isGeneral(p.path.split("."))).length}
        pages={asList(asObject(draft).pages).map((p) => ({
          id: asString(asObject(p).id),
          title: asText(asObject(p).title)[request.locale],
          questions: asList(asObject(p).questions).length,
        }))}
        problems={shown}
        part={draft}
        errors={fieldErrors(shown)}
        csrfToken={reply.generateCsrf()}
      />,
    );
  });

  app.post(DEFINITION_ROUTES.structure, editor, async (request, reply) => {
    const definition = await ownDefinition(db, request);
    const action = editorActionOf(fieldsOf(request), ["pages"]);
    const back = DEFINITION_PATHS.structure(definition.service);
    if (!isListAction(action)) return go(request, reply, back);
    const draft = workingCopy(definition);
    const pages = applyListAction(asList(asObject(draft).pages), action, () => newPage(takenIds(draft)));
    await saveDraft(db, request, definition, withValueAt(draft, "pages", pages));
    const row = rowAfter(action, pages.length);
    if (action.kind === "add") return go(request, reply, DEFINITION_PATHS.page(definition.service, row));
    return go(request, reply, `${back}#${fieldId(pages.length ? `pages.${row}` : "pages")}`);
  });

  app.get(DEFINITION_ROUTES.general, editor, async (request, reply) => {
    const definition = await ownDefinition(db, request);
    const draft = workingCopy(definition);
    return showGeneral(db, request, reply, definition, generalFormFrom(draft, request.locale === "lv"), {
      problems: problemsOf(definition, draft),
      saved: queryOf(request).saglabats === "1",
    });
  });

  app.post(DEFINITION_ROUTES.general, editor, async (request, reply) => {
    const definition = await ownDefinition(db, request);
    const fields = fieldsOf(request);
    const form = generalFormOf(fields);
    const action = editorActionOf(fields, GENERAL_LISTS);
    if (isListAction(action)) {
      const changed = { ...form, sections: applyListAction(form.sections, action, emptySection) };
      return showGeneral(db, request, reply, definition, changed, { problems: [], saved: false });
    }
    await saveDraft(db, request, definition, withGeneral(workingCopy(definition), form, definition));
    return go(request, reply, `${DEFINITION_PATHS.general(definition.service)}?saglabats=1`);
  });
}

async function showGeneral(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  definition: StoredDefinition,
  form: ReturnType<typeof generalFormOf>,
  shown: { problems: DefinitionProblem[]; saved: boolean },
): Promise<FastifyReply> {
  const draft = workingCopy(definition);
  const problems = screenProblems(
    shown.problems,
    "",
    (rest) => generalTarget(rest.join(".")),
    (rest) => !isGeneral(rest),
  );
  const institution = await institutionById(db, definition.institution);
  return reply.page(
    <DefinitionGeneralPage
      service={definition.service}
      title={titleOf(draft, request, definition.service)}
      institution={institution ? `${institution.name[request.locale]} (${definition.institution})` : definition.institution}
      form={form}
      part={draft}
      problems={problems}
      errors={fieldErrors(problems)}
      saved={shown.saved}
      csrfToken={reply.generateCsrf()}
    />,
  );
}

// ---- Pages and questions ----

/** The choices of register data for the sources the definition reads: values for a start value, lists for options and conditions. */
function prefillChoices(request: FastifyRequest, draft: unknown, kind: "value" | "list"): Choice[] {
  const sources = asStrings(asObject(draft).prefill);
  return Object.entries(PREFILL_SHAPES)
    .filter(([path, shape]) => shape === kind && sources.includes(path.split(".")[0] ?? ""))
    .map(([path]) => ({ value: path, label: request.t(`eservices.prefill_path.${path}`) }));
}

/** Questions as choices for a condition: "id — label". */
function questionChoices(request: FastifyRequest, questions: unknown[]): Choice[] {
  return questions
    .map((q) => ({ id: asString(asObject(q).id), label: asText(asObject(q).label)[request.locale] }))
    .filter((q) => q.id !== "")
    .map((q) => ({ value: q.id, label: q.label ? `${q.id} — ${q.label}` : q.id }));
}

function questionRows(request: FastifyRequest, questions: unknown) {
  return asList(questions).map((q) => ({
    id: asString(asObject(q).id),
    label: asText(asObject(q).label)[request.locale],
    type: asString(asObject(q).type),
  }));
}

function untitled(request: FastifyRequest): string {
  return request.t("eservices.editor.preview.untitled");
}

type PageScreen = { definition: StoredDefinition; draft: unknown; page: number; data: unknown };

async function pageScreen(db: Db, request: FastifyRequest): Promise<PageScreen> {
  const definition = await ownDefinition(db, request);
  const draft = workingCopy(definition);
  const page = indexParam(request, "page");
  const data = valueAt(draft, `pages.${page}`);
  if (data === undefined) throw new AppError("not_found", 404);
  return { definition, draft, page, data };
}

function showPage(
  request: FastifyRequest,
  reply: FastifyReply,
  screen: PageScreen,
  form: PageForm,
  shown: { problems: DefinitionProblem[]; saved: boolean; previewOf: unknown; unsaved: boolean },
): FastifyReply {
  const { definition, draft, page, data } = screen;
  const problems = screenProblems(shown.problems, `pages.${page}`, (rest) => pageTarget(form, rest));
  const others = asList(asObject(draft).pages).flatMap((p, i) => (i === page ? [] : asList(asObject(p).questions)));
  return reply.page(
    <DefinitionPagePage
      service={definition.service}
      title={titleOf(draft, request, definition.service)}
      page={page}
      form={form}
      questions={questionRows(request, asObject(data).questions)}
      sections={asList(asObject(draft).sections).map((s) => ({
        value: asString(asObject(s).id),
        label: asText(asObject(s).title)[request.locale] || asString(asObject(s).id),
      }))}
      part={data}
      problems={problems}
      errors={fieldErrors(problems)}
      saved={shown.saved}
      preview={pagePreview(shown.previewOf, untitled(request))}
      unsaved={shown.unsaved}
      conditionFields={questionChoices(request, others)}
      conditionLists={prefillChoices(request, draft, "list")}
      csrfToken={reply.generateCsrf()}
    />,
  );
}

function pageRoutes(app: FastifyInstance, db: Db, editor: Guard): void {
  app.get(DEFINITION_ROUTES.page, editor, async (request, reply) => {
    const screen = await pageScreen(db, request);
    return showPage(request, reply, screen, pageFormFrom(screen.data), {
      problems: problemsOf(screen.definition, screen.draft),
      saved: queryOf(request).saglabats === "1",
      previewOf: screen.data,
      unsaved: false,
    });
  });

  app.post(DEFINITION_ROUTES.page, editor, async (request, reply) => {
    const screen = await pageScreen(db, request);
    const { definition, draft, page } = screen;
    const fields = fieldsOf(request);
    const form = pageFormOf(fields);
    const action = editorActionOf(fields, PAGE_LISTS);
    const edited = withPage(screen.data, form);
    if (action.kind === "preview")
      return showPage(request, reply, screen, form, { problems: [], saved: false, previewOf: edited, unsaved: true });
    const here = DEFINITION_PATHS.page(definition.service, page);
    if (!isListAction(action)) {
      await saveDraft(db, request, definition, withValueAt(draft, `pages.${page}`, edited));
      return go(request, reply, `${here}?saglabats=1`);
    }
    const questions = applyListAction(asList(edited.questions), action, () => newQuestion(takenIds(draft)));
    await saveDraft(db, request, definition, withValueAt(draft, `pages.${page}`, { ...edited, questions }));
    return goToRow(request, reply, action, questions.length, here, (row) =>
      DEFINITION_PATHS.question(definition.service, { page, question: row, inner: null }),
    );
  });
}

/** After a list's button: a new question opens at once; otherwise back to the row that moved. */
function goToRow(
  request: FastifyRequest,
  reply: FastifyReply,
  action: ListAction,
  length: number,
  here: string,
  opened: (row: number) => string,
): FastifyReply {
  const row = rowAfter(action, length);
  if (action.kind === "add") return go(request, reply, opened(row));
  return go(request, reply, `${here}#${fieldId(length ? `questions.${row}` : "questions")}`);
}

type QuestionScreen = PageScreen & { at: QuestionAt; question: unknown };

async function questionScreen(db: Db, request: FastifyRequest): Promise<QuestionScreen> {
  const screen = await pageScreen(db, request);
  const params = request.params as { inner?: string };
  const at: QuestionAt = {
    page: screen.page,
    question: indexParam(request, "question"),
    inner: params.inner === undefined ? null : indexParam(request, "inner"),
  };
  const question = valueAt(screen.draft, questionPath(at));
  if (question === undefined) throw new AppError("not_found", 404);
  return { ...screen, at, question };
}

function showQuestion(
  request: FastifyRequest,
  reply: FastifyReply,
  screen: QuestionScreen,
  form: QuestionForm,
  shown: { problems: DefinitionProblem[]; saved: boolean; edited: unknown; unsaved: boolean },
): FastifyReply {
  const { definition, draft, at, data } = screen;
  const { locale } = request;
  const problems = screenProblems(shown.problems, questionPath(at), (rest) => questionTarget(form, rest));
  const pageTitle = asText(asObject(data).title)[locale] || request.t("eservices.place.page", { n: at.page + 1 });
  const group = at.inner === null ? null : valueAt(draft, questionPath({ ...at, inner: null }));
  const everyQuestion = asList(asObject(draft).pages).flatMap((p) => asList(asObject(p).questions));
  const siblings = group === null ? [] : asList(asObject(group).questions);
  const self = asString(asObject(screen.question).id);
  const previewPage = withValueAt({ pages: [data] }, questionPath({ ...at, page: 0 }), shown.edited);
  return reply.page(
    <DefinitionQuestionPage
      service={definition.service}
      title={titleOf(draft, request, definition.service)}
      at={at}
      pageTitle={pageTitle}
      groupLabel={group === null ? null : asText(asObject(group).label)[locale] || asString(asObject(group).id)}
      form={form}
      inner={questionRows(request, asObject(screen.question).questions)}
      prefillValues={prefillChoices(request, draft, "value")}
      prefillLists={prefillChoices(request, draft, "list")}
      part={screen.question}
      problems={problems}
      errors={fieldErrors(problems)}
      saved={shown.saved}
      preview={pagePreview(valueAt(previewPage, "pages.0"), untitled(request))}
      unsaved={shown.unsaved}
      conditionFields={questionChoices(request, [...siblings, ...everyQuestion]).filter((c) => c.value !== self)}
      conditionLists={prefillChoices(request, draft, "list")}
      csrfToken={reply.generateCsrf()}
    />,
  );
}

function questionRoutes(app: FastifyInstance, db: Db, editor: Guard): void {
  const show = async (request: FastifyRequest, reply: FastifyReply) => {
    const screen = await questionScreen(db, request);
    return showQuestion(request, reply, screen, questionFormFrom(screen.question, request.locale === "lv"), {
      problems: problemsOf(screen.definition, screen.draft),
      saved: queryOf(request).saglabats === "1",
      edited: screen.question,
      unsaved: false,
    });
  };

  const save = async (request: FastifyRequest, reply: FastifyReply) => {
    const screen = await questionScreen(db, request);
    const { definition, draft, at } = screen;
    const fields = fieldsOf(request);
    let form = questionFormOf(fields);
    const action = editorActionOf(fields, at.inner === null ? QUESTION_LISTS : QUESTION_LISTS.filter((l) => l !== "questions"));
    if (isListAction(action) && (action.list === "options" || action.list === "rules")) {
      const list = action.list;
      form = { ...form, [list]: applyListAction<unknown>(form[list], action, EMPTY_ROW[list]) };
      const edited = withQuestion(screen.question, form);
      return showQuestion(request, reply, screen, form, { problems: [], saved: false, edited, unsaved: true });
    }
    const edited = withQuestion(screen.question, form);
    if (action.kind === "preview") return showQuestion(request, reply, screen, form, { problems: [], saved: false, edited, unsaved: true });
    const here = DEFINITION_PATHS.question(definition.service, at);
    if (!isListAction(action)) {
      await saveDraft(db, request, definition, withValueAt(draft, questionPath(at), edited));
      return go(request, reply, `${here}?saglabats=1`);
    }
    const inner = applyListAction(asList(edited.questions), action, () => newQuestion(takenIds(draft)));
    await saveDraft(db, request, definition, withValueAt(draft, questionPath(at), { ...edited, questions: inner }));
    return goToRow(request, reply, action, inner.length, here, (row) =>
      DEFINITION_PATHS.question(definition.service, { ...at, inner: row }),
    );
  };

  app.get(DEFINITION_ROUTES.question, editor, show);
  app.get(DEFINITION_ROUTES.innerQuestion, editor, show);
  app.post(DEFINITION_ROUTES.question, editor, save);
  app.post(DEFINITION_ROUTES.innerQuestion, editor, save);
}

export function definitionEditorRoutes(app: FastifyInstance, services: AppServices): void {
  const { db } = services;
  const editor = { preHandler: actingAsStaff(["editor"], "substantial") };
  listRoutes(app, db, editor);
  overviewRoutes(app, db, editor);
  uploadRoutes(app, db, editor);
  structureRoutes(app, db, editor);
  pageRoutes(app, db, editor);
  questionRoutes(app, db, editor);
}
