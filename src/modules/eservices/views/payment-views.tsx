// Paying an application's fee (before submitting) or an amount the institution asked for after
// its decision: the fee on "check your answers", the page where the person chooses how to pay,
// the page while the bank has not yet confirmed, and the confirmation of a payment after a decision.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { ErrorSummary } from "../../../platform/html/components/error-summary.tsx";
import { Radios } from "../../../platform/html/components/radios.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { formatDateTime } from "../../../platform/i18n/format.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { applicationPath, BackLink, pageTitle } from "./form-parts.tsx";

export type PaidView = { amount: string; reference: string; paidAt: Date };

/** The fee as "check your answers" shows it; `payHref` while it is still to be paid there. */
export type FeeView = {
  amount: string;
  legalBasis: string | null;
  exemption: string | null;
  afterDecision: boolean;
  paid: PaidView | null;
  payHref: string | null;
};

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{value}</dd>
    </div>
  );
}

export function FeeSection({ fee }: { fee: FeeView }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="fee-heading">
      <h2 class="govuk-heading-m" id="fee-heading">
        {t("eservices.fee.heading")}
      </h2>
      <p class="govuk-body">{t("eservices.check.fee", { fee: fee.amount })}</p>
      <dl class="govuk-summary-list">
        {fee.exemption ? <Row label={t("eservices.fee.exemption")} value={fee.exemption} /> : null}
        {fee.legalBasis ? <Row label={t("eservices.fee.legal_basis")} value={fee.legalBasis} /> : null}
        {fee.paid ? (
          <>
            <Row
              label={t("eservices.fee.paid")}
              value={t("eservices.fee.paid_at", { amount: fee.paid.amount, at: formatDateTime(locale, fee.paid.paidAt) })}
            />
            <Row label={t("eservices.fee.reference")} value={fee.paid.reference} />
          </>
        ) : null}
      </dl>
      {fee.afterDecision ? <p class="govuk-body">{t("eservices.fee.after_decision")}</p> : null}
      {fee.payHref ? (
        <>
          <p class="govuk-body">{t("eservices.fee.pay_first")}</p>
          <a class="govuk-button" data-module="govuk-button" href={localePath(locale, fee.payHref)}>
            {t("eservices.fee.pay", { amount: fee.amount })}
          </a>
        </>
      ) : null}
    </section>
  );
}

export type PayNotice = "cancelled" | "failed" | "unavailable";

export type PayPageProps = {
  applicationId: string;
  serviceTitle: string;
  institutionName: string;
  /** What is paid for: the state fee, or the institution's reason after its decision. */
  purpose: string;
  amount: string;
  legalBasis: string | null;
  exemption: string | null;
  requestId: string | null;
  method: string;
  errors: Record<string, string>;
  notice: PayNotice | null;
  backHref: string;
  csrfToken: string;
};

function Notice({ notice }: { notice: PayNotice }) {
  const { t } = usePage();
  return (
    <section class="govuk-notification-banner" aria-labelledby="pay-notice-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="pay-notice-title">
          {t("eservices.pay.notice_title")}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{t(`eservices.pay.notice.${notice}`)}</p>
        <p class="govuk-body">{t("eservices.pay.notice.kept")}</p>
      </div>
    </section>
  );
}

export function PayPage(props: PayPageProps) {
  const { t, locale } = usePage();
  const title = t("eservices.pay.title");
  return (
    <Layout title={pageTitle(t, title, Object.keys(props.errors).length > 0)}>
      <BackLink href={props.backHref} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={props.errors} />
          {props.notice ? <Notice notice={props.notice} /> : null}
          <span class="govuk-caption-l">{props.serviceTitle}</span>
          <h1 class="govuk-heading-l">{title}</h1>
          <dl class="govuk-summary-list">
            <Row label={t("eservices.pay.purpose")} value={props.purpose} />
            <Row label={t("eservices.pay.recipient")} value={props.institutionName} />
            <Row label={t("eservices.pay.amount")} value={props.amount} />
            {props.exemption ? <Row label={t("eservices.fee.exemption")} value={props.exemption} /> : null}
            {props.legalBasis ? <Row label={t("eservices.fee.legal_basis")} value={props.legalBasis} /> : null}
          </dl>
          <form method="post" action={localePath(locale, applicationPath(props.applicationId, "/samaksa"))} novalidate>
            <CsrfField token={props.csrfToken} />
            {props.requestId ? <input type="hidden" name="request" value={props.requestId} /> : null}
            <Radios
              id="method"
              name="method"
              legend={t("eservices.pay.method")}
              hint={t("eservices.pay.method_hint")}
              options={[
                { value: "bank", label: t("eservices.pay.method.bank"), hint: t("eservices.pay.method.bank_hint") },
                { value: "card", label: t("eservices.pay.method.card"), hint: t("eservices.pay.method.card_hint") },
              ]}
              value={props.method || null}
              error={props.errors.method}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">
              {t("eservices.pay.submit", { amount: props.amount })}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

export function PaymentPendingPage(props: {
  applicationId: string;
  paymentId: string;
  serviceTitle: string;
  amount: string;
  reference: string;
}) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("eservices.pay.pending.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{props.serviceTitle}</span>
          <h1 class="govuk-heading-l">{t("eservices.pay.pending.title")}</h1>
          <p class="govuk-body">{t("eservices.pay.pending.body", { amount: props.amount, reference: props.reference })}</p>
          <p class="govuk-body">{t("eservices.pay.pending.do_not_pay_again")}</p>
          <a
            class="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            href={localePath(locale, applicationPath(props.applicationId, `/samaksa/${props.paymentId}`))}
          >
            {t("eservices.pay.pending.check_again")}
          </a>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, "/mani-pieteikumi")}>
              {t("eservices.pay.pending.later")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}

export function PaymentReceivedPage(props: { serviceTitle: string; number: string; paid: PaidView }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("eservices.pay.received.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title">{t("eservices.pay.received.title")}</h1>
            <div class="govuk-panel__body">
              {t("eservices.fee.reference")}
              <br />
              <strong>{props.paid.reference}</strong>
            </div>
          </div>
          <p class="govuk-body">
            {t("eservices.pay.received.body", {
              amount: props.paid.amount,
              service: props.serviceTitle,
              number: props.number,
              at: formatDateTime(locale, props.paid.paidAt),
            })}
          </p>
          <p class="govuk-body">
            <a class="govuk-link" href={localePath(locale, "/mani-pieteikumi")}>
              {t("eservices.confirmation.my_applications")}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
