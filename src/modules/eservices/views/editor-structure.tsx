// The structure of an e-service: its general settings in short, with the way to change them, and
// its pages in order, each to open, move or remove, and a new page to add.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { FieldError } from "../../../platform/html/components/field-parts.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { DEFINITION_PATHS, fieldId } from "../editor/paths.ts";
import type { ShownProblem } from "../editor/problems.ts";
import { EditorForm, ListButton, RowButtons } from "./editor-fields.tsx";
import { EditorBreadcrumbs, ProblemSummary, useSummaryItems } from "./editor-parts.tsx";

export type StructurePage = { id: string; title: string; questions: number };

export type StructureProps = {
  service: string;
  title: string;
  institution: string;
  settings: { label: string; value: string }[];
  generalProblems: number;
  pages: StructurePage[];
  /** Field name ("pages", "pages.2") → message key. */
  errors: Record<string, string>;
  problems: ShownProblem[];
  /** The draft, to name the places of its problems. */
  part: unknown;
  csrfToken: string;
};

function General({ props }: { props: StructureProps }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="general" class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-m" id="general">
        {t("eservices.editor.general.title")}
      </h2>
      <dl class="govuk-summary-list">
        {props.settings.map((s) => (
          <div class="govuk-summary-list__row" key={s.label}>
            <dt class="govuk-summary-list__key">{s.label}</dt>
            <dd class="govuk-summary-list__value">{s.value || "—"}</dd>
          </div>
        ))}
      </dl>
      {props.generalProblems > 0 ? (
        <p class="govuk-body">
          <strong class="govuk-tag govuk-tag--red">{t("eservices.editor.problem_count", { count: props.generalProblems })}</strong>
        </p>
      ) : null}
      <a
        class="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        href={localePath(locale, DEFINITION_PATHS.general(props.service))}
      >
        {t("eservices.editor.general.change")}
      </a>
    </section>
  );
}

function Pages({ props }: { props: StructureProps }) {
  const { t, locale } = usePage();
  const { service, pages, errors } = props;
  const action = localePath(locale, DEFINITION_PATHS.structure(service));
  return (
    <section aria-labelledby="pages-title">
      <h2 class="govuk-heading-m" id="pages-title">
        {t("eservices.editor.pages.title")}
      </h2>
      <EditorForm.Provider value={{ errors, action }}>
        <form method="post" action={action} novalidate>
          <CsrfField token={props.csrfToken} />
          <ol class="govuk-list">
            {pages.map((p, i) => {
              const name = t("eservices.editor.pages.item", { n: i + 1, title: p.title || p.id });
              const error = errors[`pages.${i}`];
              return (
                <li
                  key={`${i}-${p.id}`}
                  id={fieldId(`pages.${i}`)}
                  class={`govuk-!-margin-bottom-4${error ? " govuk-form-group--error" : ""}`}
                >
                  <p class="govuk-body govuk-!-margin-bottom-1">
                    <a class="govuk-link govuk-!-font-weight-bold" href={localePath(locale, DEFINITION_PATHS.page(service, i))}>
                      {name}
                    </a>
                    <br />
                    <span class="govuk-hint">{t("eservices.editor.pages.questions", { count: p.questions })}</span>
                  </p>
                  <FieldError id={fieldId(`pages.${i}`)} error={error} />
                  <RowButtons list="pages" index={i} count={pages.length} what={name} />
                </li>
              );
            })}
          </ol>
          <div class={`govuk-form-group${errors.pages ? " govuk-form-group--error" : ""}`} id={fieldId("pages")}>
            <FieldError id={fieldId("pages")} error={errors.pages} />
            <ListButton value="add:pages" label={t("eservices.editor.pages.add")} back={fieldId(`pages.${pages.length}`)} />
          </div>
        </form>
      </EditorForm.Provider>
    </section>
  );
}

export function DefinitionStructurePage(props: StructureProps) {
  const { t } = usePage();
  return (
    <Layout
      title={t("eservices.editor.structure.title", { title: props.title })}
      beforeMain={<EditorBreadcrumbs trail={[{ label: props.title, path: DEFINITION_PATHS.overview(props.service) }]} />}
    >
      <ProblemSummary title={t("eservices.editor.problems_title")} items={useSummaryItems(props.problems, props.part, "pages-title")} />
      <span class="govuk-caption-l">{props.institution}</span>
      <h1 class="govuk-heading-l">{t("eservices.editor.structure.title", { title: props.title })}</h1>
      <General props={props} />
      <Pages props={props} />
    </Layout>
  );
}
