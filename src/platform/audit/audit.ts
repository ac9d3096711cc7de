// The audit log: one row for every write and every read of personal data, written through the
// caller's transaction so that the row exists exactly when the change does.
import type { Context } from "../context.ts";

export type AuditEntry = {
  /** `<module>.<noun>.<verb>`, e.g. `platform.site-notice.create`. */
  event: string;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
};

const EVENT = /^[a-z]+\.[a-z-]+\.[a-z-]+$/;

export async function recordAudit(ctx: Context, entry: AuditEntry): Promise<void> {
  if (!EVENT.test(entry.event)) throw new Error(`Audit event "${entry.event}" must be <module>.<noun>.<verb>`);
  await ctx.trx
    .insertInto("platform.audit_log")
    .values({
      event: entry.event,
      actor: ctx.actor,
      on_behalf_of: ctx.onBehalfOf,
      channel: ctx.channel,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId ?? null,
      request_id: ctx.requestId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

/** Many audit rows in one statement, for bulk writes such as an import. */
export async function recordAudits(ctx: Context, entries: AuditEntry[]): Promise<void> {
  for (const entry of entries) if (!EVENT.test(entry.event)) throw new Error(`Audit event "${entry.event}" must be <module>.<noun>.<verb>`);
  for (let i = 0; i < entries.length; i += 500) {
    await ctx.trx
      .insertInto("platform.audit_log")
      .values(
        entries.slice(i, i + 500).map((entry) => ({
          event: entry.event,
          actor: ctx.actor,
          on_behalf_of: ctx.onBehalfOf,
          channel: ctx.channel,
          subject_type: entry.subjectType ?? null,
          subject_id: entry.subjectId ?? null,
          request_id: ctx.requestId,
          details: JSON.stringify(entry.details ?? {}),
        })),
      )
      .execute();
  }
}
