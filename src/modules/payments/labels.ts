// How a payment is put into words on pages and in the export: its amount and how it was paid.
import type { Translate } from "../../platform/i18n/messages.ts";
import type { Payment } from "./payments.repository.ts";

export function formatMoney(locale: "lv" | "en", cents: number): string {
  return new Intl.NumberFormat(locale === "lv" ? "lv-LV" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
}

export function paidWith(t: Translate, p: Pick<Payment, "method" | "bank" | "cardLast4">): string {
  if (p.method === "card") return p.cardLast4 ? t("payments.method.card_ending", { last4: p.cardLast4 }) : t("payments.method.card");
  return p.bank ? t(`payments.bank.${p.bank}`) : t("payments.method.bank");
}
