// /klientu-centri/<slug>: one centre: whether it is open today, its contacts, opening hours for
// each weekday with the public holidays ahead when it is closed, how accessible it is, and the
// services one can apply for there, linked to their catalogue pages.
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDate } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { type Centre, type Text, WEEKDAYS } from "../model.ts";
import { formatIntervals } from "../opening-hours.ts";
import { CENTRES_PATH } from "../paths.ts";
import { Crumbs, Row, sortByName, TodayStatus, telHref } from "./parts.tsx";

export type ServiceLink = { identifier: string; title: Text };

export type CentrePageProps = {
  centre: Centre;
  municipality: Text | undefined;
  services: { state: ServiceLink[]; municipal: ServiceLink[] };
  today: string;
  /** Public holidays in the weeks ahead that fall on a day the centre would be open. */
  holidaysAhead: string[];
};

function Contacts({ centre, municipality }: Pick<CentrePageProps, "centre" | "municipality">) {
  const { locale, t } = usePage();
  return (
    <dl class="govuk-summary-list govuk-!-margin-bottom-8">
      <Row label={t("centres.centre.address")}>{centre.address}</Row>
      {centre.phone ? (
        <Row label={t("centres.centre.phone")}>
          <a class="govuk-link" href={telHref(centre.phone)}>
            {centre.phone}
          </a>
        </Row>
      ) : null}
      {centre.email ? (
        <Row label={t("centres.centre.email")}>
          <a class="govuk-link" href={`mailto:${centre.email}`}>
            {centre.email}
          </a>
        </Row>
      ) : null}
      {municipality ? <Row label={t("centres.centre.municipality")}>{municipality[locale]}</Row> : null}
      <Row label={t("centres.centre.host")}>{centre.host.name[locale]}</Row>
    </dl>
  );
}

function Hours({ centre, holidaysAhead }: Pick<CentrePageProps, "centre" | "holidaysAhead">) {
  const { locale, t } = usePage();
  return (
    <section aria-labelledby="hours" class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-l" id="hours">
        {t("centres.centre.hours")}
      </h2>
      <dl class="govuk-summary-list">
        {WEEKDAYS.map((day) => {
          const intervals = centre.hours[day] ?? [];
          return (
            <Row key={day} label={t(`centres.weekday.${day}`)}>
              {intervals.length ? formatIntervals(locale, intervals) : t("centres.centre.closed")}
            </Row>
          );
        })}
      </dl>
      <p class="govuk-body">{t("centres.centre.holidays_closed")}</p>
      {holidaysAhead.length ? (
        <>
          <p class="govuk-body">{t("centres.centre.holidays_ahead")}</p>
          <ul class="govuk-list govuk-list--bullet">
            {holidaysAhead.map((day) => (
              <li key={day}>{formatDate(locale, day)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function ServiceGroup({ id, title, services }: { id: string; title: string; services: ServiceLink[] }) {
  const { locale } = usePage();
  if (services.length === 0) return null;
  return (
    <>
      <h3 class="govuk-heading-m" id={id}>
        {title}
      </h3>
      <ul class="govuk-list govuk-list--bullet">
        {sortByName(services, (s) => s.title[locale], locale).map((s) => (
          <li key={s.identifier} class="govuk-!-margin-bottom-2">
            <a class="govuk-link" href={localePath(locale, `/pakalpojumi/${s.identifier}`)}>
              {s.title[locale]}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

export function CentrePage({ centre, municipality, services, today, holidaysAhead }: CentrePageProps) {
  const { locale, t } = usePage();
  return (
    <Layout title={centre.name[locale]} beforeMain={<Crumbs trail={[{ label: t("centres.list.title"), path: CENTRES_PATH }]} />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {municipality ? <span class="govuk-caption-l">{municipality[locale]}</span> : null}
          <h1 class="govuk-heading-xl">{centre.name[locale]}</h1>
          <div class="govuk-inset-text">
            <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              {t("centres.centre.today_label", { date: formatDate(locale, today) })}
            </p>
            <p class="govuk-body govuk-!-margin-bottom-0">
              <TodayStatus hours={centre.hours} today={today} />
            </p>
          </div>
          {centre.host.kind === "library" ? (
            <p class="govuk-body">{t("centres.centre.library_note", { library: centre.host.name[locale] })}</p>
          ) : null}
          <Contacts centre={centre} municipality={municipality} />
          <Hours centre={centre} holidaysAhead={holidaysAhead} />
          <section aria-labelledby="accessibility" class="govuk-!-margin-bottom-8">
            <h2 class="govuk-heading-l" id="accessibility">
              {t("centres.centre.accessibility")}
            </h2>
            <p class="govuk-body">{centre.accessibility[locale]}</p>
          </section>
          <section aria-labelledby="services" class="govuk-!-margin-bottom-8">
            <h2 class="govuk-heading-l" id="services">
              {t("centres.centre.services")}
            </h2>
            <p class="govuk-body">{t("centres.centre.services_intro")}</p>
            <ServiceGroup id="state-services" title={t("centres.centre.state_services")} services={services.state} />
            <ServiceGroup id="municipal-services" title={t("centres.centre.municipal_services")} services={services.municipal} />
          </section>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, CENTRES_PATH)}>
              {t("centres.centre.all_centres")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
