// Writes down the deliveries the calendar made: a message not opened by the start of its second
// business day is delivered then. Pages already show it as delivered from that moment; this job
// makes the record (and its audit row) match, for the sending institution and for any dispute.
import type { Kysely } from "kysely";
import { recordAudits } from "../../../platform/audit/audit.ts";
import { dateInRiga, startOfRigaDay } from "../../../platform/calendar/business-days.ts";
import { systemContext } from "../../../platform/context.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import type { JobDefinition } from "../../../platform/jobs/jobs.ts";

export const DELIVER_JOB = "mailbox.message.deliver";

export async function deliverByDeadline(db: Kysely<Tables>, now: Date): Promise<number> {
  const today = dateInRiga(now);
  return inTransaction(db, async (trx) => {
    const due = await trx
      .selectFrom("mailbox.message")
      .select(["id", "delivery_due_on"])
      .where("delivered_at", "is", null)
      .where("delivery_due_on", "<=", today)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const row of due) {
      await trx
        .updateTable("mailbox.message")
        .set({ delivered_at: startOfRigaDay(row.delivery_due_on), delivered_how: "deadline" })
        .where("id", "=", row.id)
        .where("delivered_at", "is", null)
        .execute();
    }
    await recordAudits(
      systemContext(DELIVER_JOB, trx),
      due.map((row) => ({
        event: "mailbox.message.deliver",
        subjectType: "mailbox_message",
        subjectId: row.id,
        details: { how: "deadline" },
      })),
    );
    return due.length;
  });
}

export function deliverByDeadlineJob(db: Kysely<Tables>): JobDefinition {
  return {
    name: DELIVER_JOB,
    // Just after midnight in Riga in winter and in summer, and hourly after, in case a run is missed.
    schedule: "5 * * * *",
    async handler() {
      await deliverByDeadline(db, new Date());
    },
  };
}
