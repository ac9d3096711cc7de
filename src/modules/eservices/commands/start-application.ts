// Opens a draft application on the latest published version of an e-service, with the register
// data fetched for it. The draft is kept for 30 days after it was last saved.
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import type { Application, Assistance } from "../application.repository.ts";

export const DRAFT_DAYS = 30;

export type StartInput = {
  service: string;
  version: number;
  subject: { kind: Application["subjectKind"]; id: string; name: string };
  prefill: Record<string, unknown>;
  now: Date;
  /** For the assisted and paper channels (the context's channel), where and by whom. */
  assistance?: Assistance;
};

export function draftExpiry(now: Date): Date {
  return new Date(now.getTime() + DRAFT_DAYS * 24 * 3600 * 1000);
}

export async function startApplication(ctx: Context, input: StartInput): Promise<string> {
  const id = randomUUID();
  const channel = ctx.channel === "assisted" || ctx.channel === "paper" ? ctx.channel : "online";
  if ((channel === "online") !== (input.assistance === undefined)) throw new Error("assistance goes with the assisted and paper channels");
  await ctx.trx
    .insertInto("eservices.application")
    .values({
      id,
      service: input.service,
      version: input.version,
      status: "draft",
      channel,
      assistance: input.assistance ? JSON.stringify(input.assistance) : null,
      created_by: ctx.actor,
      acting_for: ctx.onBehalfOf,
      subject_kind: input.subject.kind,
      subject_id: input.subject.id,
      subject_name: input.subject.name,
      answers: "{}",
      prefill: JSON.stringify(input.prefill),
      completed_pages: "[]",
      created_at: input.now,
      updated_at: input.now,
      expires_at: draftExpiry(input.now),
    })
    .execute();
  await recordAudit(ctx, {
    event: "eservices.application.start",
    subjectType: "application",
    subjectId: id,
    details: { service: input.service, version: input.version, subjectKind: input.subject.kind },
  });
  return id;
}
