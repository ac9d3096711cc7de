// "Pilnvaras": the mandates the person gave and holds, and the written authorisations recorded
// about them at client service centres, each as a card with where it stands and what can be done.
import type { ComponentChildren } from "preact";
import type { IsoDate } from "../../../platform/calendar/business-days.ts";
import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDate } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { unitName } from "../../identity/index.ts";
import type { Authorisation } from "../authorisations.repository.ts";
import type { Mandate } from "../mandates.repository.ts";
import { type Standing, standingOn } from "../scope.ts";
import { ACTED_PATH, GRANT_PATH, MANDATES_PATH, Period, ScopeText, type ServiceTitles, StandingTag, SummaryRow } from "./parts.tsx";

export const SAVED = ["granted", "revoked", "given_up", "authorisation_revoked"] as const;
export type Saved = (typeof SAVED)[number];

type Props = {
  given: Mandate[];
  held: Mandate[];
  authorisations: Authorisation[];
  today: IsoDate;
  titles: ServiceTitles;
  saved: Saved | null;
};

type Action = { href: string; text: string; hidden: string };

type CardProps = { title: string; actions: Action[]; children: ComponentChildren; footer?: ComponentChildren };

function Card({ title, actions, children, footer }: CardProps) {
  const { locale } = usePage();
  return (
    <div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper">
        <h3 class="govuk-summary-card__title">{title}</h3>
        {actions.length > 0 ? (
          <ul class="govuk-summary-card__actions">
            {actions.map((a) => (
              <li key={a.href} class="govuk-summary-card__action">
                <a class="govuk-link" href={localePath(locale, a.href)}>
                  {a.text}
                  <span class="govuk-visually-hidden"> {a.hidden}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">{children}</dl>
        {footer}
      </div>
    </div>
  );
}

/** A mandate or an authorisation can still be ended while it is in force or yet to start. */
function endable(standing: Standing): boolean {
  return standing === "in_force" || standing === "not_yet";
}

function StandingRow({ standing, revokedAt }: { standing: Standing; revokedAt: Date | null }) {
  const { t, locale } = usePage();
  return (
    <SummaryRow label={t("mandates.field.status")}>
      <StandingTag standing={standing} />
      {revokedAt ? (
        <span class="govuk-!-display-block govuk-hint govuk-!-margin-top-1 govuk-!-margin-bottom-0">
          {t("mandates.revoked_on", { date: formatDate(locale, dateInRiga(revokedAt)) })}
        </span>
      ) : null}
    </SummaryRow>
  );
}

function GivenCard({ mandate, today, titles }: { mandate: Mandate; today: IsoDate; titles: ServiceTitles }) {
  const { t } = usePage();
  const standing = standingOn(mandate, today);
  const actions = endable(standing)
    ? [{ href: `${MANDATES_PATH}/${mandate.id}/atsaukt`, text: t("mandates.action.revoke"), hidden: mandate.agentName }]
    : [];
  return (
    <Card title={mandate.agentName} actions={actions}>
      <SummaryRow label={t("mandates.field.scope")}>
        <ScopeText scope={mandate} titles={titles} />
      </SummaryRow>
      <SummaryRow label={t("mandates.field.period")}>
        <Period from={mandate.validFrom} until={mandate.validUntil} />
      </SummaryRow>
      <StandingRow standing={standing} revokedAt={mandate.revokedAt} />
    </Card>
  );
}

function HeldCard({ mandate, today, titles }: { mandate: Mandate; today: IsoDate; titles: ServiceTitles }) {
  const { t, locale } = usePage();
  const standing = standingOn(mandate, today);
  const actions = endable(standing)
    ? [{ href: `${MANDATES_PATH}/${mandate.id}/atsaukt`, text: t("mandates.action.give_up"), hidden: mandate.principalName }]
    : [];
  const footer =
    standing === "in_force" ? (
      <p class="govuk-body govuk-!-margin-top-4 govuk-!-margin-bottom-0">
        {t("mandates.held.how_to_act")}{" "}
        <a class="govuk-link" href={localePath(locale, "/konts/loma")}>
          {t("mandates.held.switch", { name: mandate.principalName })}
        </a>
      </p>
    ) : null;
  return (
    <Card title={mandate.principalName} actions={actions} footer={footer}>
      <SummaryRow label={t("mandates.field.scope")}>
        <ScopeText scope={mandate} titles={titles} />
      </SummaryRow>
      <SummaryRow label={t("mandates.field.period")}>
        <Period from={mandate.validFrom} until={mandate.validUntil} />
      </SummaryRow>
      <StandingRow standing={standing} revokedAt={mandate.revokedAt} />
    </Card>
  );
}

function formatSize(bytes: number, locale: "lv" | "en"): string {
  const kib = Math.max(1, Math.round(bytes / 1024));
  const tag = locale === "lv" ? "lv-LV" : "en-GB";
  return kib < 1024 ? `${kib.toLocaleString(tag)} KB` : `${(kib / 1024).toLocaleString(tag, { maximumFractionDigits: 1 })} MB`;
}

function AuthorisationCard({ authorisation: a, today, titles }: { authorisation: Authorisation; today: IsoDate; titles: ServiceTitles }) {
  const { t, locale } = usePage();
  const standing = standingOn(a, today);
  const title = t("mandates.authorisations.card_title", { number: a.number });
  const actions = endable(standing)
    ? [{ href: `${MANDATES_PATH}/rakstiskas/${a.id}/atsaukt`, text: t("mandates.action.revoke_authorisation"), hidden: a.number }]
    : [];
  return (
    <Card title={title} actions={actions}>
      <SummaryRow label={t("mandates.field.centre")}>{unitName({ unitKind: "centre", unitCode: a.centre }, locale)}</SummaryRow>
      <SummaryRow label={t("mandates.field.consultant")}>{a.consultantName}</SummaryRow>
      <SummaryRow label={t("mandates.field.recorded")}>{formatDate(locale, dateInRiga(a.createdAt))}</SummaryRow>
      <SummaryRow label={t("mandates.field.scope")}>
        <ScopeText scope={a} titles={titles} />
      </SummaryRow>
      <SummaryRow label={t("mandates.field.period")}>
        <Period from={a.validFrom} until={a.validUntil} />
      </SummaryRow>
      <StandingRow standing={standing} revokedAt={a.revokedAt} />
      <SummaryRow label={t("mandates.field.scan")}>
        <a class="govuk-link" href={localePath(locale, `${MANDATES_PATH}/rakstiskas/${a.id}/skenejums`)} download>
          {t("mandates.action.download_scan", { name: a.scan.name, size: formatSize(a.scan.size, locale) })}
        </a>
      </SummaryRow>
    </Card>
  );
}

export function MandatesPage({ given, held, authorisations, today, titles, saved }: Props) {
  const { t, locale } = usePage();
  const title = t("mandates.title");
  return (
    <Layout title={title}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <SuccessBanner text={saved ? t(`mandates.saved.${saved}`) : null} />
          <h1 class="govuk-heading-l">{title}</h1>
          <p class="govuk-body">{t("mandates.lead")}</p>
          <a class="govuk-button" data-module="govuk-button" href={localePath(locale, GRANT_PATH)}>
            {t("mandates.grant_link")}
          </a>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, ACTED_PATH)}>
              {t("mandates.acted_link")}
            </a>
          </p>

          <h2 class="govuk-heading-m">{t("mandates.given.title")}</h2>
          {given.length === 0 ? <p class="govuk-body">{t("mandates.given.none")}</p> : null}
          {given.map((m) => (
            <GivenCard key={m.id} mandate={m} today={today} titles={titles} />
          ))}

          <h2 class="govuk-heading-m">{t("mandates.held.title")}</h2>
          {held.length === 0 ? <p class="govuk-body">{t("mandates.held.none")}</p> : null}
          {held.map((m) => (
            <HeldCard key={m.id} mandate={m} today={today} titles={titles} />
          ))}

          <h2 class="govuk-heading-m">{t("mandates.authorisations.title")}</h2>
          <p class="govuk-body">{t("mandates.authorisations.lead")}</p>
          {authorisations.length === 0 ? <p class="govuk-body">{t("mandates.authorisations.none")}</p> : null}
          {authorisations.map((a) => (
            <AuthorisationCard key={a.id} authorisation={a} today={today} titles={titles} />
          ))}
        </div>
      </div>
    </Layout>
  );
}
