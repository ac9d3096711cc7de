// Outgoing email and SMS (one-time codes, notifications). Callers see one interface; each
// channel has its own way out, so a real SMS gateway can later be added as another
// implementation of ChannelSender without any caller changing.
//
// Message text is never logged here or attached to an error: it may hold a one-time code.
import type { Kysely } from "kysely";
import nodemailer from "nodemailer";
import type { Tables } from "../db/tables.ts";
import { AppError } from "../errors.ts";
import { putInDevOutbox } from "./dev-outbox.ts";

export type OutgoingMessage = {
  channel: "email" | "sms";
  to: string;
  subject: string;
  text: string;
  /** Extra email headers (List-Unsubscribe and the like); SMS has none. */
  headers?: Record<string, string>;
};

export type MessageSender = { send(message: OutgoingMessage): Promise<void> };

export type MessageSenderOptions = {
  /** smtp:// or smtps:// with any credentials; null when there is no mail server. */
  smtpUrl: string | null;
  from: string;
  /** Whether messages with nowhere else to go may be kept in platform.dev_outbox (never in production). */
  devOutbox: boolean;
};

type ChannelSender = (message: OutgoingMessage) => Promise<void>;

// A person waits on the page while their code is sent: a mail server that does not answer
// must fail the send within seconds, not after nodemailer's default of minutes.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

function smtpSender(smtpUrl: string, from: string): ChannelSender {
  const transport = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  return async (message) => {
    try {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text, headers: message.headers ?? {} });
    } catch (error) {
      // The caller logs the cause; the person is told to try again.
      throw new AppError("message_not_sent", 502, undefined, { cause: error });
    }
  };
}

function unavailable(reason: string): ChannelSender {
  return async () => {
    throw new Error(reason);
  };
}

export function createMessageSender(db: Kysely<Tables>, options: MessageSenderOptions): MessageSender {
  const outbox: ChannelSender = (message) => putInDevOutbox(db, message);
  const senders: Record<OutgoingMessage["channel"], ChannelSender> = {
    email: options.smtpUrl
      ? smtpSender(options.smtpUrl, options.from)
      : options.devOutbox
        ? outbox
        : unavailable("Email cannot be sent: SMTP_URL must be set (smtp:// or smtps://)"),
    sms: options.devOutbox ? outbox : unavailable("SMS cannot be sent: no SMS gateway is configured"),
  };
  return { send: (message) => senders[message.channel](message) };
}
