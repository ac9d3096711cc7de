// The e-address pages: a mailbox's list of messages and one message with its files.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Company } from "../../identity/index.ts";
import { unitName } from "../../identity/index.ts";
import { type Delivery, deliveryOf } from "../delivery.ts";
import type { MailboxMessage, MessageSummary, Owner } from "../mailbox.repository.ts";

export function mailboxPath(owner: Owner): string {
  return owner.kind === "person" ? "/pastkaste" : `/pastkaste/uznemums/${owner.registrationNumber}`;
}

function institutionName(code: string, locale: "lv" | "en"): string {
  return unitName({ unitKind: "institution", unitCode: code }, locale);
}

const numericDates = {
  lv: new Intl.DateTimeFormat("lv-LV", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};

/** A delivery day in a form that fits any sentence: Latvian month names would need the case the sentence asks for. */
function formatDay(locale: "lv" | "en", isoDate: string): string {
  const text = numericDates[locale].format(new Date(`${isoDate}T00:00:00Z`));
  // Latvian writes a numeric date with a closing dot (25.11.2026.), which Intl leaves out.
  return locale === "lv" && !text.endsWith(".") ? `${text}.` : text;
}

export function DeliveryText({ delivery, dueOn }: { delivery: Delivery; dueOn: string }) {
  const { t, locale } = usePage();
  if (!delivery) return <>{t("mailbox.delivery.pending", { date: formatDay(locale, dueOn) })}</>;
  return delivery.how === "opened"
    ? t("mailbox.delivery.opened", { at: formatDateTime(locale, delivery.at) })
    : t("mailbox.delivery.deadline", { date: formatDay(locale, dueOn) });
}

function MessageRows({ messages, now }: { messages: MessageSummary[]; now: Date }) {
  const { t, locale } = usePage();
  return (
    <>
      {messages.map((m) => (
        <tr class="govuk-table__row" key={m.id}>
          <td class="govuk-table__cell">
            <a class="govuk-link" href={localePath(locale, `/pastkaste/${m.id}`)}>
              {m.openedAt ? m.subject : <strong>{m.subject}</strong>}
            </a>
            {m.openedAt ? null : (
              <>
                {" "}
                <strong class="govuk-tag govuk-tag--blue">{t("mailbox.list.unopened")}</strong>
              </>
            )}
            <br />
            <span class="govuk-body-s">{t(`mailbox.type.${m.type}`)}</span>
          </td>
          <td class="govuk-table__cell">{institutionName(m.institution, locale)}</td>
          <td class="govuk-table__cell">{formatDateTime(locale, m.sentAt)}</td>
          <td class="govuk-table__cell">
            <DeliveryText delivery={deliveryOf(m, now)} dueOn={m.deliveryDueOn} />
          </td>
        </tr>
      ))}
    </>
  );
}

export function MailboxPage({
  owner,
  companyName,
  messages,
  companies,
  now,
}: {
  owner: Owner;
  companyName: string | null;
  messages: MessageSummary[];
  /** The companies whose e-address the person also reads; null when the register could not be asked. */
  companies: Company[] | null;
  now: Date;
}) {
  const { t, locale } = usePage();
  const title =
    owner.kind === "person" ? t("mailbox.title") : t("mailbox.company_title", { name: companyName ?? owner.registrationNumber });
  const unopened = messages.filter((m) => !m.openedAt).length;
  return (
    <Layout title={title}>
      {owner.kind === "company" ? (
        <a class="govuk-back-link" href={localePath(locale, "/pastkaste")}>
          {t("mailbox.back_to_own")}
        </a>
      ) : null}
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t("mailbox.intro")}</p>
      <p class="govuk-body">{t("mailbox.unopened_count", { count: unopened })}</p>
      {messages.length === 0 ? (
        <p class="govuk-body govuk-!-font-weight-bold">{t("mailbox.empty")}</p>
      ) : (
        <DataTable
          caption={title}
          headers={[t("mailbox.list.subject"), t("mailbox.list.from"), t("mailbox.list.sent"), t("mailbox.list.delivered")]}
        >
          <MessageRows messages={messages} now={now} />
        </DataTable>
      )}
      {owner.kind === "person" ? (
        <>
          <h2 class="govuk-heading-m">{t("mailbox.companies.title")}</h2>
          {companies === null ? (
            <p class="govuk-body">{t("mailbox.companies.unavailable")}</p>
          ) : companies.length === 0 ? (
            <p class="govuk-body">{t("mailbox.companies.none")}</p>
          ) : (
            <ul class="govuk-list">
              {companies.map((c) => (
                <li key={c.registrationNumber}>
                  <a
                    class="govuk-link"
                    href={localePath(locale, mailboxPath({ kind: "company", registrationNumber: c.registrationNumber }))}
                  >
                    {t("mailbox.companies.link", { name: c.name, number: c.registrationNumber })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Layout>
  );
}

function formatSize(bytes: number, locale: "lv" | "en"): string {
  const kib = Math.max(1, Math.round(bytes / 1024));
  return kib < 1024
    ? `${kib.toLocaleString(locale === "lv" ? "lv-LV" : "en-GB")} KB`
    : `${(kib / 1024).toLocaleString(locale === "lv" ? "lv-LV" : "en-GB", { maximumFractionDigits: 1 })} MB`;
}

export function MessageBody({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim() !== "")
        .map((paragraph, i) => (
          <p class="govuk-body epak-pre-line" key={i}>
            {paragraph.trim()}
          </p>
        ))}
    </>
  );
}

export function MessagePage({ message, now }: { message: MailboxMessage; now: Date }) {
  const { t, locale } = usePage();
  const delivery = deliveryOf(message, now);
  const rows: [string, preact.ComponentChildren][] = [
    [t("mailbox.message.from"), institutionName(message.institution, locale)],
    [t("mailbox.message.sent"), formatDateTime(locale, message.sentAt)],
    [t("mailbox.message.delivered"), <DeliveryText delivery={delivery} dueOn={message.deliveryDueOn} key="d" />],
  ];
  if (message.reference) rows.push([t("mailbox.message.reference"), message.reference]);
  return (
    <Layout title={message.subject}>
      <a class="govuk-back-link" href={localePath(locale, mailboxPath(message.owner))}>
        {t("mailbox.back")}
      </a>
      <span class="govuk-caption-l">{t(`mailbox.type.${message.type}`)}</span>
      <h1 class="govuk-heading-l">{message.subject}</h1>
      <dl class="govuk-summary-list">
        {rows.map(([key, value]) => (
          <div class="govuk-summary-list__row" key={key}>
            <dt class="govuk-summary-list__key">{key}</dt>
            <dd class="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <MessageBody text={message.body} />
      {message.attachments.length > 0 ? (
        <>
          <h2 class="govuk-heading-m">{t("mailbox.message.attachments")}</h2>
          <ul class="govuk-list">
            {message.attachments.map((a) => (
              <li key={a.id}>
                <a class="govuk-link" href={localePath(locale, `/pastkaste/${message.id}/pielikumi/${a.id}`)} download>
                  {a.fileName}
                </a>{" "}
                <span class="govuk-body-s">({formatSize(a.sizeBytes, locale)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
