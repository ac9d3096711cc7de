// The applicant's side of a case, under "Mani pieteikumi": where it stands and what happened, an
// answer to the institution's request (with files), how to receive the result, withdrawing, and
// rating the service once it is decided.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { dateInRiga } from "../../platform/calendar/business-days.ts";
import type { Context } from "../../platform/context.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { formBody } from "../../platform/http/multipart-body.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../platform/module.ts";
import { contextOf, requireIdentity, signedIn } from "../identity/index.ts";
import { type CaseRow, caseOfApplication } from "./cases.repository.ts";
import { chooseDelivery, DELIVERIES, rateCase, withdrawCase } from "./commands/applicant-actions.ts";
import { answerApplicantRequest } from "./commands/requests.ts";
import { caseFile } from "./queries/case-file.ts";
import { ApplicantCasePage, type ApplicantForms, WithdrawPage } from "./views/applicant-case-views.tsx";

function field(body: unknown, name: string, max: number): string {
  const raw = formBody(body).fields[name];
  return (Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? ""))
    .replace(/\r\n/g, "\n")
    .trim()
    .slice(0, max + 1);
}

export function applicantRoutes(app: FastifyInstance, services: AppServices): void {
  const { db, clock } = services;
  const policy = { preHandler: signedIn() };

  /** The case of the request's application, if it is this person's or their company's (as they act now). */
  const ownCase = async (request: FastifyRequest, id: string): Promise<CaseRow> => {
    const { session } = requireIdentity(request);
    const c = isUuid(id) ? await caseOfApplication(db, id) : null;
    const mine =
      c &&
      ((c.applicant_kind === "person" && c.applicant_ref === session.personId) ||
        (c.applicant_kind === "company" && session.acting.kind === "company" && session.acting.id === c.applicant_ref));
    if (!c || !mine) throw new AppError("not_found", 404);
    return c;
  };

  const render = async (request: FastifyRequest, reply: FastifyReply, c: CaseRow, forms: ApplicantForms, status = 200) => {
    const file = await caseFile(db, c, request.locale, request.t, false);
    if (!file) throw new AppError("not_found", 404);
    return reply
      .code(status)
      .page(<ApplicantCasePage file={file} today={dateInRiga(clock.now())} forms={forms} csrfToken={reply.generateCsrf()} />);
  };

  app.get<{ Params: { id: string }; Querystring: { tehts?: string } }>("/mani-pieteikumi/:id", policy, async (request, reply) => {
    const c = await ownCase(request, request.params.id);
    return render(request, reply, c, { done: typeof request.query.tehts === "string" ? request.query.tehts.slice(0, 30) : null });
  });

  const act = (
    path: string,
    form: keyof ApplicantForms,
    fields: string[],
    run: (ctx: Context, c: CaseRow, version: number, body: unknown) => Promise<unknown>,
  ) => {
    app.post<{ Params: { id: string } }>(path, policy, async (request, reply) => {
      const c = await ownCase(request, request.params.id);
      const version = Number(field(request.body, "version", 12));
      const typed = Object.fromEntries(fields.map((f) => [f, field(request.body, f, 4000)]));
      try {
        await inTransaction(db, (trx) => run(contextOf(request, trx), c, version, request.body));
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        const fresh = (await caseOfApplication(db, c.application_id)) ?? c;
        // A field's error goes beside the field; anything else (a step already taken, a case closed
        // meanwhile) is said above the page.
        const errors = error.fields ?? {};
        const problem = error.fields || error.code === "case_changed" ? null : error.code;
        return render(request, reply, fresh, { [form]: { typed, errors }, conflict: error.code === "case_changed", problem }, error.status);
      }
      return reply.redirect(`${localePath(request.locale, `/mani-pieteikumi/${c.application_id}`)}?tehts=${form}`, 303);
    });
  };

  act("/mani-pieteikumi/:id/atbilde", "answer", ["answer"], async (ctx, c, version, body) => {
    const answer = field(body, "answer", 4000);
    if (answer === "") throw new AppError("case_field_missing", 400, { answer: "cases.answer.error.missing" });
    if (answer.length > 4000) throw new AppError("case_field_too_long", 400, { answer: "cases.answer.error.too_long" });
    const requestId = field(body, "request", 40);
    if (!isUuid(requestId)) throw new AppError("case_changed", 409);
    const files = (formBody(body).files.files ?? []).map((f) => ({ fileName: f.fileName, content: f.bytes, truncated: f.truncated }));
    return answerApplicantRequest(ctx, { case: c, version, requestId, answer, files, now: clock.now() });
  });

  act("/mani-pieteikumi/:id/sanemsana", "delivery", ["delivery"], async (ctx, c, version, body) => {
    const delivery = field(body, "delivery", 10);
    if (!(DELIVERIES as readonly string[]).includes(delivery))
      throw new AppError("case_delivery", 400, { delivery: "cases.delivery.error" });
    return chooseDelivery(ctx, c, version, delivery as (typeof DELIVERIES)[number]);
  });

  act("/mani-pieteikumi/:id/vertejums", "rate", ["rating", "comment"], async (ctx, c, version, body) => {
    const rating = Number(field(body, "rating", 1));
    if (!Number.isInteger(rating) || rating < 1 || rating > 5)
      throw new AppError("case_rating", 400, { rating: "cases.rate.error.rating" });
    const comment = field(body, "comment", 1000);
    if (comment.length > 1000) throw new AppError("case_field_too_long", 400, { comment: "cases.rate.error.too_long" });
    return rateCase(ctx, c, version, rating, comment, clock.now());
  });

  app.get<{ Params: { id: string } }>("/mani-pieteikumi/:id/atsaukt", policy, async (request, reply) => {
    const c = await ownCase(request, request.params.id);
    return reply.page(<WithdrawPage c={c} csrfToken={reply.generateCsrf()} />);
  });

  act("/mani-pieteikumi/:id/atsaukt", "withdraw", [], async (ctx, c, version) => withdrawCase(ctx, c, version));
}
