// The outbox's two jobs: send one email as soon as it is queued, and every minute send whatever
// is due again (after a mail server outage, or a job lost with a crashed worker).
import type { Kysely } from "kysely";
import type { Config } from "../../../app/config.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import type { JobDefinition } from "../../../platform/jobs/jobs.ts";
import { createMessageSender, type MessageSender } from "../../../platform/messaging/message-sender.ts";
import { SEND_EMAIL_JOB } from "../email/queue-email.ts";
import { SWEEP_EMAILS_JOB, sendDueEmails, sendEmail } from "../email/send-emails.ts";

export function outboxSender(db: Kysely<Tables>, config: Config): MessageSender {
  return createMessageSender(db, { smtpUrl: config.mail.smtpUrl, from: config.mail.from, devOutbox: config.devRoutes });
}

export function emailJobs(db: Kysely<Tables>, config: Config): JobDefinition[] {
  const sender = outboxSender(db, config);
  return [
    {
      name: SEND_EMAIL_JOB,
      // A failed send is rescheduled in the outbox itself, so the job does not retry.
      retryLimit: 0,
      async handler(jobs) {
        for (const job of jobs) await sendEmail(db, sender, (job.data as { emailId: string }).emailId, new Date());
      },
    },
    {
      name: SWEEP_EMAILS_JOB,
      schedule: "* * * * *",
      async handler() {
        await sendDueEmails(db, sender, new Date());
      },
    },
  ];
}
