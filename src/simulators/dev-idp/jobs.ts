// Hourly: the provider's expired codes, interactions and sessions are deleted.
import { type Kysely, sql } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import type { JobDefinition } from "../../platform/jobs/jobs.ts";

export function purgeExpiredJob(db: Kysely<Tables>): JobDefinition {
  return {
    name: "dev-idp.expired.purge",
    schedule: "23 * * * *",
    retryLimit: 1,
    async handler() {
      await db.deleteFrom("dev_idp.oidc_model").where("expires_at", "<", sql<Date>`now()`).execute();
    },
  };
}
