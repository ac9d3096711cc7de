// Giving a contact email or phone number, then typing the code sent to it.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { ContactChannel } from "../contact-codes.repository.ts";

export const CONTACT_PATHS: Record<ContactChannel, string> = { email: "/konts/kontakti/e-pasts", phone: "/konts/kontakti/talrunis" };

function BackLink() {
  const { t, locale } = usePage();
  return (
    <a class="govuk-back-link" href={localePath(locale, "/konts")}>
      {t("identity.account.back")}
    </a>
  );
}

export function ContactValuePage({
  channel,
  value,
  errors,
  csrfToken,
}: {
  channel: ContactChannel;
  value: string;
  errors: FieldErrors;
  csrfToken: string;
}) {
  const { t, locale } = usePage();
  const title = t(`identity.contact.${channel}.title`);
  return (
    <Layout title={`${Object.keys(errors).length ? `${t("form.error_title_prefix")} ` : ""}${title}`}>
      <BackLink />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <form method="post" action={localePath(locale, CONTACT_PATHS[channel])} novalidate>
            <CsrfField token={csrfToken} />
            <TextInput
              id="value"
              name="value"
              label={title}
              hint={t(`identity.contact.${channel}.hint`)}
              value={value}
              error={errors.value}
              type={channel === "email" ? "email" : "tel"}
              autocomplete={channel === "email" ? "email" : "tel"}
              spellcheck={false}
              isPageHeading
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("identity.contact.send_code")}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

export function ContactCodePage({
  channel,
  sentTo,
  errors,
  csrfToken,
  devOutbox,
}: {
  channel: ContactChannel;
  sentTo: string | null;
  errors: FieldErrors;
  csrfToken: string;
  /** Outside production nothing is really sent: say where the code can be read. */
  devOutbox: boolean;
}) {
  const { t, locale } = usePage();
  const title = t("identity.contact.code.title");
  return (
    <Layout title={`${Object.keys(errors).length ? `${t("form.error_title_prefix")} ` : ""}${title}`}>
      <BackLink />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          {devOutbox ? (
            <div class="govuk-inset-text">
              {t("identity.contact.code.dev_outbox")}{" "}
              <a class="govuk-link" href={localePath(locale, "/dev/izsutitie")}>
                {t("identity.contact.code.dev_outbox_link")}
              </a>
            </div>
          ) : null}
          <form method="post" action={localePath(locale, `${CONTACT_PATHS[channel]}/kods`)} novalidate>
            <CsrfField token={csrfToken} />
            <TextInput
              id="code"
              name="code"
              label={title}
              hint={sentTo ? t(`identity.contact.code.hint_${channel}`, { to: sentTo }) : t("identity.contact.code.hint")}
              value=""
              error={errors.code}
              inputMode="numeric"
              autocomplete="one-time-code"
              spellcheck={false}
              widthClass="govuk-input--width-10"
              isPageHeading
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("identity.contact.confirm")}
            </button>
          </form>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, CONTACT_PATHS[channel])}>
              {t("identity.contact.code.resend")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
