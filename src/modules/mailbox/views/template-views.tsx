// The notice emails' wording, for the operator's editors: the list, and one type's edit page with
// a preview in both languages for counts that take each plural form.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Textarea } from "../../../platform/html/components/textarea.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { LOCALES, type Locale, localePath } from "../../../platform/i18n/locale.ts";
import type { MessageType } from "../mailbox.repository.ts";
import type { NoticeTemplate } from "../templates/default-templates.ts";
import { renderNotice, type StoredTemplate } from "../templates/notice-templates.ts";

/** Counts that show every plural form: Latvian 1 and 21 (one), 2 (other), 11 and 0 (zero). */
const PREVIEW_COUNTS: Record<Locale, number[]> = { lv: [1, 2, 11, 21], en: [1, 2] };
const SAMPLE_LINK = "https://epak.example/pastkaste";

export function TemplatesPage({ rows }: { rows: { type: MessageType; lv: StoredTemplate; en: StoredTemplate }[] }) {
  const { t, locale } = usePage();
  const title = t("mailbox.templates.title");
  return (
    <Layout title={title}>
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t("mailbox.templates.intro")}</p>
      <DataTable
        caption={title}
        headers={[
          t("mailbox.templates.type"),
          t("mailbox.templates.subject_lv"),
          t("mailbox.templates.subject_en"),
          t("mailbox.templates.state"),
        ]}
      >
        {rows.map((row) => (
          <tr class="govuk-table__row" key={row.type}>
            <td class="govuk-table__cell">
              <a class="govuk-link" href={localePath(locale, `/darbs/veidnes/${row.type}`)}>
                {t(`mailbox.type.${row.type}`)}
              </a>
            </td>
            <td class="govuk-table__cell">{row.lv.subject}</td>
            <td class="govuk-table__cell">{row.en.subject}</td>
            <td class="govuk-table__cell">
              {row.lv.custom || row.en.custom ? t("mailbox.templates.custom") : t("mailbox.templates.default")}
            </td>
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}

function Preview({ template, locale }: { template: NoticeTemplate; locale: Locale }) {
  const { t } = usePage();
  return (
    <>
      {PREVIEW_COUNTS[locale].map((unread) => {
        const email = renderNotice(template, locale, { unread, link: SAMPLE_LINK });
        return (
          <div class="govuk-inset-text" key={unread}>
            <p class="govuk-body-s govuk-!-margin-bottom-1">{t("mailbox.templates.preview_for", { count: unread })}</p>
            <p class="govuk-body govuk-!-font-weight-bold" lang={locale}>
              {email.subject}
            </p>
            <p class="govuk-body epak-pre-line" lang={locale}>
              {email.text}
            </p>
          </div>
        );
      })}
    </>
  );
}

export function TemplateEditPage({
  type,
  drafts,
  errors,
  state,
  csrfToken,
}: {
  type: MessageType;
  drafts: Record<Locale, NoticeTemplate>;
  errors: FieldErrors;
  state: "preview" | "saved" | null;
  csrfToken: string;
}) {
  const { t, locale } = usePage();
  const title = t("mailbox.templates.edit_title", { type: t(`mailbox.type.${type}`) });
  return (
    <Layout title={Object.keys(errors).length > 0 ? `${t("form.error_title_prefix")} ${title}` : title}>
      <a class="govuk-back-link" href={localePath(locale, "/darbs/veidnes")}>
        {t("mailbox.templates.back")}
      </a>
      <SuccessBanner text={state === "saved" ? t("mailbox.templates.saved") : null} />
      <ErrorSummary errors={errors} />
      <h1 class="govuk-heading-l">{title}</h1>
      <p class="govuk-body">{t("mailbox.templates.placeholders")}</p>
      <form method="post" action={localePath(locale, `/darbs/veidnes/${type}`)} novalidate>
        <CsrfField token={csrfToken} />
        <div class="govuk-grid-row">
          {LOCALES.map((l) => (
            <div class="govuk-grid-column-one-half" key={l}>
              <h2 class="govuk-heading-m">{t(`mailbox.templates.language.${l}`)}</h2>
              <TextInput
                id={`subject_${l}`}
                name={`subject_${l}`}
                label={t("mailbox.templates.subject")}
                value={drafts[l].subject}
                error={errors[`subject_${l}`]}
              />
              <Textarea
                id={`body_${l}`}
                name={`body_${l}`}
                label={t("mailbox.templates.body")}
                value={drafts[l].body}
                error={errors[`body_${l}`]}
                rows={12}
              />
              <h3 class="govuk-heading-s">{t("mailbox.templates.preview")}</h3>
              {errors[`subject_${l}`] || errors[`body_${l}`] ? (
                <p class="govuk-body">{t("mailbox.templates.no_preview")}</p>
              ) : (
                <Preview template={drafts[l]} locale={l} />
              )}
            </div>
          ))}
        </div>
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" name="action" value="save">
            {t("mailbox.templates.save")}
          </button>
          <button type="submit" class="govuk-button govuk-button--secondary" name="action" value="preview">
            {t("mailbox.templates.show_preview")}
          </button>
          <button type="submit" class="govuk-button govuk-button--warning" name="action" value="reset">
            {t("mailbox.templates.reset")}
          </button>
        </div>
      </form>
    </Layout>
  );
}
