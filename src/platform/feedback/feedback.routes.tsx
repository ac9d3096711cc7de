import type { FastifyInstance } from "fastify";
import { inTransaction } from "../db/transaction.ts";
import { AppError } from "../errors.ts";
import { localePath } from "../i18n/locale.ts";
import type { AppServices } from "../module.ts";
import { FeedbackForm, FeedbackThanks } from "./feedback-views.tsx";
import { feedbackInput, reportedPage, submitPageFeedback } from "./submit-page-feedback.ts";

/** The page the feedback is about, from `?lapa=`; anything odd falls back to the front page. */
function pageParam(query: unknown): string {
  return reportedPage.parse((query as { lapa?: unknown }).lapa);
}

export function feedbackRoutes(app: FastifyInstance, { db }: AppServices) {
  app.get("/atsauksme", async (request, reply) => {
    const page = pageParam(request.query);
    return reply.page(<FeedbackForm page={page} problem="" errors={{}} csrfToken={reply.generateCsrf()} />);
  });

  app.post("/atsauksme", async (request, reply) => {
    const parsed = feedbackInput.safeParse(request.body ?? {});
    if (!parsed.success) throw new AppError("bad_request", 400);
    const { page, problem } = parsed.data;
    try {
      await inTransaction(db, (trx) =>
        submitPageFeedback(
          { actor: "anonymous", onBehalfOf: null, channel: "online", trx, requestId: request.id },
          { page, problem, locale: request.locale },
        ),
      );
    } catch (error) {
      if (!(error instanceof AppError && error.fields)) throw error;
      return reply.code(400).page(<FeedbackForm page={page} problem={problem} errors={error.fields} csrfToken={reply.generateCsrf()} />);
    }
    return reply.redirect(`${localePath(request.locale, "/atsauksme/paldies")}?lapa=${encodeURIComponent(page)}`, 303);
  });

  app.get("/atsauksme/paldies", async (request, reply) => {
    const page = pageParam(request.query);
    return reply.page(<FeedbackThanks page={page} />);
  });
}
