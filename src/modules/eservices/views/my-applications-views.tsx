// "Mani pieteikumi": drafts to continue (with the day each will be deleted) and submitted
// applications with their numbers and receipts.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { TableWrap } from "../../../platform/html/components/table-wrap.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { applicationPath } from "./form-parts.tsx";

export type ApplicationEntry = {
  id: string;
  title: string;
  subjectName: string;
  status: "draft" | "submitted";
  number: string | null;
  updatedAt: Date;
  expiresAt: Date | null;
  submittedAt: Date | null;
  channel: "online" | "assisted" | "paper";
  /** Where and by whom it was taken at a centre. */
  assistedNote: string | null;
  /** An amount the institution asked for after its decision, still to pay. */
  due: { amount: string; href: string } | null;
};

function DraftRow({ entry, csrfToken }: { entry: ApplicationEntry; csrfToken: string }) {
  const { t, locale } = usePage();
  return (
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">
        <a class="govuk-link" href={localePath(locale, applicationPath(entry.id))}>
          {entry.title}
        </a>
        <div class="govuk-hint govuk-!-margin-bottom-0">{entry.subjectName}</div>
      </td>
      <td class="govuk-table__cell">{formatDateTime(locale, entry.updatedAt)}</td>
      <td class="govuk-table__cell">{entry.expiresAt ? formatDateTime(locale, entry.expiresAt) : ""}</td>
      <td class="govuk-table__cell">
        <form method="post" action={localePath(locale, applicationPath(entry.id, "/dzest"))}>
          <CsrfField token={csrfToken} />
          <button type="submit" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0">
            {t("eservices.mine.delete")}
            <span class="govuk-visually-hidden"> {entry.title}</span>
          </button>
        </form>
      </td>
    </tr>
  );
}

function SubmittedRow({ entry }: { entry: ApplicationEntry }) {
  const { t, locale } = usePage();
  return (
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">
        {/* Where it stands and what happened: the case page, which the cases module serves. */}
        <a class="govuk-link" href={localePath(locale, `/mani-pieteikumi/${entry.id}`)}>
          {entry.title}
        </a>
        <div class="govuk-hint govuk-!-margin-bottom-0">{entry.subjectName}</div>
      </td>
      <td class="govuk-table__cell">
        {entry.number}
        {entry.due ? (
          <div class="govuk-!-margin-top-1">
            <strong class="govuk-tag govuk-tag--yellow">{t("eservices.mine.to_pay", { amount: entry.due.amount })}</strong>{" "}
            <a class="govuk-link" href={localePath(locale, entry.due.href)}>
              {t("eservices.mine.pay")}
              <span class="govuk-visually-hidden"> {entry.title}</span>
            </a>
          </div>
        ) : null}
      </td>
      <td class="govuk-table__cell">
        {entry.submittedAt ? formatDateTime(locale, entry.submittedAt) : ""}
        {entry.channel === "online" ? null : (
          <div class="govuk-hint govuk-!-margin-bottom-0">{entry.assistedNote ?? t(`eservices.channel.${entry.channel}`)}</div>
        )}
      </td>
      <td class="govuk-table__cell">
        <a class="govuk-link" href={localePath(locale, applicationPath(entry.id, "/apliecinajums.pdf"))}>
          {t("eservices.mine.receipt")}
          <span class="govuk-visually-hidden"> {entry.number}</span>
        </a>
      </td>
    </tr>
  );
}

export function MyApplicationsPage({
  entries,
  csrfToken,
  notice,
}: {
  entries: ApplicationEntry[];
  csrfToken: string;
  notice: string | null;
}) {
  const { t } = usePage();
  const drafts = entries.filter((e) => e.status === "draft");
  const submitted = entries.filter((e) => e.status === "submitted");
  return (
    <Layout title={t("eservices.mine.title")}>
      <h1 class="govuk-heading-l">{t("eservices.mine.title")}</h1>
      {notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="mine-notice-title">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="mine-notice-title">
              {t("eservices.mine.notice_title")}
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">{t(notice)}</p>
          </div>
        </div>
      ) : null}
      <h2 class="govuk-heading-m">{t("eservices.mine.drafts")}</h2>
      {drafts.length === 0 ? (
        <p class="govuk-body">{t("eservices.mine.no_drafts")}</p>
      ) : (
        <TableWrap label={t("eservices.mine.drafts")}>
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">{t("eservices.mine.drafts")}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {t("eservices.mine.service")}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t("eservices.mine.saved")}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t("eservices.mine.kept_until")}
                </th>
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">{t("eservices.mine.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {drafts.map((e) => (
                <DraftRow key={e.id} entry={e} csrfToken={csrfToken} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h2 class="govuk-heading-m">{t("eservices.mine.submitted")}</h2>
      {submitted.length === 0 ? (
        <p class="govuk-body">{t("eservices.mine.none_submitted")}</p>
      ) : (
        <TableWrap label={t("eservices.mine.submitted")}>
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">{t("eservices.mine.submitted")}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  {t("eservices.mine.service")}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t("eservices.mine.number")}
                </th>
                <th scope="col" class="govuk-table__header">
                  {t("eservices.mine.submitted_at")}
                </th>
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">{t("eservices.mine.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {submitted.map((e) => (
                <SubmittedRow key={e.id} entry={e} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </Layout>
  );
}
