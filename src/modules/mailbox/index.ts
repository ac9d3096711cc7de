// The official e-address mailbox and everything Epak sends by email. Other modules send official
// messages with sendMailboxMessage and plain emails (confirmations, news) with queueEmail.
import type { EpakModule } from "../../platform/module.ts";
import { deliverByDeadlineJob } from "./jobs/deliver-by-deadline.ts";
import { emailJobs, outboxSender } from "./jobs/email-jobs.ts";
import { notifyRecipientsJob } from "./jobs/notify-recipients.ts";
import { mailboxRoutes } from "./mailbox.routes.tsx";
import { seedMailbox } from "./seed.ts";

export {
  checkMailboxAttachments,
  MAX_ATTACHMENT_BYTES,
  type NewMailboxMessage,
  type OutgoingAttachment,
  sendMailboxMessage,
} from "./commands/send-mailbox-message.ts";
export { type EmailToQueue, queueEmail } from "./email/queue-email.ts";
export { type WorkerOutbox, workerOutbox } from "./email/worker-outbox.ts";
export type { MessageType, Owner as MailboxOwner } from "./mailbox.repository.ts";
export { Readers as MailboxReaders } from "./readers.ts";

export const mailboxModule: EpakModule = {
  name: "mailbox",
  routes: mailboxRoutes,
  jobs: (db, config) => [...emailJobs(db, config), notifyRecipientsJob(db, config, outboxSender(db, config)), deliverByDeadlineJob(db)],
  seed: seedMailbox,
};
