// Drafts are kept for 30 days after they were last saved (the person is told the date); then
// they go, with their attachments, so half-filled forms with personal data do not pile up.
import type { Kysely } from "kysely";
import { recordAudits } from "../../../platform/audit/audit.ts";
import { systemContext } from "../../../platform/context.ts";
import type { Tables } from "../../../platform/db/tables.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import type { JobDefinition } from "../../../platform/jobs/jobs.ts";

export const EXPIRE_DRAFTS_JOB = "eservices.draft.expire";

export async function expireDrafts(db: Kysely<Tables>, now: Date): Promise<number> {
  return inTransaction(db, async (trx) => {
    const gone = await trx
      .deleteFrom("eservices.application")
      .where("status", "=", "draft")
      .where("expires_at", "<", now)
      .returning(["id", "service"])
      .execute();
    await recordAudits(
      systemContext(EXPIRE_DRAFTS_JOB, trx),
      gone.map((row) => ({
        event: "eservices.application.expire",
        subjectType: "application",
        subjectId: row.id,
        details: { service: row.service },
      })),
    );
    return gone.length;
  });
}

export function expireDraftsJob(db: Kysely<Tables>): JobDefinition {
  return {
    name: EXPIRE_DRAFTS_JOB,
    schedule: "17 3 * * *",
    async handler() {
      await expireDrafts(db, new Date());
    },
  };
}
