// The general settings of an e-service: titles and summary, the institution (as stored, not
// editable), the login level, who may apply, which register data the form reads, the fee, the
// case process, how the decision is delivered, the declaration and the task-list sections.

import { LEVELS } from "../../../platform/assurance.ts";
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { APPLICANT_KINDS, PREFILL_SOURCES } from "../definition/model.ts";
import type { GeneralForm } from "../editor/general-form.ts";
import { DEFINITION_PATHS } from "../editor/paths.ts";
import type { ShownProblem } from "../editor/problems.ts";
import { Bilingual, Box, Choices, EditorForm, Rows, SaveButtons } from "./editor-fields.tsx";
import { EditorBreadcrumbs, ProblemSummary, useSummaryItems } from "./editor-parts.tsx";

export type GeneralProps = {
  service: string;
  title: string;
  institution: string;
  form: GeneralForm;
  /** The draft's general part as stored, to name the places of its problems. */
  part: unknown;
  problems: ShownProblem[];
  errors: Record<string, string>;
  saved: boolean;
  csrfToken: string;
};

const FORM_ID = "general-form";
const DELIVERY = ["eAddress", "centre", "post"] as const;

function Fee({ form }: { form: GeneralForm }) {
  const { t } = usePage();
  return (
    <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t("eservices.editor.general.fee")}</legend>
      <Choices
        name="fee"
        legend={t("eservices.editor.general.has_fee")}
        multiple={false}
        inline
        chosen={[form.hasFee]}
        choices={[
          { value: "no", label: t("eservices.editor.general.fee_no") },
          { value: "yes", label: t("eservices.editor.general.fee_yes") },
        ]}
      />
      <Box
        name="fee.amount"
        label={t("eservices.editor.general.fee_amount")}
        hint={t("eservices.editor.general.fee_amount_hint")}
        value={form.feeAmount}
        width="govuk-input--width-10"
      />
      <Choices
        name="fee.payment"
        legend={t("eservices.editor.general.fee_payment")}
        multiple={false}
        chosen={[form.feePayment]}
        choices={["beforeSubmit", "afterDecision"].map((p) => ({ value: p, label: t(`eservices.editor.payment.${p}`) }))}
      />
      <Bilingual name="fee.legalBasis" label={t("eservices.place.field.legalBasis")} value={form.feeLegalBasis} />
    </fieldset>
  );
}

function Sections({ form }: { form: GeneralForm }) {
  const { t } = usePage();
  return (
    <Rows
      list="sections"
      legend={t("eservices.place.field.sections")}
      hint={t("eservices.editor.general.sections_hint")}
      items={form.sections}
      itemLabel={(n) => t("eservices.place.section", { n })}
      addWhat={t("eservices.editor.general.section_what")}
    >
      {(section, path) => (
        <>
          <Box name={`${path}.id`} label={t("eservices.place.field.id")} value={section.id} width="govuk-input--width-20" code />
          <Bilingual name={`${path}.title`} label={t("eservices.place.field.title")} value={section.title} />
        </>
      )}
    </Rows>
  );
}

function Fields({ form, institution }: { form: GeneralForm; institution: string }) {
  const { t } = usePage();
  return (
    <>
      <Bilingual name="title" label={t("eservices.place.field.title")} value={form.title} />
      <Bilingual name="summary" label={t("eservices.place.field.summary")} value={form.summary} rows={3} />
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">{t("eservices.place.field.institution")}</dt>
          <dd class="govuk-summary-list__value">{institution}</dd>
        </div>
      </dl>
      <Choices
        name="assurance"
        legend={t("eservices.place.field.assurance")}
        hint={t("eservices.editor.general.assurance_hint")}
        multiple={false}
        chosen={[form.assurance]}
        choices={LEVELS.map((l) => ({ value: l, label: t(`eservices.editor.assurance.${l}`) }))}
      />
      <Choices
        name="applicants"
        legend={t("eservices.place.field.applicants")}
        multiple
        chosen={form.applicants}
        choices={APPLICANT_KINDS.map((a) => ({ value: a, label: t(`eservices.editor.applicant.${a}`) }))}
      />
      <Choices
        name="prefill"
        legend={t("eservices.place.field.prefillSources")}
        hint={t("eservices.editor.general.prefill_hint")}
        multiple
        chosen={form.prefill}
        choices={PREFILL_SOURCES.map((s) => ({ value: s, label: t(`eservices.editor.source.${s}`) }))}
      />
      <Fee form={form} />
      <Box
        name="process"
        label={t("eservices.place.field.process")}
        hint={t("eservices.editor.general.process_hint")}
        value={form.process}
        code
      />
      <Choices
        name="decisionDelivery"
        legend={t("eservices.place.field.decisionDelivery")}
        multiple
        chosen={form.decisionDelivery}
        choices={DELIVERY.map((d) => ({ value: d, label: t(`eservices.editor.delivery.${d}`) }))}
      />
      <Bilingual name="declaration" label={t("eservices.place.field.declaration")} value={form.declaration} rows={4} />
      <Sections form={form} />
    </>
  );
}

export function DefinitionGeneralPage(props: GeneralProps) {
  const { t, locale } = usePage();
  const action = localePath(locale, DEFINITION_PATHS.general(props.service));
  const items = useSummaryItems(props.problems, props.part, FORM_ID);
  const heading = t("eservices.editor.general.title");
  return (
    <Layout
      title={`${items.length ? `${t("form.error_title_prefix")} ` : ""}${heading} – ${props.title}`}
      beforeMain={
        <EditorBreadcrumbs
          trail={[
            { label: props.title, path: DEFINITION_PATHS.overview(props.service) },
            { label: t("eservices.editor.structure.crumb"), path: DEFINITION_PATHS.structure(props.service) },
          ]}
        />
      }
    >
      <ProblemSummary title={t("eservices.editor.problems_title")} items={items} />
      <SuccessBanner text={props.saved && items.length === 0 ? t("eservices.editor.saved") : null} />
      <span class="govuk-caption-l">{props.title}</span>
      <h1 class="govuk-heading-l">{heading}</h1>
      <EditorForm.Provider value={{ errors: props.errors, action }}>
        <form method="post" action={action} id={FORM_ID} novalidate>
          <CsrfField token={props.csrfToken} />
          <SaveButtons preview={false} />
          <Fields form={props.form} institution={props.institution} />
          <SaveButtons preview={false} />
        </form>
      </EditorForm.Provider>
    </Layout>
  );
}
