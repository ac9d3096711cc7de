// News (aktualitātes) with email subscriptions, and the questions people ask most. Editors of
// institutions write and publish articles; anyone may subscribe with double opt-in and leave with
// one click; publishing announces an article to the subscribers through the mailbox's outbox.
// Other modules use only what is exported here.
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Config } from "../../app/config.ts";
import type { Tables } from "../../platform/db/tables.ts";
import { Messages } from "../../platform/i18n/messages.ts";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { storeEmail } from "../mailbox/email/queue-email.ts";
import { editorRoutes } from "./editor.routes.tsx";
import type { NewsMailer } from "./emails.ts";
import { announceArticleJob } from "./jobs/announce-article.ts";
import { expireSubscriptionsJob } from "./jobs/expire-subscriptions.ts";
import { newsRoutes } from "./news.routes.tsx";
import { seedNews } from "./seed.ts";
import { subscriptionRoutes } from "./subscription.routes.tsx";

export { EDITOR_PATHS as NEWS_EDITOR_PATHS, NEWS_PATHS } from "./paths.ts";

function routes(app: FastifyInstance, services: AppServices): void {
  newsRoutes(app, services);
  subscriptionRoutes(app, services);
  editorRoutes(app, services);
}

// A worker has no job system of its own to hand out: the announcement stores its emails in the
// outbox, whose sweep sends them within a minute.
function jobs(db: Kysely<Tables>, config: Config) {
  const messages = new Messages();
  const mailer: NewsMailer = {
    outbox: (ctx, email) => storeEmail(ctx, email),
    publicUrl: config.publicUrl,
    translator: (locale) => messages.translator(locale),
  };
  return [announceArticleJob(db, mailer), expireSubscriptionsJob(db)];
}

export const newsModule: EpakModule = { name: "news", routes, jobs, seed: seedNews };
