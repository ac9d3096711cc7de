// A municipality's local variant of a national service: the municipality edits only what is
// its own (fees, office, contacts, channels, a note); the national text is shown to read, as
// the template's institution wrote it.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { problemsByField, problemTarget } from "../editor/field-paths.ts";
import type { VariantForm } from "../editor/variant-form.ts";
import type { InstitutionDocument, ServiceDocument } from "../model.ts";
import { Bilingual, EditorFormContext } from "./editor-fields.tsx";
import { ChannelList, ContactFields, CostList } from "./editor-groups.tsx";
import { EDITOR_PATHS, EditorBreadcrumbs, listProblems, ProblemSummary } from "./editor-parts.tsx";
import { type EditorNotice, FormButtons, ServiceStatus, type StatusProps, SUMMARY_TITLES } from "./editor-status.tsx";
import { formatEuro, labelKey } from "./labels.ts";

export type VariantEditProps = {
  identifier: string;
  form: VariantForm;
  template: ServiceDocument;
  municipality: InstitutionDocument;
  status: StatusProps;
  notice: EditorNotice;
  problems: Record<string, string>;
  csrfToken: string;
};

/** What the national description says, to read beside the local details. */
function NationalText({ template }: { template: ServiceDocument }) {
  const { t, locale } = usePage();
  const rows: [string, preact.ComponentChildren][] = [
    [t("catalog.editor.field.description"), template.description[locale]],
    [t("catalog.editor.field.processingTime"), template.processingTime[locale]],
    [
      t("catalog.editor.variant.national_costs"),
      template.costs.length
        ? template.costs.map((c) => `${formatEuro(locale, c.amount)} – ${c.description[locale]}`).join("; ")
        : t("catalog.editor.variant.free"),
    ],
    [t("catalog.editor.variant.national_channels"), template.channels.map((c) => t(labelKey.channel(c.type))).join(", ")],
  ];
  return (
    <section aria-labelledby="national" class="govuk-!-margin-bottom-8">
      <h2 class="govuk-heading-m" id="national">
        {t("catalog.editor.variant.national")}
      </h2>
      <p class="govuk-body">
        {t("catalog.editor.variant.national_intro")}{" "}
        <a class="govuk-link" href={localePath(locale, `/pakalpojumi/${template.identifier}`)}>
          {template.title[locale]}
        </a>
      </p>
      <dl class="govuk-summary-list">
        {rows.map(([label, value]) => (
          <div class="govuk-summary-list__row" key={label}>
            <dt class="govuk-summary-list__key">{label}</dt>
            <dd class="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function VariantEditPage({ identifier, form, template, municipality, status, notice, problems, csrfToken }: VariantEditProps) {
  const { t, locale } = usePage();
  const action = localePath(locale, EDITOR_PATHS.edit(identifier));
  const listed = listProblems(t, problems, problemTarget);
  const heading = `${template.title[locale]} (${municipality.name[locale]})`;
  const title = `${listed.length ? `${t("form.error_title_prefix")} ` : ""}${t("catalog.editor.edit.title", { service: heading })}`;
  return (
    <Layout title={title} beforeMain={<EditorBreadcrumbs />}>
      <ProblemSummary title={t(SUMMARY_TITLES[notice ?? "none"] ?? "form.error_summary_title")} problems={listed} />
      <SuccessBanner text={notice === "saved" || notice === "returned" ? t(`catalog.editor.notice.${notice}`) : null} />
      <span class="govuk-caption-m">{municipality.name[locale]}</span>
      <h1 class="govuk-heading-l">{heading}</h1>
      <ServiceStatus {...status} />
      <NationalText template={template} />
      <EditorFormContext.Provider value={{ errors: problemsByField(problems), action }}>
        <form method="post" action={action} id="service-form" novalidate>
          <CsrfField token={csrfToken} />
          <h2 class="govuk-heading-m">{t("catalog.editor.variant.local")}</h2>
          <FormButtons top />
          <Bilingual
            path="note"
            label={t("catalog.editor.field.note")}
            value={form.note}
            rows={4}
            hint={t("catalog.editor.hint.variant_note")}
          />
          <CostList costs={form.costs} hint={t("catalog.editor.hint.variant_costs")} />
          <ContactFields contact={form.contactPoint} hint={t("catalog.editor.hint.variant_contact")} />
          <ChannelList channels={form.channels} hint={t("catalog.editor.hint.variant_channels")} />
          <FormButtons />
        </form>
      </EditorFormContext.Provider>
    </Layout>
  );
}
