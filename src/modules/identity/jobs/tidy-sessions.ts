// Hourly: sessions nobody will come back to are marked ended (so "active sessions" and counts
// are true even for people who never return); ended sessions are deleted after 30 days (the
// login history keeps what a person may want to see) and stale one-time codes after a day.
import { type Kysely, sql } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import type { JobDefinition } from "../../../platform/jobs/jobs.ts";

export function tidySessionsJob(db: Kysely<Tables>, idleMinutes: number): JobDefinition {
  return {
    name: "identity.sessions.tidy",
    schedule: "17 * * * *",
    retryLimit: 1,
    async handler() {
      await db
        .updateTable("identity.session")
        .set({ ended_at: sql<Date>`now()`, end_reason: sql`case when expires_at <= now() then 'expired' else 'idle' end` })
        .where("ended_at", "is", null)
        .where((eb) =>
          eb.or([
            eb("expires_at", "<=", sql<Date>`now()`),
            eb("last_seen_at", "<=", sql<Date>`now() - make_interval(mins => ${idleMinutes})`),
          ]),
        )
        .execute();
      await db.deleteFrom("identity.session").where("ended_at", "<", sql<Date>`now() - interval '30 days'`).execute();
      await db.deleteFrom("identity.contact_code").where("created_at", "<", sql<Date>`now() - interval '1 day'`).execute();
    },
  };
}
