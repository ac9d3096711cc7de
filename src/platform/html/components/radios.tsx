import type { ComponentChildren } from "preact";
import { describedBy, FieldError, FieldHint } from "./field-parts.tsx";

export type RadioOption = { value: string; label: ComponentChildren; hint?: ComponentChildren; disabled?: boolean };

type Props = {
  id: string;
  name: string;
  legend: ComponentChildren;
  legendClass?: string;
  hint?: string | undefined;
  options: RadioOption[];
  value: string | null;
  error?: string | undefined;
  small?: boolean;
};

/** A group of radio buttons in a fieldset; the first radio carries the group's id for the error summary link. */
export function Radios({ id, name, legend, legendClass = "govuk-fieldset__legend--m", hint, options, value, error, small }: Props) {
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div class={`govuk-radios${small ? " govuk-radios--small" : ""}`} data-module="govuk-radios">
          {options.map((o, i) => {
            const inputId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div class="govuk-radios__item" key={o.value}>
                <input
                  class="govuk-radios__input"
                  id={inputId}
                  name={name}
                  type="radio"
                  value={o.value}
                  checked={value === o.value}
                  disabled={o.disabled}
                  aria-describedby={o.hint ? `${inputId}-item-hint` : undefined}
                />
                <label class="govuk-label govuk-radios__label" for={inputId}>
                  {o.label}
                </label>
                {o.hint ? (
                  <div id={`${inputId}-item-hint`} class="govuk-hint govuk-radios__hint">
                    {o.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
