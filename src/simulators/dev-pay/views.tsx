// The development payment provider's pages, in the manner of a bank link and a card acquirer's
// payment page: what is paid to whom, then the bank (or the card), confirm or cancel. Being a
// simulation, they also let the person choose when Epak is told, and list the test cards.
import type { ComponentChildren } from "preact";
import { CsrfField } from "../../platform/html/components/csrf-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { Radios } from "../../platform/html/components/radios.tsx";
import { TextInput } from "../../platform/html/components/text-input.tsx";
import { Layout } from "../../platform/html/layout.tsx";
import { usePage } from "../../platform/html/page-context.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { DELIVERIES, TEST_CARDS } from "./cards.ts";
import type { DevPayment } from "./dev-pay.repository.ts";
import { DEV_PAY_PREFIX } from "./protocol.ts";

export const BANKS = [
  { id: "swedbank", name: "Swedbank" },
  { id: "seb", name: "SEB" },
  { id: "citadele", name: "Citadele" },
  { id: "luminor", name: "Luminor" },
] as const;

function money(locale: "lv" | "en", cents: number, currency: string): string {
  return new Intl.NumberFormat(locale === "lv" ? "lv-LV" : "en-GB", { style: "currency", currency }).format(cents / 100);
}

function Simulation() {
  const { t } = usePage();
  return (
    <div class="govuk-inset-text">
      <p class="govuk-body">{t("dev_pay.simulation")}</p>
    </div>
  );
}

function Summary({ payment }: { payment: DevPayment }) {
  const { t, locale } = usePage();
  const rows: [string, string][] = [
    [t("dev_pay.recipient"), payment.recipient],
    [t("dev_pay.description"), payment.description],
    [t("dev_pay.reference"), payment.reference],
    [t("dev_pay.amount"), money(locale, payment.amountCents, payment.currency)],
  ];
  return (
    <dl class="govuk-summary-list">
      {rows.map(([label, value]) => (
        <div class="govuk-summary-list__row" key={label}>
          <dt class="govuk-summary-list__key">{label}</dt>
          <dd class="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Buttons({ confirm }: { confirm: string }) {
  const { t } = usePage();
  return (
    <div class="govuk-button-group">
      <button type="submit" name="action" value="confirm" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">
        {confirm}
      </button>
      <button type="submit" name="action" value="cancel" class="govuk-button govuk-button--secondary" data-module="govuk-button">
        {t("dev_pay.cancel")}
      </button>
    </div>
  );
}

function Shell({ title, errors, children }: { title: string; errors: FieldErrors; children: ComponentChildren }) {
  const { t } = usePage();
  const failed = Object.keys(errors).length > 0;
  return (
    <Layout title={`${failed ? `${t("form.error_title_prefix")} ` : ""}${title}`} account={false}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span class="govuk-caption-l">{t("dev_pay.caption")}</span>
          <h1 class="govuk-heading-l">{title}</h1>
          <Simulation />
          {children}
        </div>
      </div>
    </Layout>
  );
}

export type BankForm = { bank: string; delivery: string };

export function BankPage(props: { payment: DevPayment; form: BankForm; errors: FieldErrors; csrfToken: string }) {
  const { t, locale } = usePage();
  const { payment } = props;
  return (
    <Shell title={t("dev_pay.bank.title")} errors={props.errors}>
      <Summary payment={payment} />
      <form method="post" action={localePath(locale, `${DEV_PAY_PREFIX}/banka/${payment.id}`)} novalidate>
        <CsrfField token={props.csrfToken} />
        <Radios
          id="bank"
          name="bank"
          legend={t("dev_pay.bank.choose")}
          options={BANKS.map((b) => ({ value: b.id, label: b.name }))}
          value={props.form.bank || null}
          error={props.errors.bank}
        />
        <Radios
          id="delivery"
          name="delivery"
          legend={t("dev_pay.delivery.legend")}
          legendClass="govuk-fieldset__legend--s"
          hint={t("dev_pay.delivery.hint")}
          options={DELIVERIES.map((d) => ({ value: d, label: t(`dev_pay.delivery.${d}`) }))}
          value={props.form.delivery || "now"}
          small
        />
        <Buttons confirm={t("dev_pay.bank.confirm", { amount: money(locale, payment.amountCents, payment.currency) })} />
      </form>
    </Shell>
  );
}

export type CardForm = { number: string; expiry: string };

function TestCards() {
  const { t } = usePage();
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{t("dev_pay.card.test_cards")}</span>
      </summary>
      <div class="govuk-details__text">
        <ul class="govuk-list">
          {TEST_CARDS.map((c) => (
            <li key={c.number}>
              <code>{c.number.replace(/(\d{4})(?=\d)/g, "$1 ")}</code> – {t(`dev_pay.card.test.${c.outcome}_${c.delivery}`)}
            </li>
          ))}
        </ul>
        <p class="govuk-body">{t("dev_pay.card.test_other")}</p>
      </div>
    </details>
  );
}

export function CardPage(props: { payment: DevPayment; form: CardForm; errors: FieldErrors; csrfToken: string }) {
  const { t, locale } = usePage();
  const { payment, errors } = props;
  return (
    <Shell title={t("dev_pay.card.title")} errors={errors}>
      <Summary payment={payment} />
      <TestCards />
      <form method="post" action={localePath(locale, `${DEV_PAY_PREFIX}/karte/${payment.id}`)} novalidate>
        <CsrfField token={props.csrfToken} />
        <TextInput
          id="number"
          name="number"
          label={t("dev_pay.card.number")}
          value={props.form.number}
          error={errors.number}
          autocomplete="cc-number"
          inputMode="numeric"
          spellcheck={false}
          widthClass="govuk-input--width-20"
        />
        <TextInput
          id="expiry"
          name="expiry"
          label={t("dev_pay.card.expiry")}
          hint={t("dev_pay.card.expiry_hint")}
          value={props.form.expiry}
          error={errors.expiry}
          autocomplete="cc-exp"
          inputMode="numeric"
          widthClass="govuk-input--width-5"
        />
        <TextInput
          id="cvc"
          name="cvc"
          label={t("dev_pay.card.cvc")}
          hint={t("dev_pay.card.cvc_hint")}
          value=""
          error={errors.cvc}
          autocomplete="cc-csc"
          inputMode="numeric"
          widthClass="govuk-input--width-4"
        />
        <Buttons confirm={t("dev_pay.card.pay", { amount: money(locale, payment.amountCents, payment.currency) })} />
      </form>
    </Shell>
  );
}

export function DecidedPage({ payment }: { payment: DevPayment }) {
  const { t } = usePage();
  return (
    <Shell title={t("dev_pay.decided.title")} errors={{}}>
      <p class="govuk-body">{t(`dev_pay.decided.${payment.state}`)}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={payment.returnUrl}>
          {t("dev_pay.decided.back")}
        </a>
      </p>
    </Shell>
  );
}
