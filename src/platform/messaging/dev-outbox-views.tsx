import type { ComponentChildren } from "preact";
import { Layout } from "../html/layout.tsx";
import { usePage } from "../html/page-context.ts";
import type { Locale } from "../i18n/locale.ts";
import type { OutboxMessage } from "./dev-outbox.ts";

// British English writes day before month, as Latvians read dates.
const DATE_LOCALES: Record<Locale, string> = { lv: "lv", en: "en-GB" };
const RIGA_TIME = { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Riga" } as const;

function SentAt({ at }: { at: Date }) {
  const { locale } = usePage();
  return <time dateTime={at.toISOString()}>{new Intl.DateTimeFormat(DATE_LOCALES[locale], RIGA_TIME).format(at)}</time>;
}

/** Line breaks kept as in <pre>, but long lines still wrap on a narrow screen. */
function Body({ text }: { text: string }) {
  const lines = text.split(/\r?\n/);
  return (
    <div>
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </div>
  );
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function OutboxCard({ message }: { message: OutboxMessage }) {
  const { t } = usePage();
  return (
    <div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper">
        <h2 class="govuk-summary-card__title">{message.subject.trim() || t("dev_outbox.no_subject")}</h2>
      </div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">
          <Row label={t("dev_outbox.channel")}>{t(`dev_outbox.channel.${message.channel}`)}</Row>
          <Row label={t("dev_outbox.recipient")}>{message.recipient}</Row>
          <Row label={t("dev_outbox.sent_at")}>
            <SentAt at={message.createdAt} />
          </Row>
          <Row label={t("dev_outbox.body")}>
            <Body text={message.body} />
          </Row>
        </dl>
      </div>
    </div>
  );
}

export function DevOutboxPage({ messages, max }: { messages: OutboxMessage[]; max: number }) {
  const { t } = usePage();
  return (
    <Layout title={t("dev_outbox.title")}>
      <h1 class="govuk-heading-l">{t("dev_outbox.title")}</h1>
      <p class="govuk-body">{t("dev_outbox.lead", { max })}</p>
      <p class="govuk-body">
        <a class="govuk-link" href="/dev/izsutitie.json">
          {t("dev_outbox.json_link")}
        </a>
      </p>
      {messages.length === 0 ? (
        <p class="govuk-body">{t("dev_outbox.empty")}</p>
      ) : (
        messages.map((m) => <OutboxCard key={m.id} message={m} />)
      )}
    </Layout>
  );
}
