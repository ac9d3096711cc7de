// For other modules' jobs: an email written to the outbox and sent at once by the worker already
// running the job. If the mail server is down it stays queued for the outbox's sweep, so the
// calling job neither fails nor sends twice when it is retried.
import type { Kysely } from "kysely";
import type { Config } from "../../../app/config.ts";
import { systemContext } from "../../../platform/context.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import { outboxSender } from "../jobs/email-jobs.ts";
import { type EmailToQueue, storeEmail } from "./queue-email.ts";
import { sendEmail } from "./send-emails.ts";

export type WorkerOutbox = { send(jobName: string, email: EmailToQueue): Promise<void> };

export function workerOutbox(db: Kysely<Tables>, config: Config): WorkerOutbox {
  const sender = outboxSender(db, config);
  return {
    async send(jobName, email) {
      const id = await inTransaction(db, (trx) => storeEmail(systemContext(jobName, trx), email));
      await sendEmail(db, sender, id, new Date());
    },
  };
}
