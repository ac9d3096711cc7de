// The platform's editors (at the operator, VDAA) see and change the notice emails' wording, with
// a preview of each language's plural forms before anything is saved.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { formBody } from "../../platform/http/multipart-body.ts";
import { LOCALES, type Locale, localePath } from "../../platform/i18n/locale.ts";
import type { AppServices } from "../../platform/module.ts";
import { actingAsStaff, contextOf, requireIdentity } from "../identity/index.ts";
import { resetTemplates, saveTemplates } from "./commands/save-templates.ts";
import { MESSAGE_TYPES, type MessageType } from "./mailbox.repository.ts";
import type { NoticeTemplate } from "./templates/default-templates.ts";
import { noticeTemplate, templateProblems } from "./templates/notice-templates.ts";
import { TemplateEditPage, TemplatesPage } from "./views/template-views.tsx";

/** The platform's notice wording is the operator's to change, not any one institution's. */
const OPERATOR = "VDAA";

function requireOperator(request: FastifyRequest): void {
  const { membership } = requireIdentity(request);
  if (membership?.unitCode !== OPERATOR) throw new AppError("forbidden", 403);
}

function typeOf(raw: string): MessageType {
  if (!(MESSAGE_TYPES as readonly string[]).includes(raw)) throw new AppError("not_found", 404);
  return raw as MessageType;
}

type Drafts = Record<Locale, NoticeTemplate>;

function readDrafts(body: unknown): Drafts {
  const { fields } = formBody(body);
  const text = (name: string, max: number) => {
    const raw = fields[name];
    return (Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "")).replace(/\r\n/g, "\n").slice(0, max + 1);
  };
  return {
    lv: { subject: text("subject_lv", 150).trim(), body: text("body_lv", 3000) },
    en: { subject: text("subject_en", 150).trim(), body: text("body_en", 3000) },
  };
}

function problemsOf(drafts: Drafts): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const locale of LOCALES) {
    const found = templateProblems(drafts[locale], locale);
    if (found.subject) errors[`subject_${locale}`] = found.subject;
    if (found.body) errors[`body_${locale}`] = found.body;
  }
  return errors;
}

export function templateRoutes(app: FastifyInstance, { db, clock }: AppServices): void {
  const editor = { preHandler: actingAsStaff(["editor", "administrator"]) };

  app.get("/darbs/veidnes", editor, async (request, reply) => {
    requireOperator(request);
    const rows = [];
    for (const type of MESSAGE_TYPES)
      rows.push({ type, lv: await noticeTemplate(db, type, "lv"), en: await noticeTemplate(db, type, "en") });
    return reply.page(<TemplatesPage rows={rows} />);
  });

  const renderEdit = async (
    reply: FastifyReply,
    type: MessageType,
    drafts: Drafts,
    errors: Record<string, string>,
    state: "preview" | "saved" | null,
  ) =>
    reply
      .code(Object.keys(errors).length > 0 ? 400 : 200)
      .page(<TemplateEditPage type={type} drafts={drafts} errors={errors} state={state} csrfToken={reply.generateCsrf()} />);

  app.get<{ Params: { type: string }; Querystring: { saglabats?: string } }>("/darbs/veidnes/:type", editor, async (request, reply) => {
    requireOperator(request);
    const type = typeOf(request.params.type);
    const drafts = { lv: await noticeTemplate(db, type, "lv"), en: await noticeTemplate(db, type, "en") };
    return renderEdit(reply, type, drafts, {}, request.query.saglabats === "1" ? "saved" : null);
  });

  app.post<{ Params: { type: string } }>("/darbs/veidnes/:type", editor, async (request, reply) => {
    requireOperator(request);
    const type = typeOf(request.params.type);
    const action = formBody(request.body).fields.action;
    if (action === "reset") {
      await inTransaction(db, (trx) => resetTemplates(contextOf(request, trx), type));
      return reply.redirect(`${localePath(request.locale, `/darbs/veidnes/${type}`)}?saglabats=1`, 303);
    }
    const drafts = readDrafts(request.body);
    const errors = problemsOf(drafts);
    if (Object.keys(errors).length > 0 || action !== "save") return renderEdit(reply, type, drafts, errors, errors ? "preview" : null);
    await inTransaction(db, (trx) => saveTemplates(contextOf(request, trx), type, drafts, clock.now()));
    return reply.redirect(`${localePath(request.locale, `/darbs/veidnes/${type}`)}?saglabats=1`, 303);
  });
}
