// The small "news by email" form beside the news list; it posts to the subscription page's form,
// which shows any problem with the address in full.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { NEWS_PATHS } from "../paths.ts";

export function SubscribeBox({ csrfToken }: { csrfToken: string }) {
  const { t, locale } = usePage();
  return (
    <aside class="govuk-inset-text govuk-!-margin-top-0" aria-labelledby="subscribe-box-title">
      <h2 class="govuk-heading-m" id="subscribe-box-title">
        {t("news.subscribe.box.title")}
      </h2>
      <p class="govuk-body">{t("news.subscribe.box.text")}</p>
      <form method="post" action={localePath(locale, NEWS_PATHS.subscribe)} novalidate>
        <CsrfField token={csrfToken} />
        <div class="govuk-form-group">
          <label class="govuk-label" for="subscribe-box-email">
            {t("news.subscribe.email.label")}
          </label>
          <input class="govuk-input" id="subscribe-box-email" name="email" type="email" autocomplete="email" spellcheck={false} />
        </div>
        <button type="submit" class="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">
          {t("news.subscribe.submit")}
        </button>
      </form>
    </aside>
  );
}
