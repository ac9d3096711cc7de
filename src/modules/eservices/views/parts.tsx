// Small pieces the informative e-services' pages share.
import type { ComponentChildren } from "preact";
import { usePage } from "../../../platform/html/page-context.ts";

export function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** Where the data on the page came from, as a line under the section. */
export function Source({ institution }: { institution: string }) {
  const { t } = usePage();
  return <p class="govuk-body-s">{t("eservices.source", { institution })}</p>;
}

export function Unavailable() {
  const { t } = usePage();
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">{t("eservices.warning")}</span>
        {t("register_unavailable")}
      </strong>
    </div>
  );
}

export function formatEuro(locale: "lv" | "en", cents: number): string {
  return new Intl.NumberFormat(locale === "lv" ? "lv-LV" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
}
