// One payment as its institution's officer sees it, with the refund form while it is paid.
import type { ComponentChildren } from "preact";
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { Textarea } from "../../../platform/html/components/textarea.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { formatMoney, paidWith } from "../labels.ts";
import type { Payment } from "../payments.repository.ts";
import { OFFICER_PATH } from "./officer-list-views.tsx";
import { StatusTag } from "./parts.tsx";

type Props = {
  payment: Payment;
  institutionName: string;
  serviceTitle: string;
  typedReason: string;
  errors: FieldErrors;
  refunded: boolean;
  /** A message key: the provider would not pay it back. */
  failure: string | null;
  csrfToken: string;
};

function Row({ label, value }: { label: string; value: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{value}</dd>
    </div>
  );
}

function Details({ payment, serviceTitle }: { payment: Payment; serviceTitle: string }) {
  const { t, locale } = usePage();
  const at = (d: Date | null) => (d ? formatDateTime(locale, d) : "");
  return (
    <dl class="govuk-summary-list govuk-!-margin-bottom-9">
      <Row label={t("payments.field.status")} value={<StatusTag status={payment.status} />} />
      <Row label={t("payments.field.amount")} value={formatMoney(locale, payment.amountCents)} />
      <Row label={t("payments.field.application")} value={payment.applicationNumber ?? t("payments.officer.not_submitted")} />
      <Row label={t("payments.field.service")} value={serviceTitle} />
      <Row label={t("payments.field.purpose")} value={t(`payments.purpose.${payment.purpose}`)} />
      <Row label={t("payments.field.paid_with")} value={paidWith(t, payment)} />
      <Row label={t("payments.field.created_at")} value={at(payment.createdAt)} />
      {payment.paidAt ? <Row label={t("payments.field.paid_at")} value={at(payment.paidAt)} /> : null}
      {payment.settledBy ? <Row label={t("payments.field.settled_by")} value={t(`payments.settled_by.${payment.settledBy}`)} /> : null}
      {payment.refundedAt ? <Row label={t("payments.field.refunded_at")} value={at(payment.refundedAt)} /> : null}
      {payment.refundReason ? <Row label={t("payments.field.refund_reason")} value={payment.refundReason} /> : null}
    </dl>
  );
}

function RefundForm({ payment, typedReason, errors, csrfToken }: Pick<Props, "payment" | "typedReason" | "errors" | "csrfToken">) {
  const { t, locale } = usePage();
  return (
    <form method="post" action={localePath(locale, `${OFFICER_PATH}/${payment.id}/atmaksat`)} novalidate>
      <CsrfField token={csrfToken} />
      <h2 class="govuk-heading-m">{t("payments.refund.heading")}</h2>
      <p class="govuk-body">{t("payments.refund.intro", { amount: formatMoney(locale, payment.amountCents) })}</p>
      <Textarea
        id="reason"
        name="reason"
        label={t("payments.refund.reason")}
        hint={t("payments.refund.reason_hint")}
        value={typedReason}
        error={errors.reason}
        rows={3}
      />
      <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" data-prevent-double-click="true">
        {t("payments.refund.submit", { amount: formatMoney(locale, payment.amountCents) })}
      </button>
    </form>
  );
}

export function OfficerPaymentPage(props: Props) {
  const { t, locale } = usePage();
  const failed = Object.keys(props.errors).length > 0;
  const title = t("payments.officer.payment_title", { reference: props.payment.reference });
  return (
    <Layout title={failed ? `${t("form.error_title_prefix")} ${title}` : title}>
      <a href={localePath(locale, OFFICER_PATH)} class="govuk-back-link">
        {t("payments.officer.back")}
      </a>
      <ErrorSummary errors={props.errors} />
      <SuccessBanner text={props.refunded ? t("payments.refund.done") : null} />
      {props.failure ? (
        <div class="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 class="govuk-error-summary__title">{t("form.error_summary_title")}</h2>
            <div class="govuk-error-summary__body">
              <p class="govuk-body">{t(props.failure)}</p>
            </div>
          </div>
        </div>
      ) : null}
      <span class="govuk-caption-l">{props.institutionName}</span>
      <h1 class="govuk-heading-l">{title}</h1>
      <Details payment={props.payment} serviceTitle={props.serviceTitle} />
      {props.payment.status === "paid" ? (
        <RefundForm payment={props.payment} typedReason={props.typedReason} errors={props.errors} csrfToken={props.csrfToken} />
      ) : null}
    </Layout>
  );
}
