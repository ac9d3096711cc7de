// The inputs of a definition's questions, as govuk-frontend marks them up. Labels, hints and
// messages come from the definition (already in the person's language), not from message keys.
// Used by the form runtime and by the editor's preview, which shows the same markup.
import type { ComponentChildren } from "preact";
import { usePage } from "../../../platform/html/page-context.ts";
import { dateParts } from "../definition/answer-formats.ts";
import { optionsOf } from "../definition/form-flow.ts";
import type { Answers, AnswerValue, GroupItem, Question } from "../definition/model.ts";
import { valueAt } from "../prefill/value-at.ts";

export type AddressChoice = { addressCode: string; text: string };
export type AttachedFile = { id: string; fileName: string; sizeBytes: number };

export type QuestionFieldsProps = {
  questions: Question[];
  answers: Answers;
  /** Messages by field path ("household.0.income"). */
  errors: Record<string, string>;
  prefill: Record<string, unknown>;
  /** Search results of address questions, by question id, after the person pressed "Meklēt". */
  addressResults?: Record<string, AddressChoice[]>;
  /** The text of every address code the form knows. */
  addressTexts?: Record<string, string>;
  attachments?: Record<string, AttachedFile>;
  /** The editor's preview: the same markup, with no buttons that would act on an application. */
  preview?: boolean;
};

/** The HTML id of a field path: "household.0.income" → "household-0-income". */
export function fieldId(path: string): string {
  return path.replace(/\./g, "-");
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Hint({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <div id={`${id}-hint`} class="govuk-hint">
      {text}
    </div>
  ) : null;
}

function ErrorText({ id, text }: { id: string; text: string | undefined }) {
  const { t } = usePage();
  return text ? (
    <p id={`${id}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">{t("form.error_prefix")}</span> {text}
    </p>
  ) : null;
}

type FieldProps = { question: Question; path: string; value: AnswerValue | undefined; error: string | undefined; all: QuestionFieldsProps };

function Group({ error, children }: { error: string | undefined; children: ComponentChildren }) {
  return <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>{children}</div>;
}

const INPUTS: Partial<Record<Question["type"], { width: string; mode?: string; autocomplete?: string; type?: string }>> = {
  text: { width: "" },
  number: { width: "govuk-input--width-10", mode: "decimal" },
  money: { width: "govuk-input--width-10", mode: "decimal" },
  personalCode: { width: "govuk-input--width-20", mode: "text" },
  registrationNumber: { width: "govuk-input--width-20", mode: "numeric" },
  email: { width: "govuk-!-width-two-thirds", type: "email", autocomplete: "email" },
  phone: { width: "govuk-input--width-20", type: "tel", autocomplete: "tel" },
  iban: { width: "govuk-input--width-30", autocomplete: "off" },
};

function TextField({ question, path, value, error }: FieldProps) {
  const { locale } = usePage();
  const id = fieldId(path);
  const hint = question.hint?.[locale];
  const spec = INPUTS[question.type] ?? { width: "" };
  const input = (
    <input
      class={`govuk-input ${spec.width}${error ? " govuk-input--error" : ""}`}
      id={id}
      name={path}
      type={spec.type ?? "text"}
      value={typeof value === "string" ? value : ""}
      inputMode={spec.mode as "decimal" | "numeric" | "text" | undefined}
      autocomplete={spec.autocomplete}
      spellcheck={question.type === "text" ? undefined : false}
      aria-describedby={describedBy(id, hint, error)}
    />
  );
  return (
    <Group error={error}>
      <label class="govuk-label govuk-label--s" for={id}>
        {question.label[locale]}
      </label>
      <Hint id={id} text={hint} />
      <ErrorText id={id} text={error} />
      {question.type === "money" ? (
        <div class="govuk-input__wrapper">
          {input}
          <div class="govuk-input__suffix" aria-hidden="true">
            €
          </div>
        </div>
      ) : (
        input
      )}
    </Group>
  );
}

function LongTextField({ question, path, value, error }: FieldProps) {
  const { locale } = usePage();
  const id = fieldId(path);
  const hint = question.hint?.[locale];
  return (
    <Group error={error}>
      <label class="govuk-label govuk-label--s" for={id}>
        {question.label[locale]}
      </label>
      <Hint id={id} text={hint} />
      <ErrorText id={id} text={error} />
      <textarea
        class={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
        id={id}
        name={path}
        rows={5}
        aria-describedby={describedBy(id, hint, error)}
      >
        {typeof value === "string" ? value : ""}
      </textarea>
    </Group>
  );
}

function DateField({ question, path, value, error }: FieldProps) {
  const { locale, t } = usePage();
  const id = fieldId(path);
  const hint = question.hint?.[locale] ?? t("eservices.field.date_hint");
  const parts = dateParts(typeof value === "string" ? value : "");
  const part = (key: "day" | "month" | "year", width: string) => (
    <div class="govuk-date-input__item">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-date-input__label" for={`${id}-${key}`}>
          {t(`eservices.field.${key}`)}
        </label>
        <input
          class={`govuk-input govuk-date-input__input ${width}${error ? " govuk-input--error" : ""}`}
          id={`${id}-${key}`}
          name={`${path}.${key}`}
          type="text"
          inputMode="numeric"
          value={parts[key]}
        />
      </div>
    </div>
  );
  return (
    <Group error={error}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{question.label[locale]}</legend>
        <Hint id={id} text={hint} />
        <ErrorText id={id} text={error} />
        <div class="govuk-date-input" id={id}>
          {part("day", "govuk-input--width-2")}
          {part("month", "govuk-input--width-2")}
          {part("year", "govuk-input--width-4")}
        </div>
      </fieldset>
    </Group>
  );
}

function ChoiceField({ question, path, value, error, all }: FieldProps) {
  const { locale, t } = usePage();
  const id = fieldId(path);
  const hint = question.hint?.[locale];
  const options = optionsOf(question, all.prefill);
  const multiple = question.type === "multiChoice";
  const chosen = Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
  const kind = multiple ? "checkboxes" : "radios";
  return (
    <Group error={error}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{question.label[locale]}</legend>
        <Hint id={id} text={hint} />
        <ErrorText id={id} text={error} />
        {options.length === 0 ? <p class="govuk-body">{t("eservices.field.no_options")}</p> : null}
        <div
          class={`govuk-${kind}${question.type === "yesNo" ? " govuk-radios--inline" : ""}${multiple ? "" : " govuk-radios--small"}`}
          data-module={`govuk-${kind}`}
        >
          {options.map((option, i) => {
            const inputId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div class={`govuk-${kind}__item`} key={option.value}>
                <input
                  class={`govuk-${kind}__input`}
                  id={inputId}
                  name={path}
                  type={multiple ? "checkbox" : "radio"}
                  value={option.value}
                  checked={chosen.includes(option.value)}
                  aria-describedby={option.hint ? `${inputId}-item-hint` : undefined}
                />
                <label class={`govuk-label govuk-${kind}__label`} for={inputId}>
                  {option.label[locale]}
                </label>
                {option.hint ? (
                  <div id={`${inputId}-item-hint`} class={`govuk-hint govuk-${kind}__hint`}>
                    {option.hint[locale]}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </Group>
  );
}

function AddressField({ question, path, value, error: answerError, all }: FieldProps) {
  const { locale, t } = usePage();
  const error = answerError ?? all.errors[`${path}.search`];
  const id = fieldId(path);
  const hint = question.hint?.[locale] ?? t("eservices.field.address_hint");
  const code = typeof value === "string" ? value : "";
  const current = code ? (all.addressTexts?.[code] ?? code) : null;
  const results = all.addressResults?.[question.id];
  return (
    <Group error={error}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{question.label[locale]}</legend>
        <Hint id={id} text={hint} />
        <ErrorText id={id} text={error} />
        {current && !results ? (
          <p class="govuk-body">
            {t("eservices.field.address_chosen")} <strong>{current}</strong>
            <input type="hidden" name={path} value={code} />
          </p>
        ) : null}
        <div class="epak-address-search">
          <label class="govuk-label" for={`${id}-search`}>
            {t(current ? "eservices.field.address_search_other" : "eservices.field.address_search")}
          </label>
          <input class="govuk-input govuk-!-width-two-thirds" id={`${id}-search`} name={`${path}.search`} type="text" autocomplete="off" />
          {all.preview ? null : (
            <button type="submit" name="action" value={`search:${question.id}`} class="govuk-button govuk-button--secondary">
              {t("eservices.field.address_search_button")}
            </button>
          )}
        </div>
        {results ? <AddressResults path={path} id={id} results={results} chosen={code} /> : null}
      </fieldset>
    </Group>
  );
}

function AddressResults({ path, id, results, chosen }: { path: string; id: string; results: AddressChoice[]; chosen: string }) {
  const { t } = usePage();
  if (results.length === 0) return <p class="govuk-body">{t("eservices.field.address_none")}</p>;
  return (
    <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
      <p class="govuk-body">{t("eservices.field.address_found", { count: results.length })}</p>
      {results.map((r, i) => (
        <div class="govuk-radios__item" key={r.addressCode}>
          <input
            class="govuk-radios__input"
            id={i === 0 ? id : `${id}-${i + 1}`}
            name={path}
            type="radio"
            value={r.addressCode}
            checked={r.addressCode === chosen}
          />
          <label class="govuk-label govuk-radios__label" for={i === 0 ? id : `${id}-${i + 1}`}>
            {r.text}
          </label>
        </div>
      ))}
    </div>
  );
}

function FileField({ question, path, error, all }: FieldProps) {
  const { locale, t } = usePage();
  const id = fieldId(path);
  const hint = question.hint?.[locale];
  const attached = all.attachments?.[question.id];
  const types = (question.accept ?? ["pdf", "jpeg", "png"]).map((x) => x.toUpperCase()).join(", ");
  const limits = t("eservices.field.file_limits", { types, size: question.maxSizeMb ?? 5 });
  return (
    <Group error={error}>
      <label class="govuk-label govuk-label--s" for={id}>
        {question.label[locale]}
      </label>
      <div id={`${id}-hint`} class="govuk-hint">
        {hint ? `${hint} ` : ""}
        {limits}
      </div>
      <ErrorText id={id} text={error} />
      {attached ? (
        <p class="govuk-body">
          {t("eservices.field.file_attached")} <strong>{attached.fileName}</strong> ({Math.max(1, Math.round(attached.sizeBytes / 1024))}{" "}
          kB)
          {all.preview ? null : (
            <button
              type="submit"
              name="action"
              value={`unattach:${question.id}`}
              class="govuk-button govuk-button--secondary govuk-!-margin-left-2 govuk-!-margin-bottom-0"
            >
              {t("eservices.field.file_remove")}
            </button>
          )}
        </p>
      ) : null}
      <input
        class={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
        id={id}
        name={path}
        type="file"
        accept={(question.accept ?? ["pdf", "jpeg", "png"]).map((x) => ACCEPT[x]).join(",")}
        aria-describedby={describedBy(id, true, error)}
      />
    </Group>
  );
}

const ACCEPT = { pdf: ".pdf,application/pdf", png: ".png,image/png", jpeg: ".jpg,.jpeg,image/jpeg", edoc: ".edoc,.asice" };

function GroupField({ question, path, value, error, all }: FieldProps) {
  const { locale, t } = usePage();
  const id = fieldId(path);
  const items = Array.isArray(value) ? (value as GroupItem[]) : [];
  const shown = items.length > 0 ? items : [{}];
  const itemLabel = question.itemLabel?.[locale] ?? question.label[locale];
  return (
    <Group error={error}>
      <fieldset class="govuk-fieldset" id={id} aria-describedby={describedBy(id, question.hint, error)}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{question.label[locale]}</legend>
        <Hint id={id} text={question.hint?.[locale]} />
        <ErrorText id={id} text={error} />
        {shown.map((item, index) => (
          <fieldset class="govuk-fieldset epak-group-item" key={String(index)}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
              {itemLabel} {index + 1}
            </legend>
            <Fields {...all} questions={question.questions ?? []} answers={item as Answers} prefix={`${path}.${index}.`} />
            {all.preview || shown.length === 1 ? null : (
              <button type="submit" name="action" value={`remove:${question.id}:${index}`} class="govuk-button govuk-button--secondary">
                {t("eservices.field.group_remove", { item: `${itemLabel} ${index + 1}` })}
              </button>
            )}
          </fieldset>
        ))}
        {all.preview ? null : (
          <button type="submit" name="action" value={`add:${question.id}`} class="govuk-button govuk-button--secondary">
            {t("eservices.field.group_add", { item: itemLabel })}
          </button>
        )}
      </fieldset>
    </Group>
  );
}

function ReadOnlyField({ question, value }: FieldProps) {
  const { locale } = usePage();
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{question.label[locale]}</dt>
      <dd class="govuk-summary-list__value">{typeof value === "string" && value ? value : "—"}</dd>
    </div>
  );
}

const FIELDS: Record<Question["type"], (props: FieldProps) => ComponentChildren> = {
  text: TextField,
  number: TextField,
  money: TextField,
  personalCode: TextField,
  registrationNumber: TextField,
  email: TextField,
  phone: TextField,
  iban: TextField,
  longText: LongTextField,
  date: DateField,
  choice: ChoiceField,
  multiChoice: ChoiceField,
  yesNo: ChoiceField,
  address: AddressField,
  file: FileField,
  group: GroupField,
};

function Fields(props: QuestionFieldsProps & { prefix: string }) {
  const readOnly = props.questions.filter((q) => q.readOnly);
  const editable = props.questions.filter((q) => !q.readOnly);
  const answerOf = (q: Question) => (q.readOnly && q.prefill ? String(valueAt(props.prefill, q.prefill) ?? "") : props.answers[q.id]);
  const field = (q: Question) => {
    const path = `${props.prefix}${q.id}`;
    const Field = FIELDS[q.type];
    return <Field key={q.id} question={q} path={path} value={answerOf(q)} error={props.errors[path]} all={props} />;
  };
  return (
    <>
      {readOnly.length > 0 ? (
        <dl class="govuk-summary-list govuk-summary-list--no-border epak-register-facts">
          {readOnly.map((q) => (
            <ReadOnlyField key={q.id} question={q} path={`${props.prefix}${q.id}`} value={answerOf(q)} error={undefined} all={props} />
          ))}
        </dl>
      ) : null}
      {editable.map(field)}
    </>
  );
}

/** The questions of one page (already filtered to the visible ones), without the surrounding form. */
export function QuestionFields(props: QuestionFieldsProps) {
  return <Fields {...props} prefix="" />;
}
