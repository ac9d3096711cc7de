// The editor form's fields. Every text is written in Latvian and English side by side (one
// under the other on a narrow screen); each box is named by its document path, so that the
// form reads back into the same document and a problem finds its box. The form's problems
// reach the fields through EditorFormContext rather than through every component's props.
import { type ComponentChildren, createContext } from "preact";
import { useContext } from "preact/hooks";
import { describedBy, FieldError } from "../../../platform/html/components/field-parts.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { fieldLabel } from "../editor/field-labels.ts";
import { fieldId } from "../editor/field-paths.ts";
import type { Text } from "../model.ts";

export type EditorFormState = {
  /** Field id → message key. */
  errors: Record<string, string>;
  /** The form's address, for the "add another" and "remove" buttons (which jump back to their list). */
  action: string;
};

export const EditorFormContext = createContext<EditorFormState>({ errors: {}, action: "" });

export function useEditorForm(): EditorFormState {
  return useContext(EditorFormContext);
}

function groupClass(error: string | undefined): string {
  return `govuk-form-group${error ? " govuk-form-group--error" : ""}`;
}

type BoxProps = {
  path: string;
  label: string;
  value: string;
  hint?: string | undefined;
  /** The id of a hint shown once for both languages' boxes. */
  sharedHint?: string | undefined;
  rows?: number | undefined;
  lang?: string;
  /** An address, e-mail or phone number: a box of its own type, not spell-checked. */
  type?: "text" | "email" | "tel" | "url";
  autocomplete?: string;
};

/** One text box (a textarea when `rows` is given), labelled, with its hint and problem. */
export function Box({ path, label, value, hint, sharedHint, rows, lang, type = "text", autocomplete }: BoxProps) {
  const { errors } = useEditorForm();
  const id = fieldId(path);
  const error = errors[id];
  const aria = [sharedHint, describedBy(id, hint, error)].filter(Boolean).join(" ") || undefined;
  return (
    <div class={groupClass(error)}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} class="govuk-hint">
          {hint}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
      {rows ? (
        <textarea
          class={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
          id={id}
          name={path}
          rows={rows}
          lang={lang}
          aria-describedby={aria}
        >
          {value}
        </textarea>
      ) : (
        <input
          class={`govuk-input${error ? " govuk-input--error" : ""}`}
          id={id}
          name={path}
          type={type}
          value={value}
          lang={lang}
          aria-describedby={aria}
          spellcheck={type === "text" ? undefined : false}
          autocomplete={autocomplete}
        />
      )}
    </div>
  );
}

/** A text in both languages, side by side: "Nosaukums (latviski)" and "Nosaukums (angliski)". */
export function Bilingual({ path, label, value, hint, rows }: { path: string; label: string; value: Text; hint?: string; rows?: number }) {
  const { t } = usePage();
  const hintId = `${fieldId(path)}-hint`;
  const boxes = (
    <div class="govuk-grid-row">
      {(["lv", "en"] as const).map((language) => (
        <div class="govuk-grid-column-one-half" key={language}>
          <Box
            path={`${path}.${language}`}
            label={`${label} (${t(`catalog.editor.in_${language}`)})`}
            value={value[language]}
            sharedHint={hint ? hintId : undefined}
            rows={rows}
            lang={language}
          />
        </div>
      ))}
    </div>
  );
  if (!hint) return boxes;
  // A hint for both boxes goes under a legend that names them both, so it is read before either.
  return (
    <fieldset class="govuk-fieldset" aria-describedby={hintId}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
      <div id={hintId} class="govuk-hint">
        {hint}
      </div>
      {boxes}
    </fieldset>
  );
}

export type Choice = { value: string; label: string };

type ChoicesProps = {
  name: string;
  legend: string;
  hint?: string;
  choices: Choice[];
  chosen: string[];
  multiple: boolean;
  small?: boolean;
};

/** Radios (one of) or checkboxes (any of) in a fieldset; the first carries the group's id. */
export function Choices({ name, legend, hint, choices, chosen, multiple, small }: ChoicesProps) {
  const { errors } = useEditorForm();
  const id = fieldId(name);
  const error = errors[id];
  const kind = multiple ? "checkboxes" : "radios";
  return (
    <div class={groupClass(error)}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div id={`${id}-hint`} class="govuk-hint">
            {hint}
          </div>
        ) : null}
        <FieldError id={id} error={error} />
        <div class={`govuk-${kind}${small ? ` govuk-${kind}--small` : ""}`} data-module={`govuk-${kind}`}>
          {choices.map((c, i) => {
            const inputId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div class={`govuk-${kind}__item`} key={c.value}>
                <input
                  class={`govuk-${kind}__input`}
                  id={inputId}
                  name={name}
                  type={multiple ? "checkbox" : "radio"}
                  value={c.value}
                  checked={chosen.includes(c.value)}
                />
                <label class={`govuk-label govuk-${kind}__label`} for={inputId}>
                  {c.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A drop-down with an empty first choice, so that nothing is chosen for the person. */
export function Dropdown({
  path,
  label,
  choices,
  value,
  placeholder,
}: {
  path: string;
  label: string;
  choices: Choice[];
  value: string;
  placeholder: string;
}) {
  const { errors } = useEditorForm();
  const id = fieldId(path);
  const error = errors[id];
  return (
    <div class={groupClass(error)}>
      <label class="govuk-label" for={id}>
        {label}
      </label>
      <FieldError id={id} error={error} />
      <select
        class={`govuk-select${error ? " govuk-select--error" : ""}`}
        id={id}
        name={path}
        aria-describedby={describedBy(id, undefined, error)}
      >
        <option value="">{placeholder}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value} selected={c.value === value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type RepeatedProps<T> = {
  /** The list's path: "requirements", "requirements.0.evidence". */
  list: string;
  legend: string;
  hint?: string;
  items: T[];
  /** "Prasība 2": the legend of item n (counted from 1). */
  itemLabel: (n: number) => string;
  /** What "add another" adds, for the button's hidden words: "prasību". */
  addWhat: string;
  children: (item: T, path: string, index: number) => ComponentChildren;
};

/**
 * A list of groups of fields, each in its own fieldset with a "remove" button, and an "add
 * another" button after them. Both send the form; it comes back with the list changed and
 * scrolled to it (the buttons' addresses end in the list's or the new group's id).
 */
export function Repeated<T>({ list, legend, hint, items, itemLabel, addWhat, children }: RepeatedProps<T>) {
  const { t } = usePage();
  const { errors, action } = useEditorForm();
  const id = fieldId(list);
  const error = errors[id];
  return (
    // Not one govuk-form-group around the whole list: form groups inside a form group lose their
    // spacing. The list's own problem (none given) sits with the "add another" button instead.
    <div class="govuk-!-margin-bottom-6">
      <fieldset class="govuk-fieldset" aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div id={`${id}-hint`} class="govuk-hint">
            {hint}
          </div>
        ) : null}
        {items.map((item, i) => {
          const path = `${list}.${i}`;
          const label = itemLabel(i + 1);
          return (
            <fieldset class="govuk-fieldset govuk-inset-text" id={fieldId(path)} key={path}>
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
              {children(item, path, i)}
              <button
                type="submit"
                name="action"
                value={`remove:${path}`}
                formaction={`${action}#${id}`}
                class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                data-module="govuk-button"
              >
                {t("catalog.editor.remove")}
                <span class="govuk-visually-hidden"> {fieldLabel(t, path)}</span>
              </button>
            </fieldset>
          );
        })}
        <div class={groupClass(error)}>
          <FieldError id={id} error={error} />
          <button
            type="submit"
            name="action"
            value={`add:${list}`}
            id={id}
            formaction={`${action}#${fieldId(`${list}.${items.length}`)}`}
            class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            data-module="govuk-button"
            aria-describedby={error ? `${id}-error` : undefined}
          >
            {t("catalog.editor.add_another")}
            <span class="govuk-visually-hidden"> {addWhat}</span>
          </button>
        </div>
      </fieldset>
    </div>
  );
}
