// The catalogue's service page asks where to apply for a service in person; this is the answer:
// the centres that take applications for it (or for a municipality's variant of it), linked to
// their pages and to the list and map filtered to them. A long list folds into a details
// element, which opens without JavaScript.
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { Centre } from "../model.ts";
import { centrePath, centresOfferingPath } from "../paths.ts";
import { sortByName } from "./parts.tsx";

/** Up to this many centres are listed openly; more fold away. */
const OPEN_LIST_MAX = 6;

function CentreLinks({ centres }: { centres: Centre[] }) {
  const { locale } = usePage();
  return (
    <ul class="govuk-list">
      {centres.map((c) => (
        <li key={c.code} class="govuk-!-margin-bottom-2">
          <a class="govuk-link" href={localePath(locale, centrePath(c.slug))}>
            {c.name[locale]}
          </a>
          <span class="govuk-body-s"> – {c.address}</span>
        </li>
      ))}
    </ul>
  );
}

export function ServiceCentres({ service, centres }: { service: string; centres: Centre[] }) {
  const { locale, t } = usePage();
  if (centres.length === 0) return null;
  const sorted = sortByName(centres, (c) => c.name[locale], locale);
  return (
    <section aria-labelledby="in-person-centres" class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-l" id="in-person-centres">
        {t("centres.service.title")}
      </h2>
      <p class="govuk-body">{t("centres.service.intro", { count: centres.length })}</p>
      {sorted.length <= OPEN_LIST_MAX ? (
        <CentreLinks centres={sorted} />
      ) : (
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">{t("centres.service.show_all", { count: sorted.length })}</span>
          </summary>
          <div class="govuk-details__text">
            <CentreLinks centres={sorted} />
          </div>
        </details>
      )}
      <p class="govuk-body">
        <a class="govuk-link" href={localePath(locale, centresOfferingPath(service))}>
          {t("centres.service.on_map")}
        </a>
      </p>
    </section>
  );
}
