// Officers' work on cases: the institution's queue, the case page, and each thing done to a case.
// Every form carries the case version the officer saw; a change made meanwhile by someone else
// answers 409 with the case as it is now and the officer's text kept, never an overwrite.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { recordAudit } from "../../platform/audit/audit.ts";
import { addDays, dateInRiga } from "../../platform/calendar/business-days.ts";
import type { Context } from "../../platform/context.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { contentDisposition } from "../../platform/files/file-name.ts";
import { formBody } from "../../platform/http/multipart-body.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../platform/module.ts";
import { submittedApplication, submittedAttachment } from "../eservices/index.ts";
import { actingAsStaff, actorNames, colleagues, contextOf, requireIdentity, UNITS, unitName } from "../identity/index.ts";
import { MailboxReaders } from "../mailbox/index.ts";
import { type CaseRow, findCase, type QueueFilter, queue, requestFile, servicesInQueue } from "./cases.repository.ts";
import { advanceCase } from "./commands/advance-case.ts";
import { processFor } from "./commands/open-case.ts";
import { answerInstitutionRequest, askApplicant, askInstitution } from "./commands/requests.ts";
import { addNote, assignCase, extendDeadline } from "./commands/work-case.ts";
import { decideWithDocument } from "./decision/decide-with-document.ts";
import { caseFile } from "./queries/case-file.ts";
import { type CaseForms, OfficerCasePage } from "./views/officer-case-views.tsx";
import { QueuePage } from "./views/queue-views.tsx";

function staffOf(request: FastifyRequest): { institution: string; me: string } {
  const { membership, session } = requireIdentity(request);
  if (membership?.unitKind !== "institution") throw new AppError("forbidden", 403);
  return { institution: membership.unitCode, me: `user:${session.personId}` };
}

function text(body: unknown, name: string, max: number): string {
  const raw = formBody(body).fields[name];
  return (Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? ""))
    .replace(/\r\n/g, "\n")
    .trim()
    .slice(0, max + 1);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A real day of the calendar in YYYY-MM-DD (2027-02-30 is not one). */
function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

export function officerRoutes(app: FastifyInstance, services: AppServices): void {
  const { db, clock, jobs } = services;
  const readers = new MailboxReaders(services);

  /**
   * Who to tell by email of a letter to a company's e-address: its board members, as the
   * enterprise register says now. Asked before the transaction (the register is over the bus);
   * undefined for a person, whose own address is used.
   */
  const readersToNotify = async (c: CaseRow, request: FastifyRequest): Promise<string[] | undefined> => {
    if (c.applicant_kind !== "company") return undefined;
    const company = await readers.company(c.applicant_ref, `user:${requireIdentity(request).session.personId}`).catch(() => null);
    return company?.readerIds ?? [];
  };
  const officer = { preHandler: actingAsStaff(["officer"]) };

  app.get<{ Querystring: Record<string, string | undefined> }>("/darbs/lietas", officer, async (request, reply) => {
    const { institution, me } = staffOf(request);
    const today = dateInRiga(clock.now());
    const q = request.query;
    const filter: QueueFilter = {
      institution,
      status: oneOf(q.statuss, ["active", "waiting", "decided", "all"], "active"),
      service: typeof q.pakalpojums === "string" && /^[a-z0-9-]{1,80}$/.test(q.pakalpojums) ? q.pakalpojums : null,
      deadline: oneOf(q.termins, ["overdue", "week", "all"], "all"),
      assignee: oneOf(q.atbildigais, ["me", "none", "all"], "all"),
      me,
      today,
      weekEnd: addDays(today, 7),
    };
    const cases = await queue(db, filter);
    const names = await actorNames(
      db,
      cases.flatMap((c) => (c.assignee ? [c.assignee] : [])),
    );
    const services = await servicesInQueue(db, institution);
    return reply.page(
      <QueuePage institution={institution} filter={filter} cases={cases} names={names} today={today} services={services} />,
    );
  });

  /**
   * The case, if this officer's institution has it, or (for reading and answering only) has an
   * unanswered question about it. Only the owning institution acts on a case.
   */
  const caseFor = async (request: FastifyRequest, id: string, { owner = false } = {}): Promise<CaseRow> => {
    const { institution } = staffOf(request);
    const c = isUuid(id) ? await findCase(db, id) : null;
    if (!c) throw new AppError("not_found", 404);
    if (c.institution === institution) return c;
    const asked = await db
      .selectFrom("cases.request")
      .select("id")
      .where("case_id", "=", c.id)
      .where("to_institution", "=", institution)
      .where("answered_at", "is", null)
      .executeTakeFirst();
    if (!asked) throw new AppError("not_found", 404);
    if (owner) throw new AppError("forbidden", 403);
    return c;
  };

  const render = async (request: FastifyRequest, reply: FastifyReply, c: CaseRow, forms: CaseForms, status = 200) => {
    const { institution, me } = staffOf(request);
    const file = await caseFile(db, c, request.locale, request.t, true);
    if (!file) throw new AppError("not_found", 404);
    // Opening the case is a use of the applicant's data; it shows on their "who used my data" page.
    await inTransaction(db, (trx) =>
      recordAudit(contextOf(request, trx), {
        event: "cases.case.view",
        subjectType: "person",
        subjectId: c.subject_person_id ?? c.applicant_ref,
        details: { number: c.number },
      }),
    );
    return reply.code(status).page(
      <OfficerCasePage
        file={file}
        institution={institution}
        me={me}
        colleagues={c.institution === institution ? await colleagues(db, institution, "officer") : []}
        institutions={UNITS.filter((u) => u.kind === "institution" && u.code !== c.institution).map((u) => ({
          code: u.code,
          name: unitName({ unitKind: "institution", unitCode: u.code }, request.locale),
        }))}
        today={dateInRiga(clock.now())}
        forms={forms}
        csrfToken={reply.generateCsrf()}
      />,
    );
  };

  app.get<{ Params: { id: string }; Querystring: { tehts?: string } }>("/darbs/lietas/:id", officer, async (request, reply) => {
    const c = await caseFor(request, request.params.id);
    return render(request, reply, c, { done: typeof request.query.tehts === "string" ? request.query.tehts.slice(0, 40) : null });
  });

  /** Runs one action on the case in a transaction; a conflict or a field error shows the page again with the typed text. */
  const act = (
    path: string,
    form: keyof CaseForms,
    fields: string[],
    run: (ctx: Context, c: CaseRow, version: number, body: unknown, request: FastifyRequest, prepared: unknown) => Promise<unknown>,
    prepare?: (c: CaseRow, body: unknown, request: FastifyRequest) => Promise<unknown>,
  ) => {
    app.post<{ Params: { id: string; request?: string } }>(path, officer, async (request, reply) => {
      // Answering another institution's question is the one thing an asked institution may do.
      const c = await caseFor(request, request.params.id, { owner: form !== "replyInstitution" });
      const version = Number(text(request.body, "version", 12));
      const typed = Object.fromEntries(fields.map((f) => [f, text(request.body, f, 8000)]));
      try {
        const prepared = prepare ? await prepare(c, request.body, request) : undefined;
        await inTransaction(db, (trx) => run(contextOf(request, trx), c, version, request.body, request, prepared));
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        const fresh = (await findCase(db, c.id)) ?? c;
        // A field's error goes beside the field; anything else (a step already taken, a case closed
        // meanwhile) is said above the page.
        const errors = error.fields ?? {};
        const problem = error.fields || error.code === "case_changed" ? null : error.code;
        return render(request, reply, fresh, { [form]: { typed, errors }, conflict: error.code === "case_changed", problem }, error.status);
      }
      return reply.redirect(`${localePath(request.locale, `/darbs/lietas/${c.id}`)}?tehts=${form}`, 303);
    });
  };

  const required = (value: string, max: number, field: string, key: string) => {
    if (value === "") throw new AppError("case_field_missing", 400, { [field]: `cases.${key}.error.missing` });
    if (value.length > max) throw new AppError("case_field_too_long", 400, { [field]: `cases.${key}.error.too_long` });
    return value;
  };

  act("/darbs/lietas/:id/pieskirt", "assign", ["assignee"], async (ctx, c, version, body, request) => {
    const { me, institution } = staffOf(request);
    const chosen = text(body, "assignee", 60);
    const allowed = new Set((await colleagues(ctx.trx, institution, "officer")).map((p) => `user:${p.personId}`));
    const assignee = chosen === "me" ? me : chosen === "" ? null : allowed.has(chosen) ? chosen : undefined;
    if (assignee === undefined) throw new AppError("case_assignee", 400, { assignee: "cases.assign.error.unknown" });
    return assignCase(ctx, c, version, assignee);
  });

  act("/darbs/lietas/:id/piezime", "note", ["note"], async (ctx, c, _version, body, request) =>
    addNote(ctx, c, staffOf(request).institution, required(text(body, "note", 4000), 4000, "note", "note"), clock.now()),
  );

  act(
    "/darbs/lietas/:id/pabeigt-soli",
    "advance",
    [],
    async (ctx, c, version, _body, _request, prepared) =>
      advanceCase(ctx, jobs, { case: c, version, ...(prepared as Omit<Parameters<typeof advanceCase>[2], "case" | "version">) }),
    // The process and answers are read before the transaction: on the embedded database the
    // transaction holds the only connection.
    async (c) => {
      const submitted = await submittedApplication(db, c.application_id, "lv");
      if (!submitted) throw new AppError("not_found", 404);
      return { process: processFor(submitted), answers: submitted.application.answers };
    },
  );

  act(
    "/darbs/lietas/:id/pieprasit",
    "askApplicant",
    ["question"],
    async (ctx, c, version, body, request, notify) =>
      askApplicant(ctx, jobs, {
        case: c,
        version,
        question: required(text(body, "question", 4000), 4000, "question", "ask_applicant"),
        now: clock.now(),
        answerUrl: `${services.config.publicUrl.replace(/\/$/, "")}${localePath(request.locale, `/mani-pieteikumi/${c.application_id}`)}`,
        notify: notify as string[] | undefined,
      }),
    (c, _body, request) => readersToNotify(c, request),
  );

  act("/darbs/lietas/:id/jautat-iestadei", "askInstitution", ["institutionQuestion", "to"], async (ctx, c, version, body) => {
    const to = text(body, "to", 20);
    if (!UNITS.some((u) => u.kind === "institution" && u.code === to))
      throw new AppError("case_institution", 400, { to: "cases.ask_institution.error.to" });
    return askInstitution(ctx, {
      case: c,
      version,
      to,
      question: required(text(body, "institutionQuestion", 4000), 4000, "institutionQuestion", "ask_institution"),
      now: clock.now(),
    });
  });

  act("/darbs/lietas/:id/atbildet-iestadei/:request", "replyInstitution", ["answer"], async (ctx, c, version, body, request) => {
    const requestId = (request.params as { request: string }).request;
    if (!isUuid(requestId)) throw new AppError("not_found", 404);
    return answerInstitutionRequest(ctx, {
      case: c,
      version,
      requestId,
      institution: staffOf(request).institution,
      answer: required(text(body, "answer", 4000), 4000, "answer", "reply_institution"),
      now: clock.now(),
    });
  });

  act(
    "/darbs/lietas/:id/pagarinat",
    "extend",
    ["until", "reason"],
    async (ctx, c, version, body, _request, notify) => {
      const until = text(body, "until", 10);
      if (!isCalendarDate(until)) throw new AppError("case_date", 400, { until: "cases.extend.error.date" });
      return extendDeadline(ctx, jobs, {
        case: c,
        version,
        until,
        reason: required(text(body, "reason", 1000), 1000, "reason", "extend"),
        institutionName: unitName({ unitKind: "institution", unitCode: c.institution }, "lv"),
        now: clock.now(),
        notify: notify as string[] | undefined,
      });
    },
    (c, _body, request) => readersToNotify(c, request),
  );

  act(
    "/darbs/lietas/:id/lemums",
    "decide",
    ["reasoning", "outcome"],
    async (ctx, _c, version, _body, _request, prepared) => decideWithDocument.commit(ctx, jobs, prepared, version),
    async (c, body, request) => {
      const outcome = text(body, "outcome", 10);
      if (outcome !== "granted" && outcome !== "refused")
        throw new AppError("case_outcome", 400, { outcome: "cases.decide.error.outcome" });
      const reasoning = required(text(body, "reasoning", 8000), 8000, "reasoning", "decide");
      const { session } = requireIdentity(request);
      return decideWithDocument.prepare(services, {
        case: c,
        outcome,
        reasoning,
        officerName: `${session.givenName} ${session.familyName}`,
      });
    },
  );

  app.get<{ Params: { id: string; file: string } }>("/darbs/lietas/:id/pielikumi/:file", officer, async (request, reply) => {
    const c = await caseFor(request, request.params.id);
    const file = isUuid(request.params.file) ? await submittedAttachment(db, c.application_id, request.params.file) : null;
    if (!file) throw new AppError("not_found", 404);
    return download(reply, file.file_name, file.media_type, file.content);
  });

  app.get<{ Params: { id: string; file: string } }>("/darbs/lietas/:id/atbildes/:file", officer, async (request, reply) => {
    const c = await caseFor(request, request.params.id);
    const file = isUuid(request.params.file) ? await requestFile(db, c.id, request.params.file) : undefined;
    if (!file) throw new AppError("not_found", 404);
    return download(reply, file.file_name, file.media_type, file.content);
  });
}

export function download(reply: FastifyReply, name: string, mediaType: string, content: Buffer) {
  // Always a download in a sandbox: a file someone sent never runs as a page of this site.
  return reply
    .type(mediaType)
    .header("content-disposition", contentDisposition(name))
    .header("cache-control", "private, no-store")
    .header("content-security-policy", "default-src 'none'; sandbox")
    .send(content);
}
