// The institution's payments for its officers: a period to choose, what came in and went out,
// the export for accounting, and each payment with its reference and status.
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { formatMoney } from "../labels.ts";
import type { Payment } from "../payments.repository.ts";
import type { PeriodQuery } from "../period.ts";
import { StatusTag } from "./parts.tsx";

export const OFFICER_PATH = "/darbs/maksajumi";

export function periodQueryString(typed: PeriodQuery): string {
  return `?${new URLSearchParams({ no: typed.from, lidz: typed.to })}`;
}

export type Totals = { receivedCents: number; refundedCents: number };

type Props = {
  institutionName: string;
  typed: PeriodQuery;
  errors: FieldErrors;
  payments: Payment[];
  totals: Totals | null;
  serviceTitles: Map<string, string>;
  truncated: boolean;
};

function PeriodForm({ typed, errors }: { typed: PeriodQuery; errors: FieldErrors }) {
  const { t, locale } = usePage();
  return (
    <form method="get" action={localePath(locale, OFFICER_PATH)} novalidate>
      <fieldset class="govuk-fieldset">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{t("payments.officer.period")}</legend>
        <TextInput
          id="no"
          name="no"
          type="date"
          label={t("payments.officer.from")}
          value={typed.from}
          widthClass="govuk-input--width-10"
          error={errors.no}
        />
        <TextInput
          id="lidz"
          name="lidz"
          type="date"
          label={t("payments.officer.to")}
          value={typed.to}
          widthClass="govuk-input--width-10"
          error={errors.lidz}
        />
      </fieldset>
      <button type="submit" class="govuk-button govuk-button--secondary">
        {t("payments.officer.show")}
      </button>
    </form>
  );
}

function PaymentRow({ payment, serviceTitle }: { payment: Payment; serviceTitle: string }) {
  const { t, locale } = usePage();
  return (
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">{formatDateTime(locale, payment.createdAt)}</td>
      <td class="govuk-table__cell">
        <a class="govuk-link" href={localePath(locale, `${OFFICER_PATH}/${payment.id}`)}>
          {payment.reference}
        </a>
      </td>
      <td class="govuk-table__cell">{payment.applicationNumber ?? t("payments.officer.not_submitted")}</td>
      <td class="govuk-table__cell">{serviceTitle}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">{formatMoney(locale, payment.amountCents)}</td>
      <td class="govuk-table__cell">
        <StatusTag status={payment.status} />
      </td>
    </tr>
  );
}

export function OfficerPaymentsPage(props: Props) {
  const { t, locale } = usePage();
  const failed = Object.keys(props.errors).length > 0;
  const title = t("payments.officer.title");
  return (
    <Layout title={failed ? `${t("form.error_title_prefix")} ${title}` : title}>
      <ErrorSummary errors={props.errors} />
      <span class="govuk-caption-l">{props.institutionName}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <PeriodForm typed={props.typed} errors={props.errors} />
      {props.totals ? (
        <>
          <dl class="govuk-summary-list">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{t("payments.officer.received")}</dt>
              <dd class="govuk-summary-list__value">{formatMoney(locale, props.totals.receivedCents)}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{t("payments.officer.refunded")}</dt>
              <dd class="govuk-summary-list__value">{formatMoney(locale, props.totals.refundedCents)}</dd>
            </div>
          </dl>
          <p class="govuk-body">
            <a class="govuk-link" href={`${localePath(locale, `${OFFICER_PATH}/eksports.csv`)}${periodQueryString(props.typed)}`} download>
              {t("payments.officer.export")}
            </a>
          </p>
        </>
      ) : null}
      {props.payments.length === 0 ? (
        <p class="govuk-body">{t(failed ? "payments.officer.fix_period" : "payments.officer.none")}</p>
      ) : (
        <DataTable
          caption={t("payments.officer.caption")}
          headers={[
            t("payments.field.created_at"),
            t("payments.field.reference"),
            t("payments.field.application"),
            t("payments.field.service"),
            t("payments.field.amount"),
            t("payments.field.status"),
          ]}
        >
          {props.payments.map((p) => (
            <PaymentRow key={p.id} payment={p} serviceTitle={props.serviceTitles.get(p.service) ?? p.service} />
          ))}
        </DataTable>
      )}
      {props.truncated ? <p class="govuk-body">{t("payments.officer.truncated")}</p> : null}
    </Layout>
  );
}
