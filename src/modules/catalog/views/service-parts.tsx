// Pieces the catalogue's reading pages share: the breadcrumbs above a page, a contact point as a
// summary list, and a list of services with a one-line summary and the "e-service" tag.
import type { ComponentChildren } from "preact";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { ServiceSummary } from "../catalog.repository.ts";
import type { ContactPoint } from "../model.ts";
import { firstSentence } from "./labels.ts";

export type Crumb = { label: string; path: string };

/** The way back up from a page: Sākums, then each `trail` page; the page itself is its heading. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const { locale, t } = usePage();
  const crumbs = [{ label: t("catalog.pages.crumb.home"), path: "/" }, ...trail];
  return (
    <div class="govuk-width-container">
      <nav class="govuk-breadcrumbs" aria-label={t("catalog.pages.crumb.label")}>
        <ol class="govuk-breadcrumbs__list">
          {crumbs.map((c) => (
            <li class="govuk-breadcrumbs__list-item" key={c.path}>
              <a class="govuk-breadcrumbs__link" href={localePath(locale, c.path)}>
                {c.label}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </div>
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

/** Address, phone, e-mail and hours, each that the contact point has; phone and e-mail as links. */
export function ContactDetails({ contact, website }: { contact: ContactPoint; website?: string | undefined }) {
  const { locale, t } = usePage();
  return (
    <dl class="govuk-summary-list">
      {contact.address ? <Row label={t("catalog.pages.contact.address")}>{contact.address}</Row> : null}
      {contact.phone ? (
        <Row label={t("catalog.pages.contact.phone")}>
          <a class="govuk-link" href={`tel:${contact.phone.replaceAll(" ", "")}`}>
            {contact.phone}
          </a>
        </Row>
      ) : null}
      {contact.email ? (
        <Row label={t("catalog.pages.contact.email")}>
          <a class="govuk-link" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </Row>
      ) : null}
      {contact.hours ? <Row label={t("catalog.pages.contact.hours")}>{contact.hours[locale]}</Row> : null}
      {website ? (
        <Row label={t("catalog.pages.contact.website")}>
          <a class="govuk-link" href={website}>
            {website.replace(/^https?:\/\//, "")}
          </a>
        </Row>
      ) : null}
    </dl>
  );
}

export function hasContact(contact: ContactPoint | undefined): contact is ContactPoint {
  return Boolean(contact && (contact.address || contact.phone || contact.email || contact.hours));
}

/** The tag that says a service can be used online. */
export function OnlineTag() {
  const { t } = usePage();
  return <strong class="govuk-tag govuk-tag--green">{t("catalog.pages.online_tag")}</strong>;
}

/** Services as links, each with the first sentence of its description. */
export function ServiceList({ services }: { services: ServiceSummary[] }) {
  const { locale } = usePage();
  return (
    <ul class="govuk-list">
      {services.map((s) => (
        <li key={s.identifier} class="govuk-!-margin-bottom-4">
          <a class="govuk-link govuk-!-font-weight-bold" href={localePath(locale, `/pakalpojumi/${s.identifier}`)}>
            {s.title[locale]}
          </a>
          {s.online ? (
            <>
              {" "}
              <OnlineTag />
            </>
          ) : null}
          <p class="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{firstSentence(s.summary[locale])}</p>
        </li>
      ))}
    </ul>
  );
}
