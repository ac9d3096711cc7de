// "Who acted for me", read from the audit log: what someone did while acting for the person under
// a mandate, what anyone else did concerning them (a consultant recording an authorisation or
// submitting for them at a centre, an agent giving a mandate up), and when an agent started
// acting for them. What an agent did about themselves while acting for the person (reading their
// own account page) is the agent's, not the principal's, and is left out.
import { type Kysely, sql } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";

export type ActedEntry = {
  id: number;
  at: Date;
  event: string;
  actor: string;
  onBehalfOf: string | null;
  channel: string;
  details: Record<string, unknown>;
};

export const ACTED_PAGE_SIZE = 50;

/** One page, newest first; `hasMore` when an older page exists. */
export async function actionsFor(db: Kysely<Tables>, personId: string, page: number): Promise<{ entries: ActedEntry[]; hasMore: boolean }> {
  const rows = await db
    .selectFrom("platform.audit_log")
    .select(["id", "occurred_at", "event", "actor", "on_behalf_of", "channel", "details"])
    .where((eb) =>
      eb.or([
        eb.and([
          eb("on_behalf_of", "=", `person:${personId}`),
          eb.or([eb("subject_type", "is", null), eb("subject_type", "!=", "person"), eb("subject_id", "=", personId)]),
        ]),
        eb.and([eb("subject_type", "=", "person"), eb("subject_id", "=", personId), eb("actor", "!=", `user:${personId}`)]),
        eb.and([
          eb("event", "=", "identity.acting.switch"),
          eb(sql<string>`details->'to'->>'kind'`, "=", "person"),
          eb(sql<string>`details->'to'->>'id'`, "=", personId),
        ]),
      ]),
    )
    .orderBy("occurred_at", "desc")
    .orderBy("id", "desc")
    .offset((page - 1) * ACTED_PAGE_SIZE)
    .limit(ACTED_PAGE_SIZE + 1)
    .execute();
  const entries = rows.slice(0, ACTED_PAGE_SIZE).map((r) => ({
    id: r.id,
    at: r.occurred_at,
    event: r.event,
    actor: r.actor,
    onBehalfOf: r.on_behalf_of,
    channel: r.channel,
    details: r.details,
  }));
  return { entries, hasMore: rows.length > ACTED_PAGE_SIZE };
}
