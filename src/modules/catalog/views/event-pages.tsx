// /dzives-situacijas and /biznesa-situacijas: the life and business situations; and one
// situation as a numbered step-by-step list, each step with the services it needs.
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { ServiceSummary } from "../catalog.repository.ts";
import type { EventDocument, EventKind } from "../model.ts";
import { firstSentence } from "./labels.ts";
import { Breadcrumbs, ServiceList } from "./service-parts.tsx";

/** Where each kind of situation lives; a situation's page is `<path>/<identifier>`. */
export const EVENT_PATHS: Record<EventKind, string> = { life: "/dzives-situacijas", business: "/biznesa-situacijas" };

const OTHER_KIND: Record<EventKind, EventKind> = { life: "business", business: "life" };

export function EventsPage({ kind, events }: { kind: EventKind; events: EventDocument[] }) {
  const { locale, t } = usePage();
  const collator = new Intl.Collator(locale);
  const sorted = events.filter((e) => e.kind === kind).sort((a, b) => collator.compare(a.title[locale], b.title[locale]));
  const other = OTHER_KIND[kind];
  return (
    <Layout title={t(`catalog.pages.events.${kind}.title`)} beforeMain={<Breadcrumbs trail={[]} />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-xl">{t(`catalog.pages.events.${kind}.title`)}</h1>
          <p class="govuk-body-l">{t(`catalog.pages.events.${kind}.intro`)}</p>
          <ul class="govuk-list">
            {sorted.map((e) => (
              <li key={e.identifier} class="govuk-!-margin-bottom-4">
                <a class="govuk-link govuk-!-font-weight-bold" href={localePath(locale, `${EVENT_PATHS[kind]}/${e.identifier}`)}>
                  {e.title[locale]}
                </a>
                <p class="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{firstSentence(e.description[locale])}</p>
              </li>
            ))}
          </ul>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, EVENT_PATHS[other])}>
              {t(`catalog.pages.events.${other}.see_also`)}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}

export type EventPageProps = {
  event: EventDocument;
  /** The published services of the event's steps, by identifier; a step's others are left out. */
  services: Map<string, ServiceSummary>;
};

export function EventPage({ event, services }: EventPageProps) {
  const { locale, t } = usePage();
  const trail = [{ label: t(`catalog.pages.events.${event.kind}.title`), path: EVENT_PATHS[event.kind] }];
  return (
    <Layout title={event.title[locale]} beforeMain={<Breadcrumbs trail={trail} />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{t(`catalog.pages.events.${event.kind}.one`)}</span>
          <h1 class="govuk-heading-xl">{event.title[locale]}</h1>
          <p class="govuk-body-l">{event.description[locale]}</p>
          <h2 class="govuk-heading-l">{t("catalog.pages.event.steps")}</h2>
          <ol class="govuk-list">
            {event.steps.map((step, i) => {
              const list = step.services.map((id) => services.get(id)).filter((s): s is ServiceSummary => s !== undefined);
              return (
                <li key={i} class="govuk-!-margin-bottom-8">
                  <h3 class="govuk-heading-m">
                    <span class="govuk-caption-m">{t("catalog.pages.event.step", { number: i + 1 })}</span>
                    {step.title[locale]}
                  </h3>
                  {step.description ? <p class="govuk-body">{step.description[locale]}</p> : null}
                  {list.length ? <ServiceList services={list} /> : null}
                </li>
              );
            })}
          </ol>
        </div>
      </div>
    </Layout>
  );
}
