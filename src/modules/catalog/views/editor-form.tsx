// The page where an editor writes a service: every field of the catalogue's model, Latvian and
// English side by side, saved as a draft whether complete or not, and sent for review once it
// is complete. The same page creates a new service, with its identifier typed once.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { problemsByField, problemTarget } from "../editor/field-paths.ts";
import type { ServiceForm } from "../editor/service-form.ts";
import { AUDIENCES, type InstitutionDocument, MATURITY_LEVELS, SERVICE_KINDS, type Text, THEMATIC_AREAS } from "../model.ts";
import { Bilingual, Box, Choices, Dropdown, EditorFormContext } from "./editor-fields.tsx";
import { ChannelList, ContactFields, CostList, LegalList, OutputList, RequirementList } from "./editor-groups.tsx";
import { EDITOR_PATHS, EditorBreadcrumbs, listProblems, ProblemSummary } from "./editor-parts.tsx";
import { type EditorNotice, FormButtons, ServiceStatus, type StatusProps, SUMMARY_TITLES } from "./editor-status.tsx";
import { labelKey } from "./labels.ts";

export type ServiceEditProps = {
  /** Null for a new service, whose identifier is a field of the form. */
  identifier: string | null;
  /** The new service's identifier as typed. */
  typedIdentifier?: string;
  form: ServiceForm;
  institution: InstitutionDocument;
  municipalities: { identifier: string; name: Text }[];
  status: StatusProps | null;
  notice: EditorNotice;
  /** Document path → message key. */
  problems: Record<string, string>;
  csrfToken: string;
};

function Section({ id, title, children }: { id: string; title: string; children: preact.ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-m" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function About({ form, municipalities }: Pick<ServiceEditProps, "form" | "municipalities">) {
  const { t, locale } = usePage();
  const municipalitiesOpen = form.municipalities.length > 0;
  return (
    <Section id="about" title={t("catalog.editor.section.about")}>
      <Bilingual path="title" label={t("catalog.editor.field.title")} value={form.title} />
      <Bilingual
        path="description"
        label={t("catalog.editor.field.description")}
        value={form.description}
        rows={6}
        hint={t("catalog.editor.hint.description")}
      />
      <Choices
        name="audience"
        legend={t("catalog.editor.field.audience")}
        hint={t("catalog.editor.hint.audience")}
        multiple
        chosen={form.audience}
        choices={AUDIENCES.map((a) => ({ value: a, label: t(labelKey.audience(a)) }))}
      />
      <Choices
        name="kind"
        legend={t("catalog.editor.field.kind")}
        multiple={false}
        chosen={[form.kind]}
        choices={SERVICE_KINDS.map((k) => ({ value: k, label: t(labelKey.kind(k)) }))}
      />
      <Choices
        name="maturity"
        legend={t("catalog.editor.field.maturity")}
        multiple={false}
        chosen={[form.maturity]}
        choices={MATURITY_LEVELS.map((level) => ({
          value: String(level),
          label: t("catalog.editor.maturity_option", { level, meaning: t(labelKey.maturity(level)) }),
        }))}
      />
      <Dropdown
        path="thematicArea"
        label={t("catalog.editor.field.thematicArea")}
        value={form.thematicArea}
        placeholder={t("catalog.editor.choose")}
        choices={THEMATIC_AREAS.map((a) => ({ value: a, label: t(labelKey.thematicArea(a)) }))}
      />
      <Choices
        name="template"
        legend={t("catalog.editor.field.template")}
        multiple
        chosen={form.template ? ["true"] : []}
        choices={[{ value: "true", label: t("catalog.editor.template_choice") }]}
      />
      <details class="govuk-details" open={municipalitiesOpen}>
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">
            {t("catalog.editor.municipalities_summary", { count: form.municipalities.length })}
          </span>
        </summary>
        <div class="govuk-details__text">
          <Choices
            name="municipalities"
            legend={t("catalog.editor.field.municipalities")}
            hint={t("catalog.editor.hint.municipalities")}
            multiple
            small
            chosen={form.municipalities}
            choices={municipalities.map((m) => ({ value: m.identifier, label: m.name[locale] }))}
          />
        </div>
      </details>
    </Section>
  );
}

/** The whole form, in the order the public page reads. */
function ServiceFields({ form, municipalities }: Pick<ServiceEditProps, "form" | "municipalities">) {
  const { t } = usePage();
  return (
    <>
      <About form={form} municipalities={municipalities} />
      <Section id="receiving" title={t("catalog.editor.section.receiving")}>
        <ChannelList channels={form.channels} />
        <Bilingual
          path="processingTime"
          label={t("catalog.editor.field.processingTime")}
          value={form.processingTime}
          hint={t("catalog.editor.hint.processing_time")}
        />
        <CostList costs={form.costs} hint={t("catalog.editor.hint.costs")} />
      </Section>
      <Section id="needed" title={t("catalog.editor.section.needed")}>
        <RequirementList requirements={form.requirements} />
        <Bilingual path="steps" label={t("catalog.editor.field.steps")} value={form.steps} rows={6} hint={t("catalog.editor.hint.steps")} />
        <OutputList outputs={form.outputs} />
      </Section>
      <Section id="contact" title={t("catalog.editor.section.contact")}>
        <ContactFields contact={form.contactPoint} hint={t("catalog.editor.hint.contact")} />
      </Section>
      <Section id="law" title={t("catalog.editor.section.law")}>
        <LegalList resources={form.legalBasis} />
        <Bilingual
          path="keywords"
          label={t("catalog.editor.field.keywords")}
          value={form.keywords}
          rows={4}
          hint={t("catalog.editor.hint.keywords")}
        />
      </Section>
    </>
  );
}

export function ServiceEditPage(props: ServiceEditProps) {
  const { t, locale } = usePage();
  const { identifier, form, institution, status, notice, problems, csrfToken } = props;
  const action = localePath(locale, identifier ? EDITOR_PATHS.edit(identifier) : EDITOR_PATHS.create);
  const listed = listProblems(t, problems, problemTarget);
  const heading = identifier ? form.title[locale] || identifier : t("catalog.editor.new.title");
  const title = `${listed.length ? `${t("form.error_title_prefix")} ` : ""}${identifier ? t("catalog.editor.edit.title", { service: heading }) : heading}`;
  return (
    <Layout title={title} beforeMain={<EditorBreadcrumbs />}>
      <ProblemSummary title={t(SUMMARY_TITLES[notice ?? "none"] ?? "form.error_summary_title")} problems={listed} />
      <SuccessBanner text={notice === "saved" || notice === "returned" ? t(`catalog.editor.notice.${notice}`) : null} />
      <span class="govuk-caption-m">{institution.name[locale]}</span>
      <h1 class="govuk-heading-l">{heading}</h1>
      {status ? <ServiceStatus {...status} /> : <p class="govuk-body">{t("catalog.editor.new.intro")}</p>}
      <EditorFormContext.Provider value={{ errors: problemsByField(problems), action }}>
        <form method="post" action={action} id="service-form" novalidate>
          <CsrfField token={csrfToken} />
          <FormButtons top />
          {identifier ? null : (
            <Box
              path="identifier"
              label={t("catalog.editor.field.identifier")}
              hint={t("catalog.editor.hint.identifier")}
              value={props.typedIdentifier ?? ""}
            />
          )}
          <ServiceFields form={form} municipalities={props.municipalities} />
          <FormButtons />
        </form>
      </EditorFormContext.Provider>
    </Layout>
  );
}

/** While a draft is in review nobody changes it: the page says so and leads to the review. */
export function ServiceInReviewPage({ heading, caption, status }: { heading: string; caption: string; status: StatusProps }) {
  const { t } = usePage();
  return (
    <Layout title={t("catalog.editor.edit.title", { service: heading })} beforeMain={<EditorBreadcrumbs />}>
      <span class="govuk-caption-m">{caption}</span>
      <h1 class="govuk-heading-l">{heading}</h1>
      <div class="govuk-inset-text">{t("catalog.editor.in_review.text")}</div>
      <ServiceStatus {...status} />
    </Layout>
  );
}
