import type { ComponentChildren } from "preact";
import { describedBy, FieldError, FieldHint } from "./field-parts.tsx";

type Props = { id: string; label: string; hint?: string; error?: string | undefined; children: ComponentChildren };

/** A labelled drop-down; its <option>s are the children, the chosen one marked `selected`. */
export function Select({ id, label, hint, error, children }: Props) {
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <select
        class={`govuk-select${error ? " govuk-select--error" : ""}`}
        id={id}
        name={id}
        aria-describedby={describedBy(id, hint, error)}
      >
        {children}
      </select>
    </div>
  );
}
