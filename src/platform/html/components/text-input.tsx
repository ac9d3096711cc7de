import { describedBy, FieldError, FieldHint } from "./field-parts.tsx";

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  value: string;
  error?: string | undefined;
  type?: "text" | "email" | "tel" | "date";
  autocomplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
  widthClass?: string;
  spellcheck?: boolean;
  isPageHeading?: boolean;
};

/** A labelled text field with its hint and error message, as govuk-frontend marks them up. */
export function TextInput(props: Props) {
  const { id, name, label, hint, value, error, type = "text", autocomplete, inputMode, widthClass, spellcheck, isPageHeading } = props;
  const labelEl = (
    <label class={`govuk-label${isPageHeading ? " govuk-label--l" : ""}`} for={id}>
      {label}
    </label>
  );
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      {isPageHeading ? <h1 class="govuk-label-wrapper">{labelEl}</h1> : labelEl}
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <input
        class={`govuk-input${widthClass ? ` ${widthClass}` : ""}${error ? " govuk-input--error" : ""}`}
        id={id}
        name={name}
        type={type}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        autocomplete={autocomplete}
        inputMode={inputMode}
        spellcheck={spellcheck}
      />
    </div>
  );
}
