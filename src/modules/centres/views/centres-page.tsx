// /klientu-centri: every client service centre in alphabetical order and on a map, filtered by
// municipality and by service with a plain GET form. The list is also the map's text alternative.
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Centre, Text } from "../model.ts";
import { AGENTS_PATH, CENTRES_PATH, centrePath, FILTER } from "../paths.ts";
import { FilterForm, type Option } from "./filter-form.tsx";
import { Crumbs, sortByName, TodayStatus, telHref } from "./parts.tsx";
import { type MapPoint, PlacesMap } from "./places-map.tsx";

export type CentresPageProps = {
  centres: Centre[];
  filter: { municipality: string; service: string };
  options: { municipalities: Option[]; stateServices: Option[]; municipalServices: Option[] };
  municipalityNames: Map<string, Text>;
  today: string;
};

const LIST_ID = "centru-saraksts";

function CentreItem({ centre, municipality, today }: { centre: Centre; municipality: Text | undefined; today: string }) {
  const { locale, t } = usePage();
  return (
    <li class="govuk-!-margin-bottom-6">
      <h3 class="govuk-heading-m govuk-!-margin-bottom-1">
        <a class="govuk-link" href={localePath(locale, centrePath(centre.slug))}>
          {centre.name[locale]}
        </a>
      </h3>
      <p class="govuk-body govuk-!-margin-bottom-1">{centre.address}</p>
      {municipality ? <p class="govuk-body-s govuk-!-margin-bottom-1">{municipality[locale]}</p> : null}
      {centre.host.kind === "library" ? (
        <p class="govuk-body-s govuk-!-margin-bottom-1">{t("centres.list.in_library", { library: centre.host.name[locale] })}</p>
      ) : null}
      <p class="govuk-body-s govuk-!-margin-bottom-1">
        <strong>
          <TodayStatus hours={centre.hours} today={today} />
        </strong>
      </p>
      {centre.phone ? (
        <p class="govuk-body-s govuk-!-margin-bottom-0">
          {t("centres.centre.phone")}:{" "}
          <a class="govuk-link" href={telHref(centre.phone)}>
            {centre.phone}
          </a>
        </p>
      ) : null}
    </li>
  );
}

export function CentresPage({ centres, filter, options, municipalityNames, today }: CentresPageProps) {
  const { locale, t } = usePage();
  const sorted = sortByName(centres, (c) => c.name[locale], locale);
  const points: MapPoint[] = sorted.map((c) => ({
    key: c.code,
    latitude: c.latitude,
    longitude: c.longitude,
    href: localePath(locale, centrePath(c.slug)),
    label: `${c.name[locale]}, ${c.address}`,
  }));
  return (
    <Layout title={t("centres.list.title")} beforeMain={<Crumbs trail={[]} />}>
      <h1 class="govuk-heading-xl">{t("centres.list.title")}</h1>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <p class="govuk-body-l">{t("centres.list.intro")}</p>
          <p class="govuk-body">{t("centres.list.intro_more")}</p>
          <FilterForm
            action={CENTRES_PATH}
            label={t("centres.filter.label")}
            fields={[
              {
                name: FILTER.municipality,
                label: t("centres.filter.municipality"),
                any: t("centres.filter.any_municipality"),
                groups: [{ label: "", options: options.municipalities }],
                value: filter.municipality,
              },
              {
                name: FILTER.service,
                label: t("centres.filter.service"),
                any: t("centres.filter.any_service"),
                groups: [
                  { label: t("centres.filter.state_services"), options: options.stateServices },
                  { label: t("centres.filter.municipal_services"), options: options.municipalServices },
                ],
                value: filter.service,
              },
            ]}
          />
          <p class="govuk-body govuk-!-font-weight-bold" role="status">
            {t("centres.list.count", { count: centres.length })}
          </p>
        </div>
      </div>
      {sorted.length > 0 ? (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <PlacesMap
              id="centru-karte"
              title={t("centres.map.title")}
              points={points}
              caption={t("centres.map.caption", { count: points.length })}
              listId={LIST_ID}
            />
            <section id={LIST_ID} aria-labelledby={`${LIST_ID}-heading`}>
              <h2 class="govuk-heading-l" id={`${LIST_ID}-heading`}>
                {t("centres.list.heading")}
              </h2>
              <ul class="govuk-list">
                {sorted.map((c) => (
                  <CentreItem key={c.code} centre={c} municipality={municipalityNames.get(c.municipality)} today={today} />
                ))}
              </ul>
            </section>
          </div>
        </div>
      ) : (
        <p class="govuk-body">{t("centres.list.none")}</p>
      )}
      <p class="govuk-body">
        {t("centres.list.agents_intro")}{" "}
        <a class="govuk-link" href={localePath(locale, AGENTS_PATH)}>
          {t("centres.list.agents_link")}
        </a>
      </p>
    </Layout>
  );
}
