import { Layout } from "../html/layout.tsx";
import { usePage } from "../html/page-context.ts";
import { localePath } from "../i18n/locale.ts";

/** `backTo` is the same-site page the failed request came from, when there is one to return to. */
export function ErrorPage({ code, requestId, backTo }: { code: string; requestId: string; backTo: string | null }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t(code)}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{t(code)}</h1>
          <p class="govuk-body">{t(`${code}.body`)}</p>
          <p class="govuk-body">
            {backTo ? (
              <a class="govuk-link" href={backTo}>
                {t("error.back")}
              </a>
            ) : (
              <a class="govuk-link" href={localePath(locale, "/")}>
                {t("error.back_home")}
              </a>
            )}
          </p>
          <p class="govuk-body-s">{t("error.request_id", { id: requestId })}</p>
        </div>
      </div>
    </Layout>
  );
}
