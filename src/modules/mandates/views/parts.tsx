// Pieces the mandates pages share: where a mandate stands, what it covers, its period, and the
// page shown to someone who opens them while acting for another.
import type { ComponentChildren } from "preact";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDate } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Scope, Standing } from "../scope.ts";

export const MANDATES_PATH = "/pilnvaras";
export const GRANT_PATH = "/pilnvaras/jauna";
export const ACTED_PATH = "/pilnvaras/darbibas";

/** Service titles by identifier, in the page's language. */
export type ServiceTitles = ReadonlyMap<string, string>;

const TAG_COLOURS: Record<Standing, string> = {
  in_force: "govuk-tag--green",
  not_yet: "govuk-tag--blue",
  expired: "govuk-tag--grey",
  revoked: "govuk-tag--red",
};

export function StandingTag({ standing }: { standing: Standing }) {
  const { t } = usePage();
  return <strong class={`govuk-tag ${TAG_COLOURS[standing]}`}>{t(`mandates.standing.${standing}`)}</strong>;
}

export function ScopeText({ scope, titles }: { scope: Scope; titles: ServiceTitles }) {
  const { t } = usePage();
  if (scope.allServices) return <>{t("mandates.scope.all")}</>;
  return (
    <ul class="govuk-list govuk-!-margin-bottom-0">
      {scope.services.map((s) => (
        <li key={s}>{titles.get(s) ?? s}</li>
      ))}
    </ul>
  );
}

export function Period({ from, until }: { from: string; until: string }) {
  const { t, locale } = usePage();
  return <>{t("mandates.period", { from: formatDate(locale, from), until: formatDate(locale, until) })}</>;
}

export function SummaryRow({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export function BackLink({ to, label }: { to: string; label: string }) {
  const { locale } = usePage();
  return (
    <a class="govuk-back-link" href={localePath(locale, to)}>
      {label}
    </a>
  );
}

export function errorTitle(t: (key: string) => string, title: string, hasErrors: boolean): string {
  return hasErrors ? `${t("form.error_title_prefix")} ${title}` : title;
}

/** Mandates are one's own affairs: an agent acting for someone cannot give or end mandates in their name. */
export function SelfOnlyPage() {
  const { t, locale } = usePage();
  const title = t("mandates.self_only.title");
  return (
    <Layout title={title}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{title}</h1>
          <p class="govuk-body">{t("mandates.self_only.body")}</p>
          <a class="govuk-button" data-module="govuk-button" href={localePath(locale, "/konts/loma")}>
            {t("mandates.self_only.switch")}
          </a>
        </div>
      </div>
    </Layout>
  );
}
