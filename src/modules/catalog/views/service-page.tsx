// /pakalpojumi/<identifier>: everything the catalogue says about a service, in the order a person
// needs it: what it is and who provides it, how to get it, what it costs and how long it takes,
// what is needed, the steps, what one receives, whom to ask, the law it rests on.
// ServiceArticle is the page without its shell, for anything else that shows a service whole.
import type { ComponentChildren } from "preact";
import { ErrorSummary } from "../../../platform/html/components/error-summary.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDate } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { PublishedService } from "../catalog.repository.ts";
import type { Cost, LegalResource, Output, Requirement, Text } from "../model.ts";
import { dayInRiga, formatEuro, labelKey } from "./labels.ts";
import { ServiceChannels } from "./service-channels.tsx";
import { LocalNote, MUNICIPALITY_FIELD, MunicipalityChooser } from "./service-municipalities.tsx";
import { Breadcrumbs, ContactDetails, hasContact } from "./service-parts.tsx";

export type ServicePageProps = {
  service: PublishedService;
  /** The municipalities a service is limited to; empty when it is offered in the whole state. */
  coverage: Text[];
  /** A message key for the municipality chooser, when it was sent without a municipality it knows. */
  chooserError?: string | undefined;
  /** Where to apply in person, from the module that knows the places (in-person-section.ts). */
  inPerson?: ComponentChildren;
};

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-l" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function AboutService({ service, coverage }: Pick<ServicePageProps, "service" | "coverage">) {
  const { locale, t } = usePage();
  const { document, institution } = service;
  return (
    <dl class="govuk-summary-list govuk-!-margin-bottom-8">
      <Row label={t(document.template ? "catalog.pages.service.institution_template" : "catalog.pages.service.institution")}>
        <a class="govuk-link" href={localePath(locale, `/iestades/${institution.identifier}`)}>
          {institution.name[locale]}
        </a>
      </Row>
      <Row label={t("catalog.pages.service.audience")}>{document.audience.map((a) => t(labelKey.audience(a))).join(", ")}</Row>
      <Row label={t("catalog.pages.service.kind")}>{t(labelKey.kind(document.kind))}</Row>
      <Row label={t("catalog.pages.service.thematic_area")}>{t(labelKey.thematicArea(document.thematicArea))}</Row>
      <Row label={t("catalog.pages.service.coverage")}>
        {coverage.length ? coverage.map((m) => m[locale]).join(", ") : t("catalog.pages.service.whole_state")}
      </Row>
      <Row label={t("catalog.pages.service.maturity")}>
        {t("catalog.pages.service.maturity_value", { level: document.maturity, meaning: t(labelKey.maturity(document.maturity)) })}
      </Row>
    </dl>
  );
}

function CostList({ costs }: { costs: Cost[] }) {
  const { locale, t } = usePage();
  if (costs.length === 0) return <>{t("catalog.pages.service.free")}</>;
  const amount = (c: Cost) => (c.amount === 0 ? t("catalog.pages.service.free") : formatEuro(locale, c.amount));
  const [cost] = costs;
  if (costs.length === 1 && cost) {
    return (
      <>
        <span class="govuk-!-font-weight-bold">{amount(cost)}</span> – {cost.description[locale]}
      </>
    );
  }
  return (
    <ul class="govuk-list">
      {costs.map((c, i) => (
        <li key={i}>
          <span class="govuk-!-font-weight-bold">{amount(c)}</span> – {c.description[locale]}
        </li>
      ))}
    </ul>
  );
}

function Requirements({ requirements }: { requirements: Requirement[] }) {
  const { locale, t } = usePage();
  return (
    <>
      {requirements.map((r, i) => (
        <div key={i} class="govuk-!-margin-bottom-6">
          <h3 class="govuk-heading-m">{r.title[locale]}</h3>
          {r.description ? <p class="govuk-body">{r.description[locale]}</p> : null}
          {r.evidence.length ? (
            <>
              <p class="govuk-body">{t("catalog.pages.service.documents")}</p>
              <ul class="govuk-list govuk-list--bullet">
                {r.evidence.map((e, j) => (
                  <li key={j}>
                    {e.title[locale]}
                    {e.description ? <div class="govuk-hint govuk-!-margin-bottom-0">{e.description[locale]}</div> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ))}
    </>
  );
}

function Outputs({ outputs }: { outputs: Output[] }) {
  const { locale } = usePage();
  return (
    <ul class="govuk-list govuk-list--bullet">
      {outputs.map((o, i) => (
        <li key={i}>
          {o.title[locale]}
          {o.description ? <div class="govuk-hint govuk-!-margin-bottom-0">{o.description[locale]}</div> : null}
        </li>
      ))}
    </ul>
  );
}

function LegalBasis({ resources }: { resources: LegalResource[] }) {
  const { locale } = usePage();
  return (
    <ul class="govuk-list govuk-list--bullet">
      {resources.map((r, i) => (
        <li key={i}>
          {r.url ? (
            <a class="govuk-link" href={r.url}>
              {r.title[locale]}
            </a>
          ) : (
            r.title[locale]
          )}
        </li>
      ))}
    </ul>
  );
}

function Events({ events }: { events: PublishedService["events"] }) {
  const { locale, t } = usePage();
  const groups = [
    { kind: "life", path: "/dzives-situacijas", title: t("catalog.pages.service.life_events") },
    { kind: "business", path: "/biznesa-situacijas", title: t("catalog.pages.service.business_events") },
  ];
  return (
    <>
      {groups.map((g) => {
        const list = events.filter((e) => e.kind === g.kind);
        if (list.length === 0) return null;
        return (
          <Section key={g.kind} id={`${g.kind}-events`} title={g.title}>
            <ul class="govuk-list">
              {list.map((e) => (
                <li key={e.identifier}>
                  <a class="govuk-link" href={localePath(locale, `${g.path}/${e.identifier}`)}>
                    {e.title[locale]}
                  </a>
                </li>
              ))}
            </ul>
          </Section>
        );
      })}
    </>
  );
}

/** Whom to ask: the service's own contact, else its institution's; for a template, one's municipality. */
function Contact({ service }: { service: PublishedService }) {
  const { locale, t } = usePage();
  if (service.document.template) {
    return (
      <Section id="contact" title={t("catalog.pages.service.contact")}>
        <p class="govuk-body">
          {t("catalog.pages.service.contact_municipality")}{" "}
          <a class="govuk-link" href={`#${MUNICIPALITY_FIELD}`}>
            {t("catalog.pages.service.contact_choose")}
          </a>
        </p>
      </Section>
    );
  }
  const own = hasContact(service.document.contactPoint) ? service.document.contactPoint : undefined;
  return (
    <Section id="contact" title={t("catalog.pages.service.contact")}>
      {own ? null : (
        <p class="govuk-body">
          {t("catalog.pages.service.contact_institution")}{" "}
          <a class="govuk-link" href={localePath(locale, `/iestades/${service.institution.identifier}`)}>
            {service.institution.name[locale]}
          </a>
        </p>
      )}
      <ContactDetails contact={own ?? service.institution.contactPoint} website={own ? undefined : service.institution.website} />
    </Section>
  );
}

/** The service as a whole, without the page's shell. */
export function ServiceArticle({ service, coverage, chooserError, inPerson }: ServicePageProps) {
  const { locale, t } = usePage();
  const { document } = service;
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {chooserError ? <ErrorSummary errors={{ [MUNICIPALITY_FIELD]: chooserError }} /> : null}
        <span class="govuk-caption-l">{service.institution.name[locale]}</span>
        <h1 class="govuk-heading-xl">{document.title[locale]}</h1>
        {document.variantOf ? (
          <LocalNote municipality={service.institution.name} note={document.localNote} template={document.variantOf} />
        ) : null}
        <p class="govuk-body">{document.description[locale]}</p>
        <AboutService service={service} coverage={coverage} />
        {document.template ? <MunicipalityChooser service={document.identifier} variants={service.variants} error={chooserError} /> : null}
        <div class="govuk-!-margin-bottom-8">
          <ServiceChannels channels={document.channels} eService={service.eService} />
        </div>
        {inPerson}
        <Section id="cost" title={t("catalog.pages.service.cost_and_time")}>
          <dl class="govuk-summary-list">
            <Row label={t("catalog.pages.service.cost")}>
              <CostList costs={document.costs} />
            </Row>
            <Row label={t("catalog.pages.service.processing_time")}>{document.processingTime[locale]}</Row>
          </dl>
        </Section>
        {document.requirements.length ? (
          <Section id="requirements" title={t("catalog.pages.service.requirements")}>
            <Requirements requirements={document.requirements} />
          </Section>
        ) : null}
        {document.steps.length ? (
          <Section id="steps" title={t("catalog.pages.service.steps")}>
            <ol class="govuk-list govuk-list--number">
              {document.steps.map((s, i) => (
                <li key={i}>{s[locale]}</li>
              ))}
            </ol>
          </Section>
        ) : null}
        {document.outputs.length ? (
          <Section id="outputs" title={t("catalog.pages.service.outputs")}>
            <Outputs outputs={document.outputs} />
          </Section>
        ) : null}
        <Contact service={service} />
        {document.legalBasis.length ? (
          <Section id="legal-basis" title={t("catalog.pages.service.legal_basis")}>
            <LegalBasis resources={document.legalBasis} />
          </Section>
        ) : null}
        <Events events={service.events} />
        <p class="govuk-body-s">
          {t("catalog.pages.service.version", { version: service.version })}
          <br />
          {t("catalog.pages.service.updated", { date: formatDate(locale, dayInRiga(service.publishedAt)) })}
        </p>
      </div>
    </div>
  );
}

export function ServicePage(props: ServicePageProps) {
  const { locale, t } = usePage();
  const title = props.service.document.title[locale];
  return (
    <Layout
      title={`${props.chooserError ? `${t("form.error_title_prefix")} ` : ""}${title}`}
      beforeMain={<Breadcrumbs trail={[{ label: t("catalog.pages.crumb.services"), path: "/pakalpojumi" }]} />}
    >
      <ServiceArticle {...props} />
    </Layout>
  );
}
