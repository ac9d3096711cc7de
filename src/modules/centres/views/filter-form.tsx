// A filter as a plain GET form: drop-downs, a button, and a link that clears the choice. It works
// without JavaScript, and the address it leads to can be bookmarked or shared.
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

export type FilterField = {
  name: string;
  label: string;
  /** What an empty choice is called ("all municipalities"). */
  any: string;
  groups: OptionGroup[];
  value: string;
};

function OptionList({ options, value }: { options: Option[]; value: string }) {
  return (
    <>
      {options.map((o) => (
        <option key={o.value} value={o.value} selected={o.value === value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

export function FilterForm({ action, fields, label }: { action: string; fields: FilterField[]; label: string }) {
  const { locale, t } = usePage();
  const chosen = fields.some((f) => f.value !== "");
  return (
    <form method="get" action={localePath(locale, action)} class="govuk-!-margin-bottom-6" aria-label={label}>
      {fields.map((f) => (
        <div class="govuk-form-group" key={f.name}>
          <label class="govuk-label" for={f.name}>
            {f.label}
          </label>
          <select class="govuk-select govuk-!-width-full" id={f.name} name={f.name}>
            <option value="">{f.any}</option>
            {f.groups.length === 1 ? (
              <OptionList options={f.groups[0]?.options ?? []} value={f.value} />
            ) : (
              f.groups.map((g) => (
                <optgroup key={g.label} label={g.label}>
                  <OptionList options={g.options} value={f.value} />
                </optgroup>
              ))
            )}
          </select>
        </div>
      ))}
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {t("centres.filter.submit")}
        </button>
        {chosen ? (
          <a class="govuk-link" href={localePath(locale, action)}>
            {t("centres.filter.clear")}
          </a>
        ) : null}
      </div>
    </form>
  );
}
