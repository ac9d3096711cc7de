// Small pieces the registry's pages share: X-Road ids that wrap on a phone, institution names,
// times in Riga, the exception marker, a checkbox and the staff section's navigation.
import { type ComponentChildren, Fragment } from "preact";
import { describedBy } from "../../../platform/html/components/field-parts.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { type Locale, localePath } from "../../../platform/i18n/locale.ts";
import { unitName } from "../../identity/index.ts";

/** "LV/GOV/PMLP/…": in <code>, with a break opportunity after each slash so that it wraps at 320 px. */
export function XRoadId({ id }: { id: string }) {
  const parts = id.split("/");
  return (
    <code>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 ? (
            <>
              /<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </code>
  );
}

export function institutionName(code: string, locale: Locale): string {
  return unitName({ unitKind: "institution", unitCode: code }, locale);
}

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

export function DateTime({ at }: { at: Date }) {
  const { locale } = usePage();
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", {
      dateStyle: "short",
      timeStyle: "short",
      timeZone: "Europe/Riga",
    });
    dateTimeFormats.set(locale, format);
  }
  return <time dateTime={at.toISOString()}>{format.format(at)}</time>;
}

export function YesNo({ value }: { value: boolean }) {
  const { t } = usePage();
  return <>{t(value ? "exchange.public.yes" : "exchange.public.no")}</>;
}

/** The marker of a grant whose calls are hidden from data subjects: a tag, in words, not by colour alone. */
export function ExceptionTag() {
  const { t } = usePage();
  return <strong class="govuk-tag govuk-tag--red">{t("exchange.grant.exception_hidden")}</strong>;
}

type CheckboxProps = { id: string; label: string; hint?: string; checked: boolean };

/** One checkbox with its hint; sends "yes" when ticked and nothing when not. */
export function Checkbox({ id, label, hint, checked }: CheckboxProps) {
  return (
    <div class="govuk-checkboxes__item">
      <input
        class="govuk-checkboxes__input"
        id={id}
        name={id}
        type="checkbox"
        value="yes"
        checked={checked}
        aria-describedby={describedBy(id, hint, undefined)}
      />
      <label class="govuk-label govuk-checkboxes__label" for={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} class="govuk-hint govuk-checkboxes__hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}

export function Checkboxes({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div class="govuk-checkboxes" data-module="govuk-checkboxes">
          {children}
        </div>
      </fieldset>
    </div>
  );
}

type Section = "services" | "consumers" | "grants";

const SECTIONS: { section: Section; path: string; adminOnly: boolean }[] = [
  { section: "services", path: "/darbs/datu-apmaina", adminOnly: false },
  { section: "consumers", path: "/darbs/datu-apmaina/pateretaji", adminOnly: true },
  { section: "grants", path: "/darbs/datu-apmaina/atlaujas", adminOnly: true },
];

/** Links between the staff pages of the registry; the administrators' pages only for administrators. */
export function RegistryNav({ current, administrator }: { current: Section | null; administrator: boolean }) {
  const { t, locale } = usePage();
  return (
    <nav aria-label={t("exchange.registry.nav")} class="govuk-!-margin-bottom-6">
      <ul class="govuk-list">
        {SECTIONS.filter((s) => administrator || !s.adminOnly).map((s) => (
          <li key={s.section}>
            <a class="govuk-link" href={localePath(locale, s.path)} aria-current={s.section === current ? "page" : undefined}>
              {t(`exchange.registry.nav.${s.section}`)}
            </a>
          </li>
        ))}
        <li>
          <a class="govuk-link" href={localePath(locale, "/datu-apmaina")}>
            {t("exchange.registry.nav.public")}
          </a>
        </li>
      </ul>
    </nav>
  );
}
