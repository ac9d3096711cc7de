// News (aktualitātes) with email subscriptions, and the questions people ask most. Editors of
// institutions write and publish articles; anyone may subscribe with double opt-in and leave with
// one click; publishing announces an article to the subscribers through the mailbox's outbox, whose
// worker outbox sends each email at once from the job.
// Other modules use only what is exported here.
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Config } from "../../app/config.ts";
import type { Tables } from "../../platform/db/tables.ts";
import { Messages } from "../../platform/i18n/messages.ts";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { workerOutbox } from "../mailbox/index.ts";
import { editorRoutes } from "./editor.routes.tsx";
import type { NewsWriting } from "./emails.ts";
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

function jobs(db: Kysely<Tables>, config: Config) {
  const messages = new Messages();
  const writing: NewsWriting = { publicUrl: config.publicUrl, translator: (locale) => messages.translator(locale) };
  return [announceArticleJob(db, writing, workerOutbox(db, config)), expireSubscriptionsJob(db)];
}

export const newsModule: EpakModule = { name: "news", routes, jobs, seed: seedNews };
