import { Layout } from "../../platform/html/layout.tsx";
import { usePage } from "../../platform/html/page-context.ts";

export function AccessibilityPage() {
  const { t } = usePage();
  return (
    <Layout title={t("accessibility.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{t("accessibility.title")}</h1>
          <p class="govuk-body">{t("accessibility.intro")}</p>
          <h2 class="govuk-heading-m">{t("accessibility.how.heading")}</h2>
          <ul class="govuk-list govuk-list--bullet">
            <li>{t("accessibility.how.axe")}</li>
            <li>{t("accessibility.how.narrow")}</li>
            <li>{t("accessibility.how.components")}</li>
          </ul>
          <h2 class="govuk-heading-m">{t("accessibility.limits.heading")}</h2>
          <p class="govuk-body">{t("accessibility.limits.body")}</p>
          <h2 class="govuk-heading-m">{t("accessibility.contact.heading")}</h2>
          <p class="govuk-body">{t("accessibility.contact.body")}</p>
          <p class="govuk-body-s">{t("accessibility.prepared")}</p>
        </div>
      </div>
    </Layout>
  );
}
