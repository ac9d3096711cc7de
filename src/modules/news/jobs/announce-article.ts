// Tells every confirmed subscriber about a newly published article, in the language each chose.
// Subscribers are claimed in batches: a short transaction gives each their unsubscribe token and
// records that they are being sent the article; then the mailbox's worker outbox sends the batch.
// A retried or resumed run skips everyone already recorded, so nobody gets an article twice; a
// worker that dies between the two steps leaves at most that batch without the email. An article
// taken down before its turn is not announced.
import type { Kysely } from "kysely";
import { recordAudit } from "../../../platform/audit/audit.ts";
import { systemContext } from "../../../platform/context.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import type { JobDefinition } from "../../../platform/jobs/jobs.ts";
import type { EmailToQueue, WorkerOutbox } from "../../mailbox/index.ts";
import { ANNOUNCE_JOB, type AnnounceJobData } from "../commands/publish-article.ts";
import { articleEmail, type NewsWriting } from "../emails.ts";
import { issueUnsubscribeToken } from "../unsubscribe-tokens.ts";

const BATCH = 100;

/** The next batch after `after` (a subscriber id), claimed; null when there is nobody left or the article is down. */
async function claimBatch(
  db: Kysely<Tables>,
  writing: NewsWriting,
  articleId: string,
  after: string,
  now: Date,
): Promise<{ last: string; emails: EmailToQueue[] } | null> {
  return inTransaction(db, async (trx) => {
    const ctx = systemContext(ANNOUNCE_JOB, trx);
    const article = await trx
      .selectFrom("news.article")
      .select(["slug", "title_lv", "title_en", "summary_lv", "summary_en"])
      .where("id", "=", articleId)
      .where("status", "=", "published")
      .executeTakeFirst();
    if (!article) return null;
    const subscribers = await trx
      .selectFrom("news.subscriber as s")
      .select(["s.id", "s.email", "s.locale"])
      .where("s.status", "=", "confirmed")
      .where("s.id", ">", after)
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
    const last = subscribers.at(-1);
    if (!last) return null;
    const content = {
      slug: article.slug,
      title: { lv: article.title_lv, en: article.title_en },
      summary: { lv: article.summary_lv, en: article.summary_en },
    };
    const emails: EmailToQueue[] = [];
    for (const subscriber of subscribers) {
      const unsubscribe = await issueUnsubscribeToken(ctx, subscriber.id, now);
      emails.push(articleEmail(writing, subscriber.locale, subscriber.email, content, unsubscribe));
    }
    await trx
      .insertInto("news.announcement")
      .values(subscribers.map((s) => ({ article_id: articleId, subscriber_id: s.id, queued_at: now })))
      .execute();
    await recordAudit(ctx, {
      event: "news.article.announce",
      subjectType: "news_article",
      subjectId: articleId,
      details: { emails: emails.length },
    });
    return { last: last.id, emails };
  });
}

/** Sends the article to every confirmed subscriber not yet sent it; returns how many were sent it now. */
export async function announceArticle(
  db: Kysely<Tables>,
  writing: NewsWriting,
  outbox: WorkerOutbox,
  articleId: string,
  now: Date = new Date(),
): Promise<number> {
  let sent = 0;
  // Below every uuid: the first batch starts at the beginning.
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const batch = await claimBatch(db, writing, articleId, after, now);
    if (!batch) return sent;
    for (const email of batch.emails) await outbox.send(ANNOUNCE_JOB, email);
    sent += batch.emails.length;
    after = batch.last;
  }
}

export function announceArticleJob(db: Kysely<Tables>, writing: NewsWriting, outbox: WorkerOutbox): JobDefinition {
  return {
    name: ANNOUNCE_JOB,
    retryLimit: 8,
    async handler(batch) {
      for (const job of batch) await announceArticle(db, writing, outbox, (job.data as AnnounceJobData).articleId);
    },
  };
}
