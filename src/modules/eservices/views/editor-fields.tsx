// The e-service editor's form fields. Each box is named by its path in the edited part
// ("label.lv", "options.2.value"), so the form reads back into the same part and a problem finds
// its box; the problems reach the fields through EditorForm rather than through every prop.
import { type ComponentChildren, createContext } from "preact";
import { useContext } from "preact/hooks";
import { describedBy, FieldError } from "../../../platform/html/components/field-parts.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import type { Text } from "../definition/model.ts";
import { fieldId } from "../editor/paths.ts";

export type EditorFormState = {
  /** Field name → message key. */
  errors: Record<string, string>;
  /** The form's address, for the list buttons, which come back to their row. */
  action: string;
};

export const EditorForm = createContext<EditorFormState>({ errors: {}, action: "" });

function useErrors(name: string): string | undefined {
  return useContext(EditorForm).errors[name];
}

function groupClass(error: string | undefined): string {
  return `govuk-form-group${error ? " govuk-form-group--error" : ""}`;
}

type BoxProps = {
  name: string;
  label: string;
  value: string;
  hint?: string | undefined;
  /** The id of a hint shown once for two boxes. */
  sharedHint?: string | undefined;
  rows?: number | undefined;
  lang?: string | undefined;
  width?: string;
  code?: boolean;
};

/** One text box (a textarea when `rows` is given), labelled, with its hint and problem. */
export function Box({ name, label, value, hint, sharedHint, rows, lang, width, code }: BoxProps) {
  const error = useErrors(name);
  const id = fieldId(name);
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
          name={name}
          rows={rows}
          lang={lang}
          spellcheck={code ? false : undefined}
          aria-describedby={aria}
        >
          {value}
        </textarea>
      ) : (
        <input
          class={`govuk-input${width ? ` ${width}` : ""}${error ? " govuk-input--error" : ""}`}
          id={id}
          name={name}
          type="text"
          value={value}
          lang={lang}
          spellcheck={code ? false : undefined}
          autocomplete="off"
          aria-describedby={aria}
        />
      )}
    </div>
  );
}

/** A text in both languages, side by side: "Nosaukums (latviski)" and "Nosaukums (angliski)". */
export function Bilingual({ name, label, value, hint, rows }: { name: string; label: string; value: Text; hint?: string; rows?: number }) {
  const { t } = usePage();
  const hintId = `${fieldId(name)}-hint`;
  return (
    <>
      {hint ? (
        <div id={hintId} class="govuk-hint">
          {hint}
        </div>
      ) : null}
      <div class="govuk-grid-row">
        {(["lv", "en"] as const).map((language) => (
          <div class="govuk-grid-column-one-half" key={language}>
            <Box
              name={`${name}.${language}`}
              label={t("eservices.editor.in_language", { field: label, language })}
              value={value[language]}
              sharedHint={hint ? hintId : undefined}
              rows={rows}
              lang={language}
            />
          </div>
        ))}
      </div>
    </>
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
  inline?: boolean;
};

/** Radios (one of) or checkboxes (any of) in a fieldset; the first carries the group's id. */
export function Choices({ name, legend, hint, choices, chosen, multiple, inline }: ChoicesProps) {
  const error = useErrors(name);
  const id = fieldId(name);
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
        <div class={`govuk-${kind} govuk-${kind}--small${inline ? ` govuk-${kind}--inline` : ""}`} data-module={`govuk-${kind}`}>
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

/** One checkbox that says yes to something; unticked, nothing is sent. */
export function Tick({ name, label, checked, hint }: { name: string; label: string; checked: boolean; hint?: string }) {
  const error = useErrors(name);
  const id = fieldId(name);
  return (
    <div class={groupClass(error)}>
      <FieldError id={id} error={error} />
      <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div class="govuk-checkboxes__item">
          <input
            class="govuk-checkboxes__input"
            id={id}
            name={name}
            type="checkbox"
            value="true"
            checked={checked}
            aria-describedby={describedBy(id, hint, error)}
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
      </div>
    </div>
  );
}

type DropdownProps = { name: string; label: string; choices: Choice[]; value: string; placeholder: string; hint?: string };

/**
 * A drop-down with an empty first choice. A value the draft has that is not among the choices
 * (a source since switched off, a misspelt id) is offered as it is, so that saving keeps it.
 */
export function Dropdown({ name, label, choices, value, placeholder, hint }: DropdownProps) {
  const error = useErrors(name);
  const id = fieldId(name);
  const all = value && !choices.some((c) => c.value === value) ? [...choices, { value, label: value }] : choices;
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
      <select
        class={`govuk-select${error ? " govuk-select--error" : ""}`}
        id={id}
        name={name}
        aria-describedby={describedBy(id, hint, error)}
      >
        <option value="">{placeholder}</option>
        {all.map((c) => (
          <option key={c.value} value={c.value} selected={c.value === value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A submit button of a list: "Uz augšu", "Uz leju", "Noņemt" or "Pievienot", with what it acts on for screen readers. */
export function ListButton({ value, label, what, back }: { value: string; label: string; what?: string; back: string }) {
  const { action } = useContext(EditorForm);
  return (
    <button
      type="submit"
      name="action"
      value={value}
      formaction={`${action}#${back}`}
      class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2 govuk-!-margin-right-1"
      data-module="govuk-button"
    >
      {label}
      {what ? <span class="govuk-visually-hidden"> {what}</span> : null}
    </button>
  );
}

/** Moving and removing a row of `list`; "up" is left out on the first row and "down" on the last. */
export function RowButtons({ list, index, count, what }: { list: string; index: number; count: number; what: string }) {
  const { t } = usePage();
  const row = `${list}.${index}`;
  return (
    <div class="govuk-button-group govuk-!-margin-bottom-0">
      {index > 0 ? (
        <ListButton value={`up:${row}`} label={t("eservices.editor.up")} what={what} back={fieldId(`${list}.${index - 1}`)} />
      ) : null}
      {index < count - 1 ? (
        <ListButton value={`down:${row}`} label={t("eservices.editor.down")} what={what} back={fieldId(`${list}.${index + 1}`)} />
      ) : null}
      <ListButton value={`remove:${row}`} label={t("eservices.editor.remove")} what={what} back={fieldId(list)} />
    </div>
  );
}

type RowsProps<T> = {
  /** The list's path: "options", "rules", "sections". */
  list: string;
  legend: string;
  hint?: string;
  items: T[];
  /** "2. izvēle": the legend of item n (counted from 1). */
  itemLabel: (n: number) => string;
  /** What "Pievienot" adds, for the button's hidden words. */
  addWhat: string;
  children: (item: T, path: string) => ComponentChildren;
};

/** A list of groups of fields, each in its own fieldset with its buttons, and "Pievienot" after them. */
export function Rows<T>({ list, legend, hint, items, itemLabel, addWhat, children }: RowsProps<T>) {
  const { t } = usePage();
  const { action } = useContext(EditorForm);
  const error = useErrors(list);
  const id = fieldId(list);
  return (
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
          return (
            <fieldset class="govuk-fieldset govuk-inset-text" id={fieldId(path)} key={path}>
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{itemLabel(i + 1)}</legend>
              {children(item, path)}
              <RowButtons list={list} index={i} count={items.length} what={itemLabel(i + 1)} />
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
            {t("eservices.editor.add")}
            <span class="govuk-visually-hidden"> {addWhat}</span>
          </button>
        </div>
      </fieldset>
    </div>
  );
}

/** Save and preview; at the top of a form as well, so that Enter in a box saves rather than moving a row. */
export function SaveButtons({ preview }: { preview: boolean }) {
  const { t } = usePage();
  return (
    <div class="govuk-button-group">
      <button type="submit" name="action" value="save" class="govuk-button" data-module="govuk-button">
        {t("eservices.editor.save")}
      </button>
      {preview ? (
        <button type="submit" name="action" value="preview" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          {t("eservices.editor.preview")}
        </button>
      ) : null}
    </div>
  );
}
