// A service every municipality provides in its own way: on the national description, a chooser
// that takes a person to their municipality's page (a GET form, so it works without script) and
// the list of all of them; on a municipality's page, what the municipality adds and the way back
// to the national description.
import { Select } from "../../../platform/html/components/select.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { PublishedService } from "../catalog.repository.ts";
import type { Text } from "../model.ts";

/** The name of the chooser's field, in the address of the template's page: `?pasvaldiba=CESIS`. */
export const MUNICIPALITY_FIELD = "pasvaldiba";

type Variants = PublishedService["variants"];

export function MunicipalityChooser({ service, variants, error }: { service: string; variants: Variants; error?: string | undefined }) {
  const { locale, t } = usePage();
  const collator = new Intl.Collator(locale);
  const sorted = [...variants].sort((a, b) => collator.compare(a.name[locale], b.name[locale]));
  return (
    <section aria-labelledby="municipalities" class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-l" id="municipalities">
        {t("catalog.pages.template.title")}
      </h2>
      <p class="govuk-body">{t("catalog.pages.template.intro")}</p>
      <form method="get" action={localePath(locale, `/pakalpojumi/${service}`)} novalidate>
        <Select id={MUNICIPALITY_FIELD} label={t("catalog.pages.template.choose")} error={error}>
          <option value="">{t("catalog.pages.template.choose_placeholder")}</option>
          {sorted.map((v) => (
            <option key={v.identifier} value={v.municipality}>
              {v.name[locale]}
            </option>
          ))}
        </Select>
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {t("catalog.pages.template.show")}
        </button>
      </form>
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">{t("catalog.pages.template.all", { count: sorted.length })}</span>
        </summary>
        <div class="govuk-details__text">
          <ul class="govuk-list">
            {sorted.map((v) => (
              <li key={v.identifier}>
                <a class="govuk-link" href={localePath(locale, `/pakalpojumi/${v.identifier}`)}>
                  {v.name[locale]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </section>
  );
}

/** On a municipality's own page: its note, and the national description it is based on. */
export function LocalNote({ municipality, note, template }: { municipality: Text; note?: Text | undefined; template: string }) {
  const { locale, t } = usePage();
  return (
    <div class="govuk-inset-text">
      <p class="govuk-body govuk-!-font-weight-bold">{t("catalog.pages.variant.in", { municipality: municipality[locale] })}</p>
      {note ? <p class="govuk-body">{note[locale]}</p> : null}
      <p class="govuk-body">
        <a class="govuk-link" href={localePath(locale, `/pakalpojumi/${template}`)}>
          {t("catalog.pages.variant.national")}
        </a>
      </p>
    </div>
  );
}
