// Subscribing by email, confirming with the button the confirmation link opens, and unsubscribing
// from the link in any news email — by the page's one button, or by the POST a mail program sends
// for the List-Unsubscribe header (RFC 8058), which carries no CSRF token and no cookies.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { formFields } from "../../platform/http/form-fields.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import type { AppServices } from "../../platform/module.ts";
import { contextOf } from "../identity/index.ts";
import { queueEmail } from "../mailbox/index.ts";
import { cancelSubscription } from "./commands/cancel-subscription.ts";
import { confirmSubscription } from "./commands/confirm-subscription.ts";
import { requestSubscription } from "./commands/request-subscription.ts";
import type { NewsMailer } from "./emails.ts";
import { NEWS_PATHS } from "./paths.ts";
import { confirmationPending, unsubscribeTokenKnown } from "./subscriptions.repository.ts";
import {
  CheckEmailPage,
  ConfirmedPage,
  ConfirmPage,
  InvalidLinkPage,
  SubscribePage,
  UnsubscribedPage,
  UnsubscribePage,
} from "./views/subscription-pages.tsx";

function tokenOf(request: FastifyRequest): string {
  return (request.params as { token: string }).token;
}

/** The token is in the address: no cache may keep the page, nor a copy of where it came from. */
function tokenPage(reply: FastifyReply): FastifyReply {
  return reply.header("cache-control", "no-store");
}

/** RFC 8058: a mail program's one-click POST has this in its body, urlencoded or as a multipart field. */
function isOneClick(body: unknown): boolean {
  const field = (body as Record<string, unknown> | undefined)?.["List-Unsubscribe"];
  const value = typeof field === "object" && field !== null ? (field as { value?: unknown }).value : field;
  return value === "One-Click";
}

export function subscriptionRoutes(app: FastifyInstance, services: AppServices): void {
  const { db, clock, config } = services;
  const mailer: NewsMailer = {
    outbox: (ctx, email) => queueEmail(ctx, services.jobs, email),
    publicUrl: config.publicUrl,
    translator: (locale) => app.translator(locale),
  };

  app.get(NEWS_PATHS.subscribe, async (_request, reply) =>
    reply.page(<SubscribePage email="" errors={{}} csrfToken={reply.generateCsrf()} />),
  );

  app.post(NEWS_PATHS.subscribe, async (request, reply) => {
    const { email } = formFields(request.body, ["email"]);
    try {
      await inTransaction(db, (trx) =>
        requestSubscription(contextOf(request, trx), mailer, { email, locale: request.locale }, clock.now()),
      );
    } catch (error) {
      if (!(error instanceof AppError && error.fields)) throw error;
      return reply.code(400).page(<SubscribePage email={email} errors={error.fields} csrfToken={reply.generateCsrf()} />);
    }
    return reply.redirect(localePath(request.locale, NEWS_PATHS.checkEmail), 303);
  });

  app.get(NEWS_PATHS.checkEmail, async (_request, reply) => reply.staticPage(() => <CheckEmailPage />));
  app.get(NEWS_PATHS.confirmed, async (_request, reply) => reply.staticPage(() => <ConfirmedPage />));
  app.get(NEWS_PATHS.unsubscribed, async (_request, reply) => reply.staticPage(() => <UnsubscribedPage />));

  app.get(NEWS_PATHS.confirm(":token"), async (request, reply) => {
    const token = tokenOf(request);
    if (!(await confirmationPending(db, token, clock.now())))
      return tokenPage(reply)
        .code(404)
        .page(<InvalidLinkPage kind="confirm" />);
    return tokenPage(reply).page(<ConfirmPage token={token} csrfToken={reply.generateCsrf()} />);
  });

  app.post(NEWS_PATHS.confirm(":token"), async (request, reply) => {
    const confirmed = await inTransaction(db, (trx) => confirmSubscription(contextOf(request, trx), tokenOf(request), clock.now()));
    if (!confirmed)
      return tokenPage(reply)
        .code(404)
        .page(<InvalidLinkPage kind="confirm" />);
    return reply.redirect(localePath(request.locale, NEWS_PATHS.confirmed), 303);
  });

  app.get(NEWS_PATHS.unsubscribe(":token"), async (request, reply) => {
    const token = tokenOf(request);
    if (!(await unsubscribeTokenKnown(db, token)))
      return tokenPage(reply)
        .code(404)
        .page(<InvalidLinkPage kind="unsubscribe" />);
    return tokenPage(reply).page(<UnsubscribePage token={token} />);
  });

  app.post(NEWS_PATHS.unsubscribe(":token"), { config: { csrf: false } }, async (request, reply) => {
    const cancelled = await inTransaction(db, (trx) => cancelSubscription(contextOf(request, trx), tokenOf(request)));
    if (!cancelled)
      return tokenPage(reply)
        .code(404)
        .page(<InvalidLinkPage kind="unsubscribe" />);
    // A mail program wants a plain success, not a redirect; a browser gets the page at its own address.
    if (isOneClick(request.body)) return tokenPage(reply).page(<UnsubscribedPage />);
    return reply.redirect(localePath(request.locale, NEWS_PATHS.unsubscribed), 303);
  });
}
