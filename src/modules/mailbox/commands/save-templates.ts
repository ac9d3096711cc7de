// Editors change the wording of a message type's notice emails, in both languages at once, or
// return it to the wording Epak ships.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { LOCALES, type Locale } from "../../../platform/i18n/locale.ts";
import type { MessageType } from "../mailbox.repository.ts";
import type { NoticeTemplate } from "../templates/default-templates.ts";

export async function saveTemplates(ctx: Context, type: MessageType, templates: Record<Locale, NoticeTemplate>, now: Date): Promise<void> {
  for (const locale of LOCALES) {
    const { subject, body } = templates[locale];
    await ctx.trx
      .insertInto("mailbox.template")
      .values({ type, locale, subject, body, updated_at: now, updated_by: ctx.actor })
      .onConflict((oc) => oc.columns(["type", "locale"]).doUpdateSet({ subject, body, updated_at: now, updated_by: ctx.actor }))
      .execute();
  }
  await recordAudit(ctx, { event: "mailbox.template.save", subjectType: "mailbox_template", subjectId: type });
}

export async function resetTemplates(ctx: Context, type: MessageType): Promise<void> {
  await ctx.trx.deleteFrom("mailbox.template").where("type", "=", type).execute();
  await recordAudit(ctx, { event: "mailbox.template.reset", subjectType: "mailbox_template", subjectId: type });
}
