// The condition a page or question is shown on: a small builder (question, operator, value or a
// list from the register data) and, for anything it cannot say, the condition as JSON.
import { usePage } from "../../../platform/html/page-context.ts";
import { CONDITION, type ConditionForm, OPERATORS, usesJson } from "../editor/condition-form.ts";
import { Box, type Choice, Dropdown } from "./editor-fields.tsx";

export type ConditionProps = {
  form: ConditionForm;
  /** The questions a condition may name. */
  fields: Choice[];
  /** The register lists "is one of" may compare with. */
  lists: Choice[];
  errors: Record<string, string>;
};

export function ConditionFields({ form, fields, lists, errors }: ConditionProps) {
  const { t } = usePage();
  const jsonOpen = usesJson(form) || errors[`${CONDITION}.json`] !== undefined;
  return (
    <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" aria-describedby="condition-hint">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t("eservices.editor.condition.legend")}</legend>
      <div id="condition-hint" class="govuk-hint">
        {t("eservices.editor.condition.hint")}
      </div>
      <Dropdown
        name={`${CONDITION}.field`}
        label={t("eservices.editor.condition.field")}
        choices={fields}
        value={form.field}
        placeholder={t("eservices.editor.choose")}
      />
      <Dropdown
        name={`${CONDITION}.operator`}
        label={t("eservices.editor.condition.operator")}
        choices={OPERATORS.map((o) => ({ value: o, label: t(`eservices.editor.operator.${o}`) }))}
        value={form.operator}
        placeholder={t("eservices.editor.choose")}
      />
      <Box
        name={`${CONDITION}.value`}
        label={t("eservices.editor.condition.value")}
        hint={t("eservices.editor.condition.value_hint")}
        value={form.value}
      />
      <Dropdown
        name={`${CONDITION}.list`}
        label={t("eservices.editor.condition.list")}
        hint={t("eservices.editor.condition.list_hint")}
        choices={lists}
        value={form.list}
        placeholder={t("eservices.editor.condition.no_list")}
      />
      <details class="govuk-details" open={jsonOpen}>
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">{t("eservices.editor.condition.json_summary")}</span>
        </summary>
        <div class="govuk-details__text">
          <Box
            name={`${CONDITION}.json`}
            label={t("eservices.editor.condition.json")}
            hint={t("eservices.editor.condition.json_hint")}
            value={form.json}
            rows={6}
            code
          />
        </div>
      </details>
    </fieldset>
  );
}
