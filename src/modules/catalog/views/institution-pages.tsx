// /iestades: every institution, grouped by kind and in alphabetical order within a group; and
// /iestades/<identifier>: one institution with its contacts, the institutions under it and its
// services.
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { ServiceSummary } from "../catalog.repository.ts";
import { INSTITUTION_KINDS, type InstitutionDocument } from "../model.ts";
import { labelKey } from "./labels.ts";
import { Breadcrumbs, ContactDetails, ServiceList } from "./service-parts.tsx";

function InstitutionLink({ institution }: { institution: InstitutionDocument }) {
  const { locale } = usePage();
  return (
    <a class="govuk-link" href={localePath(locale, `/iestades/${institution.identifier}`)}>
      {institution.name[locale]}
      {institution.shortName ? ` (${institution.shortName})` : ""}
    </a>
  );
}

export function InstitutionsPage({ institutions }: { institutions: InstitutionDocument[] }) {
  const { locale, t } = usePage();
  const collator = new Intl.Collator(locale);
  const groups = INSTITUTION_KINDS.map((kind) => ({
    kind,
    list: institutions.filter((i) => i.kind === kind).sort((a, b) => collator.compare(a.name[locale], b.name[locale])),
  })).filter((g) => g.list.length > 0);
  return (
    <Layout title={t("catalog.pages.institutions.title")} beforeMain={<Breadcrumbs trail={[]} />}>
      <h1 class="govuk-heading-xl">{t("catalog.pages.institutions.title")}</h1>
      <p class="govuk-body-l">{t("catalog.pages.institutions.intro")}</p>
      <nav aria-labelledby="institution-groups" class="govuk-!-margin-bottom-8">
        <h2 class="govuk-heading-s" id="institution-groups">
          {t("catalog.pages.institutions.contents")}
        </h2>
        <ul class="govuk-list">
          {groups.map((g) => (
            <li key={g.kind}>
              <a class="govuk-link" href={`#${g.kind}`}>
                {t(labelKey.institutionGroup(g.kind))}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={g.kind} class="govuk-!-margin-bottom-8">
          <h2 class="govuk-heading-l" id={g.kind}>
            {t(labelKey.institutionGroup(g.kind))}
          </h2>
          <ul class="govuk-list">
            {g.list.map((i) => (
              <li key={i.identifier}>
                <InstitutionLink institution={i} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

export type InstitutionPageProps = {
  institution: InstitutionDocument;
  parent: InstitutionDocument | null;
  /** The institutions it supervises. */
  children: InstitutionDocument[];
  services: ServiceSummary[];
};

export function InstitutionPage({ institution, parent, children, services }: InstitutionPageProps) {
  const { locale, t } = usePage();
  const collator = new Intl.Collator(locale);
  const trail = [{ label: t("catalog.pages.crumb.institutions"), path: "/iestades" }];
  if (parent) trail.push({ label: parent.name[locale], path: `/iestades/${parent.identifier}` });
  return (
    <Layout title={institution.name[locale]} beforeMain={<Breadcrumbs trail={trail} />}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {institution.shortName ? <span class="govuk-caption-l">{institution.shortName}</span> : null}
          <h1 class="govuk-heading-xl">{institution.name[locale]}</h1>
          {institution.description ? <p class="govuk-body-l">{institution.description[locale]}</p> : null}
          {parent ? (
            <p class="govuk-body govuk-!-margin-bottom-8">
              {t("catalog.pages.institution.parent")} <InstitutionLink institution={parent} />
            </p>
          ) : null}
          <section aria-labelledby="contact" class="govuk-!-margin-bottom-8">
            <h2 class="govuk-heading-l" id="contact">
              {t("catalog.pages.institution.contact")}
            </h2>
            <ContactDetails contact={institution.contactPoint} website={institution.website} />
          </section>
          {children.length ? (
            <section aria-labelledby="subordinate" class="govuk-!-margin-bottom-8">
              <h2 class="govuk-heading-l" id="subordinate">
                {t("catalog.pages.institution.children")}
              </h2>
              <ul class="govuk-list">
                {[...children]
                  .sort((a, b) => collator.compare(a.name[locale], b.name[locale]))
                  .map((c) => (
                    <li key={c.identifier}>
                      <InstitutionLink institution={c} />
                    </li>
                  ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="services">
            <h2 class="govuk-heading-l" id="services">
              {t("catalog.pages.institution.services")}
            </h2>
            <p class="govuk-body">{t("catalog.pages.institution.service_count", { count: services.length })}</p>
            <ServiceList services={[...services].sort((a, b) => collator.compare(a.title[locale], b.title[locale]))} />
          </section>
        </div>
      </div>
    </Layout>
  );
}
