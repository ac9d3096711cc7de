// The officer's side of the e-address: what the institution sent and whether it was delivered,
// and the form to send an official message.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { describedBy, FieldError, FieldHint } from "../../../platform/html/components/field-parts.tsx";
import { Radios } from "../../../platform/html/components/radios.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Textarea } from "../../../platform/html/components/textarea.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { unitName } from "../../identity/index.ts";
import type { ComposeInput } from "../commands/compose-input.ts";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "../commands/send-mailbox-message.ts";
import { deliveryOf } from "../delivery.ts";
import { type MailboxMessage, MESSAGE_TYPES, type MessageSummary } from "../mailbox.repository.ts";
import { DeliveryText, MessageBody } from "./mailbox-views.tsx";

function Recipient({ message }: { message: MessageSummary }) {
  const { t } = usePage();
  return message.owner.kind === "company"
    ? t("mailbox.staff.to_company", { number: message.owner.registrationNumber })
    : t("mailbox.staff.to_person");
}

export function SentMessagesPage({ institution, messages, now }: { institution: string; messages: MessageSummary[]; now: Date }) {
  const { t, locale } = usePage();
  const title = t("mailbox.staff.title");
  return (
    <Layout title={title}>
      <span class="govuk-caption-l">{unitName({ unitKind: "institution", unitCode: institution }, locale)}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t("mailbox.staff.intro")}</p>
      <a class="govuk-button" href={localePath(locale, "/darbs/pastkaste/jauna")}>
        {t("mailbox.compose.title")}
      </a>
      {messages.length === 0 ? (
        <p class="govuk-body">{t("mailbox.staff.none")}</p>
      ) : (
        <DataTable
          caption={title}
          headers={[t("mailbox.list.subject"), t("mailbox.staff.recipient"), t("mailbox.list.sent"), t("mailbox.list.delivered")]}
        >
          {messages.map((m) => (
            <tr class="govuk-table__row" key={m.id}>
              <td class="govuk-table__cell">
                <a class="govuk-link" href={localePath(locale, `/darbs/pastkaste/${m.id}`)}>
                  {m.subject}
                </a>
                <br />
                <span class="govuk-body-s">{t(`mailbox.type.${m.type}`)}</span>
              </td>
              <td class="govuk-table__cell">
                <Recipient message={m} />
              </td>
              <td class="govuk-table__cell">{formatDateTime(locale, m.sentAt)}</td>
              <td class="govuk-table__cell">
                <DeliveryText delivery={deliveryOf(m, now)} dueOn={m.deliveryDueOn} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

export function SentMessagePage({ message, now, justSent }: { message: MailboxMessage; now: Date; justSent: boolean }) {
  const { t, locale } = usePage();
  return (
    <Layout title={message.subject}>
      <a class="govuk-back-link" href={localePath(locale, "/darbs/pastkaste")}>
        {t("mailbox.staff.back")}
      </a>
      <SuccessBanner text={justSent ? t("mailbox.staff.sent_banner") : null} />
      <span class="govuk-caption-l">{t(`mailbox.type.${message.type}`)}</span>
      <h1 class="govuk-heading-l">{message.subject}</h1>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("mailbox.staff.recipient")}</dt>
          <dd class="govuk-summary-list__value">
            <Recipient message={message} />
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("mailbox.message.sent")}</dt>
          <dd class="govuk-summary-list__value">{formatDateTime(locale, message.sentAt)}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("mailbox.message.delivered")}</dt>
          <dd class="govuk-summary-list__value">
            <DeliveryText delivery={deliveryOf(message, now)} dueOn={message.deliveryDueOn} />
          </dd>
        </div>
        {message.reference ? (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{t("mailbox.message.reference")}</dt>
            <dd class="govuk-summary-list__value">{message.reference}</dd>
          </div>
        ) : null}
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("mailbox.message.attachments")}</dt>
          <dd class="govuk-summary-list__value">
            {message.attachments.length === 0 ? t("mailbox.staff.no_attachments") : message.attachments.map((a) => a.fileName).join(", ")}
          </dd>
        </div>
      </dl>
      <MessageBody text={message.body} />
    </Layout>
  );
}

export function ComposePage({ input, errors, csrfToken }: { input: ComposeInput; errors: FieldErrors; csrfToken: string }) {
  const { t, locale } = usePage();
  const title = t("mailbox.compose.title");
  const fileHint = t("mailbox.compose.attachments.hint", { count: MAX_ATTACHMENTS, mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
  return (
    <Layout title={Object.keys(errors).length > 0 ? `${t("form.error_title_prefix")} ${title}` : title}>
      <a class="govuk-back-link" href={localePath(locale, "/darbs/pastkaste")}>
        {t("mailbox.staff.back")}
      </a>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 class="govuk-heading-l">{title}</h1>
          <form method="post" action={localePath(locale, "/darbs/pastkaste/jauna")} enctype="multipart/form-data" novalidate>
            <CsrfField token={csrfToken} />
            <Radios
              id="recipientKind"
              name="recipientKind"
              legend={t("mailbox.compose.recipient_kind")}
              value={input.recipientKind}
              error={errors.recipientKind}
              options={[
                { value: "person", label: t("mailbox.compose.recipient_kind.person") },
                { value: "company", label: t("mailbox.compose.recipient_kind.company") },
              ]}
            />
            <TextInput
              id="personalCode"
              name="personalCode"
              label={t("mailbox.compose.personal_code")}
              hint={t("mailbox.compose.personal_code.hint")}
              value={input.personalCode}
              error={errors.personalCode}
              inputMode="numeric"
              autocomplete="off"
              widthClass="govuk-input--width-20"
            />
            <TextInput
              id="registrationNumber"
              name="registrationNumber"
              label={t("mailbox.compose.registration_number")}
              hint={t("mailbox.compose.registration_number.hint")}
              value={input.registrationNumber}
              error={errors.registrationNumber}
              inputMode="numeric"
              autocomplete="off"
              widthClass="govuk-input--width-20"
            />
            <Radios
              id="type"
              name="type"
              legend={t("mailbox.compose.type")}
              value={input.type}
              error={errors.type}
              small
              options={MESSAGE_TYPES.map((type) => ({ value: type, label: t(`mailbox.type.${type}`) }))}
            />
            <TextInput id="subject" name="subject" label={t("mailbox.compose.subject")} value={input.subject} error={errors.subject} />
            <Textarea id="body" name="body" label={t("mailbox.compose.body")} value={input.body} error={errors.body} rows={10} />
            <TextInput
              id="reference"
              name="reference"
              label={t("mailbox.compose.reference")}
              hint={t("mailbox.compose.reference.hint")}
              value={input.reference}
              error={errors.reference}
              widthClass="govuk-input--width-20"
            />
            <div class={`govuk-form-group${errors.attachments ? " govuk-form-group--error" : ""}`}>
              <label class="govuk-label" for="attachments">
                {t("mailbox.compose.attachments")}
              </label>
              <FieldHint id="attachments" hint={fileHint} />
              <FieldError id="attachments" error={errors.attachments} />
              <input
                class={`govuk-file-upload${errors.attachments ? " govuk-file-upload--error" : ""}`}
                id="attachments"
                name="attachments"
                type="file"
                multiple
                accept=".pdf,.edoc,.asice,.png,.jpg,.jpeg"
                aria-describedby={describedBy("attachments", fileHint, errors.attachments)}
              />
            </div>
            <button type="submit" class="govuk-button" data-prevent-double-click="true">
              {t("mailbox.compose.send")}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
