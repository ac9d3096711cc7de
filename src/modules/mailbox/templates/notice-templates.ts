// The notice emails' wording: what editors saved, or the shipped default. Templates are ICU
// messages, so plurals follow each language's rules (Latvian has three forms: 1, 21 … "ziņa";
// 2, 22 … "ziņas"; 0, 10–20, 30 … "ziņu").
import { IntlMessageFormat } from "intl-messageformat";
import type { Kysely, Transaction } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import type { Locale } from "../../../platform/i18n/locale.ts";
import type { MessageType } from "../mailbox.repository.ts";
import { defaultTemplate, type NoticeTemplate } from "./default-templates.ts";

type Db = Kysely<Tables> | Transaction<Tables>;

export type StoredTemplate = NoticeTemplate & { custom: boolean; updatedAt: Date | null; updatedBy: string | null };

export async function noticeTemplate(db: Db, type: MessageType, locale: Locale): Promise<StoredTemplate> {
  const row = await db
    .selectFrom("mailbox.template")
    .select(["subject", "body", "updated_at", "updated_by"])
    .where("type", "=", type)
    .where("locale", "=", locale)
    .executeTakeFirst();
  if (!row) return { ...defaultTemplate(type, locale), custom: false, updatedAt: null, updatedBy: null };
  return { subject: row.subject, body: row.body, custom: true, updatedAt: row.updated_at, updatedBy: row.updated_by };
}

export type NoticeValues = { unread: number; link: string };

export function renderNotice(template: NoticeTemplate, locale: Locale, values: NoticeValues): { subject: string; text: string } {
  const format = (text: string) => String(new IntlMessageFormat(text, locale).format(values));
  return { subject: format(template.subject), text: format(template.body) };
}

/** What is wrong with a template an editor wrote, by field, as message keys; empty when it can be saved. */
export function templateProblems(template: NoticeTemplate, locale: Locale): Record<"subject" | "body", string | undefined> {
  const check = (text: string, max: number, needsLink: boolean): string | undefined => {
    if (text.trim() === "") return "mailbox.template.error.empty";
    if (text.length > max) return "mailbox.template.error.too_long";
    try {
      const rendered = String(new IntlMessageFormat(text, locale).format({ unread: 2, link: "\u0000" }));
      if (needsLink && !rendered.includes("\u0000")) return "mailbox.template.error.no_link";
    } catch {
      return "mailbox.template.error.syntax";
    }
    return undefined;
  };
  return { subject: check(template.subject, 150, false), body: check(template.body, 3000, true) };
}
