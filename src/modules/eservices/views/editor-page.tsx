// One page of an e-service: its title, introduction, task-list section and condition, its
// questions in order (each to open, move or remove, and a new one to add), and the preview.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { FieldError } from "../../../platform/html/components/field-parts.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import type { QuestionAt } from "../editor/draft.ts";
import type { PageForm } from "../editor/page-form.ts";
import { DEFINITION_PATHS, fieldId } from "../editor/paths.ts";
import type { PagePreview } from "../editor/preview-questions.ts";
import type { ShownProblem } from "../editor/problems.ts";
import { ConditionFields } from "./editor-condition.tsx";
import { Bilingual, Box, type Choice, Dropdown, EditorForm, ListButton, RowButtons, SaveButtons } from "./editor-fields.tsx";
import { type Crumb, EditorBreadcrumbs, ProblemSummary, useSummaryItems } from "./editor-parts.tsx";
import { PREVIEW_PANEL, PREVIEW_STATUS, PreviewPanel, PreviewScript } from "./editor-preview.tsx";

export type QuestionRow = { id: string; label: string; type: string };

/** What the page and question screens share: where they are, what the form shows, its problems and the preview. */
export type ScreenProps = {
  service: string;
  /** The e-service's title. */
  title: string;
  part: unknown;
  problems: ShownProblem[];
  errors: Record<string, string>;
  saved: boolean;
  preview: PagePreview;
  /** The preview shows what was typed, not what is saved. */
  unsaved: boolean;
  /** The questions a condition may name, and the register lists it may compare with. */
  conditionFields: Choice[];
  conditionLists: Choice[];
  csrfToken: string;
};

export type PageProps = ScreenProps & { page: number; form: PageForm; questions: QuestionRow[]; sections: Choice[] };

/** The questions of a page or a group: each to open, move or remove, and "Pievienot jautājumu". */
export function QuestionList({
  questions,
  at,
  errors,
}: {
  questions: QuestionRow[];
  at: (i: number) => string;
  errors: Record<string, string>;
}) {
  const { t, locale } = usePage();
  return (
    <>
      <ol class="govuk-list">
        {questions.map((q, i) => {
          const name = t("eservices.editor.questions.item", { n: i + 1, label: q.label || q.id });
          const id = fieldId(`questions.${i}`);
          const error = errors[`questions.${i}`];
          return (
            <li key={`${i}-${q.id}`} id={id} class={`govuk-!-margin-bottom-4${error ? " govuk-form-group--error" : ""}`}>
              <p class="govuk-body govuk-!-margin-bottom-1">
                <a class="govuk-link govuk-!-font-weight-bold" href={localePath(locale, at(i))}>
                  {name}
                </a>
                <br />
                <span class="govuk-hint">{q.type ? t(`eservices.editor.type.${q.type}`) : "—"}</span>
              </p>
              <FieldError id={id} error={error} />
              <RowButtons list="questions" index={i} count={questions.length} what={name} />
            </li>
          );
        })}
      </ol>
      <div class={`govuk-form-group${errors.questions ? " govuk-form-group--error" : ""}`} id={fieldId("questions")}>
        <FieldError id={fieldId("questions")} error={errors.questions} />
        <ListButton value="add:questions" label={t("eservices.editor.questions.add")} back={fieldId(`questions.${questions.length}`)} />
      </div>
    </>
  );
}

/** The form of a screen with a preview: the script sends it on every change to refresh the preview. */
export function PreviewedForm({
  id,
  action,
  csrfToken,
  children,
}: {
  id: string;
  action: string;
  csrfToken: string;
  children: preact.ComponentChildren;
}) {
  const { t } = usePage();
  return (
    <form
      method="post"
      action={action}
      id={id}
      novalidate
      data-preview-panel={PREVIEW_PANEL}
      data-preview-status={PREVIEW_STATUS}
      data-preview-updated={t("eservices.editor.preview.updated")}
    >
      <CsrfField token={csrfToken} />
      <SaveButtons preview />
      {children}
      <SaveButtons preview />
    </form>
  );
}

/** E-service › Struktūra (› the page, from a question's screen). */
export function useScreenTrail(service: string, title: string, page?: { index: number; title: string }): Crumb[] {
  const { t } = usePage();
  const trail: Crumb[] = [
    { label: title, path: DEFINITION_PATHS.overview(service) },
    { label: t("eservices.editor.structure.crumb"), path: DEFINITION_PATHS.structure(service) },
  ];
  if (page) trail.push({ label: page.title, path: DEFINITION_PATHS.page(service, page.index) });
  return trail;
}

const FORM_ID = "page-form";

export function DefinitionPagePage(props: PageProps) {
  const { t, locale } = usePage();
  const { service, page, form } = props;
  const action = localePath(locale, DEFINITION_PATHS.page(service, page));
  const items = useSummaryItems(props.problems, props.part, FORM_ID);
  const heading = t("eservices.place.page", { n: page + 1 });
  const trail = useScreenTrail(service, props.title);
  const questionAt = (i: number): string => DEFINITION_PATHS.question(service, { page, question: i, inner: null } satisfies QuestionAt);
  return (
    <Layout
      title={`${items.length ? `${t("form.error_title_prefix")} ` : ""}${heading} – ${props.title}`}
      beforeMain={<EditorBreadcrumbs trail={trail} />}
    >
      <ProblemSummary title={t("eservices.editor.problems_title")} items={items} />
      <SuccessBanner text={props.saved && items.length === 0 ? t("eservices.editor.saved") : null} />
      <span class="govuk-caption-l">{props.title}</span>
      <h1 class="govuk-heading-l">
        {form.title[locale] ? t("eservices.place.named", { item: heading, name: form.title[locale] }) : heading}
      </h1>
      <EditorForm.Provider value={{ errors: props.errors, action }}>
        <PreviewedForm id={FORM_ID} action={action} csrfToken={props.csrfToken}>
          <Box
            name="id"
            label={t("eservices.place.field.id")}
            hint={t("eservices.editor.page.id_hint")}
            value={form.id}
            width="govuk-input--width-20"
            code
          />
          <Bilingual name="title" label={t("eservices.place.field.title")} value={form.title} />
          <Bilingual name="intro" label={t("eservices.place.field.intro")} value={form.intro} rows={3} />
          {props.sections.length || form.section ? (
            <Dropdown
              name="section"
              label={t("eservices.place.field.section")}
              choices={props.sections}
              value={form.section}
              placeholder={t("eservices.editor.choose")}
            />
          ) : null}
          <ConditionFields form={form.condition} fields={props.conditionFields} lists={props.conditionLists} errors={props.errors} />
          <h2 class="govuk-heading-m">{t("eservices.place.field.questions")}</h2>
          <QuestionList questions={props.questions} at={questionAt} errors={props.errors} />
        </PreviewedForm>
      </EditorForm.Provider>
      <PreviewPanel preview={props.preview} unsaved={props.unsaved} />
      <PreviewScript />
    </Layout>
  );
}
