// A subscription never confirmed lapses 7 days after its last confirmation email: the address is
// deleted rather than kept for someone who may never have asked for the news.
import type { Kysely } from "kysely";
import { recordAudits } from "../../../platform/audit/audit.ts";
import { systemContext } from "../../../platform/context.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import type { JobDefinition } from "../../../platform/jobs/jobs.ts";

export const EXPIRE_SUBSCRIPTIONS_JOB = "news.subscription.expire";

export async function expireSubscriptions(db: Kysely<Tables>, now: Date): Promise<number> {
  return inTransaction(db, async (trx) => {
    const gone = await trx
      .deleteFrom("news.subscriber")
      .where("status", "=", "pending")
      .where("confirm_expires_at", "<=", now)
      .returning("id")
      .execute();
    await recordAudits(
      systemContext(EXPIRE_SUBSCRIPTIONS_JOB, trx),
      gone.map((row) => ({ event: "news.subscription.expire", subjectType: "news_subscriber", subjectId: row.id })),
    );
    return gone.length;
  });
}

export function expireSubscriptionsJob(db: Kysely<Tables>): JobDefinition {
  return {
    name: EXPIRE_SUBSCRIPTIONS_JOB,
    schedule: "41 2 * * *",
    async handler() {
      await expireSubscriptions(db, new Date());
    },
  };
}
