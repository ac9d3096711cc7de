// Tells the readers of an e-address by email that a message is waiting. Only persons with an
// email address they confirmed in Epak are written to, each in the language they chose; the
// email says nothing about the message itself (see default-templates.ts).
import type { Kysely } from "kysely";
import type { Config } from "../../../app/config.ts";
import { systemContext } from "../../../platform/context.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import type { JobDefinition } from "../../../platform/jobs/jobs.ts";
import type { MessageSender } from "../../../platform/messaging/message-sender.ts";
import { findPersonById } from "../../identity/index.ts";
import { NOTIFY_RECIPIENTS_JOB } from "../commands/send-mailbox-message.ts";
import { storeEmail } from "../email/queue-email.ts";
import { sendEmail } from "../email/send-emails.ts";
import { findMessage, unreadCount } from "../mailbox.repository.ts";
import { noticeTemplate, renderNotice } from "../templates/notice-templates.ts";

type Data = { messageId: string; personIds: string[] };

export function mailboxLink(
  publicUrl: string,
  locale: "lv" | "en",
  owner: { kind: "person" } | { kind: "company"; registrationNumber: string },
): string {
  const base = `${publicUrl.replace(/\/$/, "")}${locale === "en" ? "/en" : ""}`;
  return owner.kind === "person" ? `${base}/pastkaste` : `${base}/pastkaste/uznemums/${owner.registrationNumber}`;
}

// The worker that runs this job sends the emails itself rather than queueing a job per email: it
// is already a worker, and one job fewer per notice is one less round trip through the queue.
export async function notifyRecipients(db: Kysely<Tables>, sender: MessageSender, config: Config, data: Data): Promise<number> {
  const message = await findMessage(db, data.messageId);
  if (!message) return 0;
  const unread = await unreadCount(db, message.owner);
  let queued = 0;
  for (const personId of new Set(data.personIds)) {
    const person = await findPersonById(db, personId);
    if (!person?.email || !person.emailVerifiedAt) continue;
    const template = await noticeTemplate(db, message.type, person.language);
    const email = renderNotice(template, person.language, { unread, link: mailboxLink(config.publicUrl, person.language, message.owner) });
    const to = person.email;
    const id = await inTransaction(db, (trx) =>
      storeEmail(systemContext(NOTIFY_RECIPIENTS_JOB, trx), { to, ...email, purpose: "mailbox.notice" }),
    );
    await sendEmail(db, sender, id, new Date());
    queued += 1;
  }
  return queued;
}

export function notifyRecipientsJob(db: Kysely<Tables>, config: Config, sender: MessageSender): JobDefinition {
  return {
    name: NOTIFY_RECIPIENTS_JOB,
    retryLimit: 5,
    async handler(batch) {
      for (const job of batch) await notifyRecipients(db, sender, config, job.data as Data);
    },
  };
}
