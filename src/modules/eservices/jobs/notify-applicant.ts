// Tells the person who submitted an application, by email, that it was received. The email holds
// no personal content: only that an application was received and where to see it, since email
// travels and is stored outside the state's systems. A person without a confirmed email address
// is not written to; the portal shows the application under "Mani pieteikumi" either way.

import type { Kysely } from "kysely";
import type { Job } from "pg-boss";
import type { Config } from "../../../app/config.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { Messages } from "../../../platform/i18n/messages.ts";
import type { JobDefinition } from "../../../platform/jobs/jobs.ts";
import { findPersonById } from "../../identity/index.ts";
import { workerOutbox } from "../../mailbox/index.ts";
import { findApplication } from "../application.repository.ts";
import { NOTIFY_JOB } from "../commands/submit-application.ts";

type Data = { applicationId: string };

export function notifyApplicantJob(db: Kysely<Tables>, config: Config): JobDefinition {
  const outbox = workerOutbox(db, config);
  const messages = new Messages();
  return {
    name: NOTIFY_JOB,
    retryLimit: 8,
    async handler(jobs: Job<object>[]) {
      for (const job of jobs) {
        const application = await findApplication(db, (job.data as Data).applicationId);
        if (!application?.number || !application.createdBy.startsWith("user:")) continue;
        const person = await findPersonById(db, application.createdBy.slice("user:".length));
        if (!person?.email || !person.emailVerifiedAt) continue;
        const t = messages.translator(person.language);
        const link = `${config.publicUrl.replace(/\/$/, "")}${person.language === "en" ? "/en" : ""}/mani-pieteikumi`;
        await outbox.send(NOTIFY_JOB, {
          to: person.email,
          subject: t("eservices.notify.subject"),
          text: t("eservices.notify.text", { link }),
          purpose: "eservices.application.received",
        });
      }
    },
  };
}
