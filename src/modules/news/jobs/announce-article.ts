// Tells every confirmed subscriber about a newly published article, in the language each chose,
// through the mailbox's outbox. Subscribers are taken in batches, each in its own transaction that
// records who was sent the article: a run cut short resumes with the rest, and a retried run
// sends nobody the article twice. An article taken down before its turn is not announced.
import type { Kysely } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import { systemContext } from "../../../platform/context.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import type { JobDefinition } from "../../../platform/jobs/jobs.ts";
import { ANNOUNCE_JOB, type AnnounceJobData } from "../commands/publish-article.ts";
import { articleEmail, type NewsMailer } from "../emails.ts";
import { issueUnsubscribeToken } from "../unsubscribe-tokens.ts";

const BATCH = 100;

async function announceBatch(db: Kysely<Tables>, mailer: NewsMailer, articleId: string, now: Date): Promise<number> {
  return inTransaction(db, async (trx) => {
    const ctx = systemContext(ANNOUNCE_JOB, trx);
    const article = await trx
      .selectFrom("news.article")
      .select(["slug", "title_lv", "title_en", "summary_lv", "summary_en"])
      .where("id", "=", articleId)
      .where("status", "=", "published")
      .executeTakeFirst();
    if (!article) return 0;
    const subscribers = await trx
      .selectFrom("news.subscriber as s")
      .select(["s.id", "s.email", "s.locale"])
      .where("s.status", "=", "confirmed")
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("news.announcement as a")
              .select("a.subscriber_id")
              .whereRef("a.subscriber_id", "=", "s.id")
              .where("a.article_id", "=", articleId),
          ),
        ),
      )
      .orderBy("s.id")
      .limit(BATCH)
      .execute();
    const content = {
      slug: article.slug,
      title: { lv: article.title_lv, en: article.title_en },
      summary: { lv: article.summary_lv, en: article.summary_en },
    };
    for (const subscriber of subscribers) {
      const unsubscribe = await issueUnsubscribeToken(ctx, subscriber.id, now);
      const emailId = await mailer.outbox(ctx, articleEmail(mailer, subscriber.locale, subscriber.email, content, unsubscribe));
      await trx
        .insertInto("news.announcement")
        .values({ article_id: articleId, subscriber_id: subscriber.id, email_id: emailId, queued_at: now })
        .execute();
    }
    if (subscribers.length > 0) {
      await recordAudit(ctx, {
        event: "news.article.announce",
        subjectType: "news_article",
        subjectId: articleId,
        details: { emails: subscribers.length },
      });
    }
    return subscribers.length;
  });
}

/** Queues the article's email for every confirmed subscriber not yet sent it; returns how many. */
export async function announceArticle(db: Kysely<Tables>, mailer: NewsMailer, articleId: string, now: Date = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const queued = await announceBatch(db, mailer, articleId, now);
    total += queued;
    if (queued < BATCH) return total;
  }
}

export function announceArticleJob(db: Kysely<Tables>, mailer: NewsMailer): JobDefinition {
  return {
    name: ANNOUNCE_JOB,
    retryLimit: 8,
    async handler(batch) {
      for (const job of batch) await announceArticle(db, mailer, (job.data as AnnounceJobData).articleId);
    },
  };
}
