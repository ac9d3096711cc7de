// The pages of subscribing by email: the form, "check your email", the one-button pages that
// confirm and unsubscribe (a button, because mail scanners open links but do not press buttons),
// what happened after each, and the page for a link that no longer means anything.
import type { ComponentChildren } from "preact";
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { CONFIRM_DAYS } from "../commands/request-subscription.ts";
import { NEWS_PATHS } from "../paths.ts";
import { Breadcrumbs } from "./parts.tsx";

function NewsCrumbs() {
  const { t } = usePage();
  return (
    <Breadcrumbs
      crumbs={[
        { label: t("news.crumb.home"), path: "/" },
        { label: t("news.title"), path: NEWS_PATHS.list },
      ]}
    />
  );
}

function OneColumn({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <Layout title={title} beforeMain={<NewsCrumbs />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">{children}</div>
      </div>
    </Layout>
  );
}

function NewsLink() {
  const { t, locale } = usePage();
  return (
    <p class="govuk-body">
      <a class="govuk-link" href={localePath(locale, NEWS_PATHS.list)}>
        {t("news.check_email.back")}
      </a>
    </p>
  );
}

export function SubscribePage({ email, errors, csrfToken }: { email: string; errors: FieldErrors; csrfToken: string }) {
  const { t, locale } = usePage();
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <OneColumn title={`${hasErrors ? `${t("form.error_title_prefix")} ` : ""}${t("news.subscribe.title")}`}>
      <ErrorSummary errors={errors} />
      <h1 class="govuk-heading-l">{t("news.subscribe.title")}</h1>
      <p class="govuk-body">{t("news.subscribe.intro")}</p>
      <form method="post" action={localePath(locale, NEWS_PATHS.subscribe)} novalidate>
        <CsrfField token={csrfToken} />
        <TextInput
          id="email"
          name="email"
          type="email"
          label={t("news.subscribe.email.label")}
          hint={t("news.subscribe.email.hint")}
          value={email}
          error={errors.email}
          autocomplete="email"
          spellcheck={false}
        />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {t("news.subscribe.submit")}
        </button>
      </form>
      <p class="govuk-body">{t("news.subscribe.privacy")}</p>
    </OneColumn>
  );
}

export function CheckEmailPage() {
  const { t } = usePage();
  return (
    <OneColumn title={t("news.check_email.title")}>
      <h1 class="govuk-heading-l">{t("news.check_email.title")}</h1>
      <p class="govuk-body">{t("news.check_email.text", { days: CONFIRM_DAYS })}</p>
      <p class="govuk-body">{t("news.check_email.not_arrived")}</p>
      <NewsLink />
    </OneColumn>
  );
}

/** One button, posted to the address the link opened. */
function OneButton({ action, label, csrfToken }: { action: string; label: string; csrfToken: string | null }) {
  const { locale } = usePage();
  return (
    <form method="post" action={localePath(locale, action)}>
      {csrfToken ? <CsrfField token={csrfToken} /> : null}
      <button type="submit" class="govuk-button" data-module="govuk-button">
        {label}
      </button>
    </form>
  );
}

export function ConfirmPage({ token, csrfToken }: { token: string; csrfToken: string }) {
  const { t } = usePage();
  return (
    <OneColumn title={t("news.confirm.title")}>
      <h1 class="govuk-heading-l">{t("news.confirm.title")}</h1>
      <p class="govuk-body">{t("news.confirm.text")}</p>
      <OneButton action={NEWS_PATHS.confirm(token)} label={t("news.confirm.submit")} csrfToken={csrfToken} />
    </OneColumn>
  );
}

export function ConfirmedPage() {
  const { t } = usePage();
  return (
    <OneColumn title={t("news.confirmed.title")}>
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">{t("news.confirmed.title")}</h1>
      </div>
      <p class="govuk-body">{t("news.confirmed.text")}</p>
      <NewsLink />
    </OneColumn>
  );
}

// The unsubscribe POST takes no CSRF token: a mail program posts it without one, and the token
// in the address is what authorises it.
export function UnsubscribePage({ token }: { token: string }) {
  const { t } = usePage();
  return (
    <OneColumn title={t("news.unsubscribe.title")}>
      <h1 class="govuk-heading-l">{t("news.unsubscribe.title")}</h1>
      <p class="govuk-body">{t("news.unsubscribe.text")}</p>
      <OneButton action={NEWS_PATHS.unsubscribe(token)} label={t("news.unsubscribe.submit")} csrfToken={null} />
    </OneColumn>
  );
}

export function UnsubscribedPage() {
  const { t, locale } = usePage();
  return (
    <OneColumn title={t("news.unsubscribed.title")}>
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">{t("news.unsubscribed.title")}</h1>
      </div>
      <p class="govuk-body">{t("news.unsubscribed.text")}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={localePath(locale, NEWS_PATHS.subscribe)}>
          {t("news.unsubscribed.again")}
        </a>
      </p>
      <NewsLink />
    </OneColumn>
  );
}

export function InvalidLinkPage({ kind }: { kind: "confirm" | "unsubscribe" }) {
  const { t, locale } = usePage();
  return (
    <OneColumn title={t("news.link_invalid.title")}>
      <h1 class="govuk-heading-l">{t("news.link_invalid.title")}</h1>
      <p class="govuk-body">{t(`news.link_invalid.${kind}`, { days: CONFIRM_DAYS })}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={localePath(locale, NEWS_PATHS.subscribe)}>
          {t("news.link_invalid.again")}
        </a>
      </p>
      <NewsLink />
    </OneColumn>
  );
}
