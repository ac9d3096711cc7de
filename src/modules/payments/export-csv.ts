// The accounting export: one line per movement of money in the period (a payment received, a
// refund paid out), with the creditor reference the bank statement shows for it. UTF-8 with a
// byte order mark and ";" between fields, as spreadsheet programs set up for Latvia open it.
import type { Translate } from "../../platform/i18n/messages.ts";
import { paidWith } from "./labels.ts";
import type { Payment, Period } from "./payments.repository.ts";

const BOM = "\uFEFF";

/** A field as CSV: quoted when it must be; text that a spreadsheet would run as a formula is defused. */
function field(value: string, text: boolean): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const timestamp = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Riga",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function amount(locale: "lv" | "en", cents: number): string {
  const text = (cents / 100).toFixed(2);
  return locale === "lv" ? text.replace(".", ",") : text;
}

export function paymentsCsv(
  payments: readonly Payment[],
  options: { period: Period; locale: "lv" | "en"; t: Translate; serviceTitle: (service: string) => string },
): string {
  const { t, locale, period } = options;
  const header = ["date", "kind", "reference", "application", "service", "amount", "currency", "paid_with", "refund_reason"].map((c) =>
    t(`payments.export.${c}`),
  );
  const lines = [header.map((h) => field(h, true)).join(";")];
  const within = (at: Date | null): at is Date => at !== null && at >= period.from && at < period.to;
  type Line = { at: Date; cells: [string, boolean][] };
  const movements: Line[] = [];
  for (const p of payments) {
    const common = (kind: string, cents: number, reason: string): [string, boolean][] => [
      [t(`payments.export.kind_${kind}`), true],
      [p.reference, true],
      [p.applicationNumber ?? "", true],
      [options.serviceTitle(p.service), true],
      [amount(locale, cents), false],
      [p.currency, true],
      [paidWith(t, p), true],
      [reason, true],
    ];
    if (within(p.paidAt)) movements.push({ at: p.paidAt, cells: common("payment", p.amountCents, "") });
    if (p.status === "refunded" && within(p.refundedAt)) {
      movements.push({ at: p.refundedAt, cells: common("refund", -p.amountCents, p.refundReason ?? "") });
    }
  }
  movements.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const m of movements) {
    lines.push([field(timestamp.format(m.at), false), ...m.cells.map(([value, text]) => field(value, text))].join(";"));
  }
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
