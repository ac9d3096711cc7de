// A reader opens a message. The first opening delivers it (unless the second business day came
// first) and is recorded with who opened it; every view is an audit row, as the message is
// personal data of the mailbox's owner.
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { deliveryOf } from "../delivery.ts";
import type { MailboxMessage } from "../mailbox.repository.ts";

export async function openMessage(ctx: Context, message: MailboxMessage, now: Date): Promise<MailboxMessage> {
  let opened = message;
  if (!message.openedAt) {
    const delivery = deliveryOf(message, now) ?? { at: now, how: "opened" as const };
    const updated = await ctx.trx
      .updateTable("mailbox.message")
      .set({ opened_at: now, opened_by: ctx.actor, delivered_at: delivery.at, delivered_how: delivery.how })
      .where("id", "=", message.id)
      .where("opened_at", "is", null)
      .returning(["opened_at", "delivered_at", "delivered_how"])
      .executeTakeFirst();
    if (updated) {
      opened = {
        ...message,
        openedAt: updated.opened_at,
        openedBy: ctx.actor,
        deliveredAt: updated.delivered_at,
        deliveredHow: updated.delivered_how,
      };
      await recordAudit(ctx, {
        event: "mailbox.message.open",
        subjectType: "mailbox_message",
        subjectId: message.id,
        details: { delivered: delivery.how },
      });
    }
  }
  await recordAudit(ctx, { event: "mailbox.message.read", subjectType: "mailbox_message", subjectId: message.id });
  return opened;
}
