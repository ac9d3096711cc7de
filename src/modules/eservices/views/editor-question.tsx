// One question of an e-service: every field its type uses (options and rules as rows, a file's
// types and size, a group's item name and inner questions), the condition it is shown on, and
// the preview of its page with it.

import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { FILE_TYPES, QUESTION_TYPES } from "../definition/model.ts";
import type { QuestionAt } from "../editor/draft.ts";
import { DEFINITION_PATHS } from "../editor/paths.ts";
import { type QuestionForm, questionParts, RULES } from "../editor/question-form.ts";
import { ConditionFields } from "./editor-condition.tsx";
import { Bilingual, Box, type Choice, Choices, Dropdown, EditorForm, Rows, Tick } from "./editor-fields.tsx";
import { PreviewedForm, QuestionList, type QuestionRow, type ScreenProps, useScreenTrail } from "./editor-page.tsx";
import { EditorBreadcrumbs, ProblemSummary, useSummaryItems } from "./editor-parts.tsx";
import { PreviewPanel, PreviewScript } from "./editor-preview.tsx";

export type QuestionProps = ScreenProps & {
  at: QuestionAt;
  pageTitle: string;
  /** For an inner question: the group's label. */
  groupLabel: string | null;
  form: QuestionForm;
  /** A group's inner questions. */
  inner: QuestionRow[];
  /** Register values a question may start with, and lists its options may come from. */
  prefillValues: Choice[];
  prefillLists: Choice[];
};

const FORM_ID = "question-form";
/** Inside a group: no files (they belong to the application, not an item) and no groups in groups. */
const INNER_TYPES = QUESTION_TYPES.filter((type) => type !== "group" && type !== "file");

function Basics({ form, inner, prefillValues }: { form: QuestionForm; inner: boolean; prefillValues: Choice[] }) {
  const { t } = usePage();
  return (
    <>
      <Box
        name="id"
        label={t("eservices.place.field.id")}
        hint={t("eservices.editor.question.id_hint")}
        value={form.id}
        width="govuk-input--width-20"
        code
      />
      <Dropdown
        name="type"
        label={t("eservices.place.field.type")}
        hint={t("eservices.editor.question.type_hint")}
        choices={(inner ? INNER_TYPES : QUESTION_TYPES).map((type) => ({ value: type, label: t(`eservices.editor.type.${type}`) }))}
        value={form.type}
        placeholder={t("eservices.editor.choose")}
      />
      <Bilingual name="label" label={t("eservices.place.field.label")} value={form.label} />
      <Bilingual name="hint" label={t("eservices.place.field.hint")} value={form.hint} rows={2} />
      <Tick
        name="required"
        label={t("eservices.editor.question.required")}
        checked={form.required}
        hint={t("eservices.editor.question.required_hint")}
      />
      <Dropdown
        name="prefill"
        label={t("eservices.place.field.prefill")}
        hint={t("eservices.editor.question.prefill_hint")}
        choices={prefillValues}
        value={form.prefill}
        placeholder={t("eservices.editor.question.no_prefill")}
      />
      <Tick
        name="readOnly"
        label={t("eservices.editor.question.read_only")}
        checked={form.readOnly}
        hint={t("eservices.editor.question.read_only_hint")}
      />
    </>
  );
}

function ChoiceParts({ form, prefillLists }: { form: QuestionForm; prefillLists: Choice[] }) {
  const { t } = usePage();
  return (
    <>
      <Rows
        list="options"
        legend={t("eservices.place.field.options")}
        hint={t("eservices.editor.question.options_hint")}
        items={form.options}
        itemLabel={(n) => t("eservices.place.option", { n })}
        addWhat={t("eservices.editor.question.option_what")}
      >
        {(option, path) => (
          <>
            <Box
              name={`${path}.value`}
              label={t("eservices.place.field.value")}
              hint={t("eservices.editor.question.option_value_hint")}
              value={option.value}
              width="govuk-input--width-20"
              code
            />
            <Bilingual name={`${path}.label`} label={t("eservices.place.field.label")} value={option.label} />
            <Bilingual name={`${path}.hint`} label={t("eservices.place.field.hint")} value={option.hint} />
          </>
        )}
      </Rows>
      <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" aria-describedby="options-from-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t("eservices.place.field.optionsFrom")}</legend>
        <div id="options-from-hint" class="govuk-hint">
          {t("eservices.editor.question.options_from_hint")}
        </div>
        <Dropdown
          name="optionsFrom.prefill"
          label={t("eservices.editor.question.options_from_list")}
          choices={prefillLists}
          value={form.optionsFrom.prefill}
          placeholder={t("eservices.editor.condition.no_list")}
        />
        <Box
          name="optionsFrom.value"
          label={t("eservices.editor.question.options_from_value")}
          value={form.optionsFrom.value}
          width="govuk-input--width-20"
          code
        />
        <Box
          name="optionsFrom.label"
          label={t("eservices.editor.question.options_from_label")}
          value={form.optionsFrom.label}
          width="govuk-input--width-20"
          code
        />
        <Box
          name="optionsFrom.hint"
          label={t("eservices.editor.question.options_from_item_hint")}
          value={form.optionsFrom.hint}
          width="govuk-input--width-20"
          code
        />
      </fieldset>
    </>
  );
}

function RuleRows({ form }: { form: QuestionForm }) {
  const { t } = usePage();
  return (
    <Rows
      list="rules"
      legend={t("eservices.place.field.rules")}
      hint={t("eservices.editor.question.rules_hint")}
      items={form.rules}
      itemLabel={(n) => t("eservices.place.rule", { n })}
      addWhat={t("eservices.editor.question.rule_what")}
    >
      {(rule, path) => (
        <>
          <Dropdown
            name={`${path}.rule`}
            label={t("eservices.place.field.rule")}
            choices={RULES.map((r) => ({ value: r, label: t(`eservices.editor.rule.${r}`) }))}
            value={rule.rule}
            placeholder={t("eservices.editor.choose")}
          />
          <Box
            name={`${path}.value`}
            label={t("eservices.place.field.value")}
            hint={t("eservices.editor.question.rule_value_hint")}
            value={rule.value}
            width="govuk-input--width-20"
            code
          />
          <Bilingual name={`${path}.message`} label={t("eservices.place.field.message")} value={rule.message} />
        </>
      )}
    </Rows>
  );
}

function FileParts({ form }: { form: QuestionForm }) {
  const { t } = usePage();
  return (
    <>
      <Choices
        name="accept"
        legend={t("eservices.place.field.accept")}
        hint={t("eservices.editor.question.accept_hint")}
        multiple
        inline
        chosen={form.accept}
        choices={FILE_TYPES.map((f) => ({ value: f, label: f.toUpperCase() }))}
      />
      <Box
        name="maxSizeMb"
        label={t("eservices.place.field.maxSizeMb")}
        hint={t("eservices.editor.question.max_size_hint")}
        value={form.maxSizeMb}
        width="govuk-input--width-4"
      />
    </>
  );
}

function GroupParts({ props }: { props: QuestionProps }) {
  const { t } = usePage();
  const { service, at } = props;
  return (
    <>
      <Bilingual name="itemLabel" label={t("eservices.place.field.itemLabel")} value={props.form.itemLabel} />
      <h2 class="govuk-heading-m">{t("eservices.editor.question.inner_title")}</h2>
      <QuestionList questions={props.inner} at={(i) => DEFINITION_PATHS.question(service, { ...at, inner: i })} errors={props.errors} />
    </>
  );
}

export function DefinitionQuestionPage(props: QuestionProps) {
  const { t, locale } = usePage();
  const { service, at, form } = props;
  const inner = at.inner !== null;
  const action = localePath(locale, DEFINITION_PATHS.question(service, at));
  const items = useSummaryItems(props.problems, props.part, FORM_ID);
  const parts = questionParts(form, inner);
  const counted = t("eservices.place.question", { n: (at.inner ?? at.question) + 1 });
  const heading = form.label[locale] ? t("eservices.place.named", { item: counted, name: form.label[locale] }) : counted;
  const trail = useScreenTrail(service, props.title, { index: at.page, title: props.pageTitle });
  if (inner) trail.push({ label: props.groupLabel ?? "", path: DEFINITION_PATHS.question(service, { ...at, inner: null }) });
  return (
    <Layout
      title={`${items.length ? `${t("form.error_title_prefix")} ` : ""}${heading} – ${props.title}`}
      beforeMain={<EditorBreadcrumbs trail={trail} />}
    >
      <ProblemSummary title={t("eservices.editor.problems_title")} items={items} />
      <SuccessBanner text={props.saved && items.length === 0 ? t("eservices.editor.saved") : null} />
      <span class="govuk-caption-l">{inner ? `${props.pageTitle} › ${props.groupLabel ?? ""}` : props.pageTitle}</span>
      <h1 class="govuk-heading-l">{heading}</h1>
      <EditorForm.Provider value={{ errors: props.errors, action }}>
        <PreviewedForm id={FORM_ID} action={action} csrfToken={props.csrfToken}>
          <Basics form={form} inner={inner} prefillValues={props.prefillValues} />
          {parts.choices ? <ChoiceParts form={form} prefillLists={props.prefillLists} /> : null}
          {parts.file ? <FileParts form={form} /> : null}
          <RuleRows form={form} />
          <ConditionFields form={form.condition} fields={props.conditionFields} lists={props.conditionLists} errors={props.errors} />
          {parts.group ? <GroupParts props={props} /> : null}
        </PreviewedForm>
      </EditorForm.Provider>
      <PreviewPanel preview={props.preview} unsaved={props.unsaved} />
      <PreviewScript />
    </Layout>
  );
}
