// The emails of the news module. None says anything about the person: only what the email is for
// and where to go. Every email that a subscriber gets carries a one-click unsubscribe link, both
// in the text and in the List-Unsubscribe headers (RFC 8058) that mail programs show as a button.
import type { Context } from "../../platform/context.ts";
import type { Locale } from "../../platform/i18n/locale.ts";
import type { Translate } from "../../platform/i18n/messages.ts";
import type { EmailToQueue } from "../mailbox/index.ts";
import type { Article } from "./news.repository.ts";
import { absoluteUrl, NEWS_PATHS } from "./paths.ts";

/** What the emails are written with: the site's public address and each language's messages. */
export type NewsWriting = {
  publicUrl: string;
  translator: (locale: Locale) => Translate;
};

/** Writing, and handing an email to the mailbox's outbox in the caller's transaction. */
export type NewsMailer = NewsWriting & {
  outbox: (ctx: Context, email: EmailToQueue) => Promise<string>;
};

function unsubscribeHeaders(url: string): Record<string, string> {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

export function confirmationEmail(mailer: NewsWriting, locale: Locale, to: string, token: string, days: number): EmailToQueue {
  const t = mailer.translator(locale);
  const link = absoluteUrl(mailer.publicUrl, locale, NEWS_PATHS.confirm(token));
  return { to, subject: t("news.email.confirm.subject"), text: t("news.email.confirm.text", { link, days }), purpose: "news.confirm" };
}

/** For an address that is already subscribed and asked again: nothing to do, and the way out. */
export function reminderEmail(mailer: NewsWriting, locale: Locale, to: string, unsubscribeToken: string): EmailToQueue {
  const t = mailer.translator(locale);
  const unsubscribe = absoluteUrl(mailer.publicUrl, locale, NEWS_PATHS.unsubscribe(unsubscribeToken));
  return {
    to,
    subject: t("news.email.reminder.subject"),
    text: t("news.email.reminder.text", { unsubscribe }),
    purpose: "news.reminder",
    headers: unsubscribeHeaders(unsubscribe),
  };
}

export function articleEmail(
  mailer: NewsWriting,
  locale: Locale,
  to: string,
  article: Pick<Article, "slug" | "title" | "summary">,
  unsubscribeToken: string,
): EmailToQueue {
  const t = mailer.translator(locale);
  const unsubscribe = absoluteUrl(mailer.publicUrl, locale, NEWS_PATHS.unsubscribe(unsubscribeToken));
  return {
    to,
    subject: t("news.email.article.subject", { title: article.title[locale] }),
    text: t("news.email.article.text", {
      title: article.title[locale],
      summary: article.summary[locale],
      link: absoluteUrl(mailer.publicUrl, locale, NEWS_PATHS.article(article.slug)),
      unsubscribe,
    }),
    purpose: "news.article",
    headers: unsubscribeHeaders(unsubscribe),
  };
}
