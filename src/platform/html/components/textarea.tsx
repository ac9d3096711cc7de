import { describedBy, FieldError, FieldHint } from "./field-parts.tsx";

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  rows?: number;
  maxLength?: number;
  isPageHeading?: boolean;
};

export function Textarea({ id, name, label, hint, value, error, rows = 5, maxLength, isPageHeading = false }: Props) {
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      {isPageHeading ? (
        <h1 class="govuk-label-wrapper">
          <label class="govuk-label govuk-label--l" for={id}>
            {label}
          </label>
        </h1>
      ) : (
        <label class="govuk-label" for={id}>
          {label}
        </label>
      )}
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <textarea
        class={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={describedBy(id, hint, error)}
        maxLength={maxLength}
      >
        {value}
      </textarea>
    </div>
  );
}
