// The portal's front page: the catalogue's search and its life and business situations first,
// since finding the right service is what most people come for; then how e-services work.
import { type EventDocument, FrontSearch, FrontSituations } from "../../modules/catalog/index.ts";
import { Layout } from "../../platform/html/layout.tsx";
import { usePage } from "../../platform/html/page-context.ts";

function Hero() {
  const { t } = usePage();
  return (
    <div class="epak-hero">
      <div class="govuk-width-container">
        <h1 class="govuk-heading-xl">{t("home.title")}</h1>
        <p class="govuk-body-l">{t("home.lead")}</p>
        <FrontSearch />
      </div>
    </div>
  );
}

const STEPS = ["login", "form", "decision"] as const;

export function FrontPage({ events }: { events: EventDocument[] }) {
  const { t } = usePage();
  return (
    <Layout title={t("home.title")} beforeMain={<Hero />}>
      <FrontSituations events={events} />
      <h2 class="govuk-heading-l govuk-!-margin-top-6">{t("home.start.heading")}</h2>
      <ol class="epak-card-list">
        {STEPS.map((step) => (
          <li key={step} class="epak-card">
            <h3 class="govuk-heading-m">{t(`home.start.${step}.title`)}</h3>
            <p class="govuk-body">{t(`home.start.${step}.body`)}</p>
          </li>
        ))}
      </ol>
      <div class="govuk-grid-row govuk-!-margin-top-6">
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-m">{t("home.help.heading")}</h2>
          <p class="govuk-body">{t("home.help.body")}</p>
        </div>
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-m">{t("home.safety.heading")}</h2>
          <ul class="govuk-list govuk-list--bullet">
            <li>{t("home.safety.data")}</li>
            <li>{t("home.safety.critical")}</li>
            <li>{t("home.safety.public")}</li>
          </ul>
        </div>
      </div>
    </Layout>
  );
}
