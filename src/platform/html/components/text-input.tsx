import { usePage } from "../page-context.ts";

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  value: string;
  error?: string | undefined;
  type?: "text" | "email" | "tel";
  autocomplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
  widthClass?: string;
  spellcheck?: boolean;
  isPageHeading?: boolean;
};

/** A labelled text field with its hint and error message, as govuk-frontend marks them up. */
export function TextInput(props: Props) {
  const { t } = usePage();
  const { id, name, label, hint, value, error, type = "text", autocomplete, inputMode, widthClass, spellcheck, isPageHeading } = props;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const labelEl = (
    <label class={`govuk-label${isPageHeading ? " govuk-label--l" : ""}`} for={id}>
      {label}
    </label>
  );
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      {isPageHeading ? <h1 class="govuk-label-wrapper">{labelEl}</h1> : labelEl}
      {hint ? (
        <div id={`${id}-hint`} class="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="govuk-error-message">
          <span class="govuk-visually-hidden">{t("form.error_prefix")}</span> {t(error)}
        </p>
      ) : null}
      <input
        class={`govuk-input${widthClass ? ` ${widthClass}` : ""}${error ? " govuk-input--error" : ""}`}
        id={id}
        name={name}
        type={type}
        value={value}
        aria-describedby={describedBy}
        autocomplete={autocomplete}
        inputMode={inputMode}
        spellcheck={spellcheck}
      />
    </div>
  );
}
