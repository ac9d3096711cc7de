// /digitalie-agenti: digital agents listed by place (town, in alphabetical order) and on a map
// with a dot per town, filtered by municipality. A dot leads to its town in the list.
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { DigitalAgent, Text } from "../model.ts";
import { AGENTS_PATH, CENTRES_PATH, FILTER } from "../paths.ts";
import { FilterForm, type Option } from "./filter-form.tsx";
import { Crumbs, Row, sortByName } from "./parts.tsx";
import { type MapPoint, PlacesMap } from "./places-map.tsx";

export type AgentsPageProps = {
  agents: DigitalAgent[];
  filter: { municipality: string };
  municipalities: Option[];
  municipalityNames: Map<string, Text>;
};

const LIST_ID = "agentu-saraksts";

type Town = { key: string; name: Text; municipality: string; agents: DigitalAgent[]; latitude: number; longitude: number };

/** The anchor of a town in the list: its municipality and name as lowercase ASCII. */
function townAnchor(town: Town): string {
  const ascii = `${town.municipality} ${town.name.lv}`
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  return `vieta-${ascii}`;
}

function townsOf(agents: DigitalAgent[]): Town[] {
  const towns = new Map<string, Town>();
  for (const a of agents) {
    const key = `${a.municipality}|${a.town.lv}`;
    const town = towns.get(key) ?? {
      key,
      name: a.town,
      municipality: a.municipality,
      agents: [],
      latitude: a.latitude,
      longitude: a.longitude,
    };
    town.agents.push(a);
    towns.set(key, town);
  }
  return [...towns.values()];
}

function AgentCard({ agent }: { agent: DigitalAgent }) {
  const { locale, t } = usePage();
  return (
    <li class="govuk-!-margin-bottom-4">
      <h4 class="govuk-heading-s govuk-!-margin-bottom-1">{agent.name}</h4>
      <dl class="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-0">
        <Row label={t("centres.agents.occupation")}>{t(`centres.occupation.${agent.occupation}`)}</Row>
        <Row label={t("centres.agents.place")}>
          {agent.place[locale]}
          <br />
          {agent.address}
        </Row>
        <Row label={t("centres.agents.when")}>{agent.availability[locale]}</Row>
        <Row label={t("centres.agents.languages")}>{agent.languages.map((l) => t(`centres.language.${l}`)).join(", ")}</Row>
      </dl>
    </li>
  );
}

export function AgentsPage({ agents, filter, municipalities, municipalityNames }: AgentsPageProps) {
  const { locale, t } = usePage();
  const towns = sortByName(townsOf(agents), (town) => town.name[locale], locale);
  const points: MapPoint[] = towns.map((town) => ({
    key: town.key,
    latitude: town.latitude,
    longitude: town.longitude,
    href: `#${townAnchor(town)}`,
    label: t("centres.agents.map_point", { town: town.name[locale], count: town.agents.length }),
  }));
  return (
    <Layout title={t("centres.agents.title")} beforeMain={<Crumbs trail={[]} />}>
      <h1 class="govuk-heading-xl">{t("centres.agents.title")}</h1>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <p class="govuk-body-l">{t("centres.agents.intro")}</p>
          <p class="govuk-body">{t("centres.agents.intro_more")}</p>
          <FilterForm
            action={AGENTS_PATH}
            label={t("centres.filter.label_agents")}
            fields={[
              {
                name: FILTER.municipality,
                label: t("centres.filter.municipality"),
                any: t("centres.filter.any_municipality"),
                groups: [{ label: "", options: municipalities }],
                value: filter.municipality,
              },
            ]}
          />
          <p class="govuk-body govuk-!-font-weight-bold" role="status">
            {t("centres.agents.count", { count: agents.length, places: towns.length })}
          </p>
          {towns.length > 0 ? (
            <>
              <PlacesMap
                id="agentu-karte"
                title={t("centres.agents.map_title")}
                points={points}
                caption={t("centres.agents.map_caption", { count: towns.length })}
                listId={LIST_ID}
              />
              <section id={LIST_ID} aria-labelledby={`${LIST_ID}-heading`}>
                <h2 class="govuk-heading-l" id={`${LIST_ID}-heading`}>
                  {t("centres.agents.heading")}
                </h2>
                {towns.map((town) => (
                  <section key={town.key} aria-labelledby={townAnchor(town)} class="govuk-!-margin-bottom-6">
                    <h3 class="govuk-heading-m govuk-!-margin-bottom-1" id={townAnchor(town)}>
                      {town.name[locale]}
                    </h3>
                    <p class="govuk-body-s">{municipalityNames.get(town.municipality)?.[locale]}</p>
                    <ul class="govuk-list">
                      {sortByName(town.agents, (a) => a.name, locale).map((a) => (
                        <AgentCard key={a.id} agent={a} />
                      ))}
                    </ul>
                  </section>
                ))}
              </section>
            </>
          ) : (
            <p class="govuk-body">{t("centres.agents.none")}</p>
          )}
          <p class="govuk-body">
            {t("centres.agents.centres_intro")}{" "}
            <a class="govuk-link" href={localePath(locale, CENTRES_PATH)}>
              {t("centres.agents.centres_link")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
