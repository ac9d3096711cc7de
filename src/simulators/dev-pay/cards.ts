// The development provider's card page: numbers checked as real card numbers are (Luhn), an
// expiry date not in the past, and a security code. Test numbers decide what happens next, so a
// test (or a person trying Epak out) can make a card be declined or the callback come late,
// twice or never; any other valid number simply pays.

export type Outcome = "paid" | "failed";
/** When the provider tells Epak: at once, half a minute later, twice at once, or never (Epak must ask). */
export type Delivery = "now" | "late" | "twice" | "never";
export const DELIVERIES: readonly Delivery[] = ["now", "late", "twice", "never"];

export const TEST_CARDS: readonly { number: string; outcome: Outcome; delivery: Delivery }[] = [
  { number: "4111111111111111", outcome: "paid", delivery: "now" },
  { number: "4000000000000002", outcome: "failed", delivery: "now" },
  { number: "4000000000000259", outcome: "paid", delivery: "late" },
  { number: "4000000000000127", outcome: "paid", delivery: "twice" },
  { number: "4000000000000341", outcome: "paid", delivery: "never" },
];

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export type CardInput = { number: string; expiry: string; cvc: string };
export type CardResult = { ok: true; last4: string; outcome: Outcome; delivery: Delivery } | { ok: false; errors: Record<string, string> };

function expiryProblem(typed: string, today: { year: number; month: number }): string | null {
  const match = /^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/.exec(typed.trim());
  if (!match) return "dev_pay.card.expiry_invalid";
  const month = Number(match[1]);
  const year = Number(match[2]) + (match[2]?.length === 2 ? 2000 : 0);
  if (month < 1 || month > 12) return "dev_pay.card.expiry_invalid";
  if (year < today.year || (year === today.year && month < today.month)) return "dev_pay.card.expired";
  return null;
}

export function checkCard(input: CardInput, now: Date): CardResult {
  const errors: Record<string, string> = {};
  const digits = input.number.replace(/[\s-]/g, "");
  if (digits === "") errors.number = "dev_pay.card.number_required";
  else if (!/^\d{13,19}$/.test(digits) || !luhnValid(digits)) errors.number = "dev_pay.card.number_invalid";
  const expiry = expiryProblem(input.expiry, { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 });
  if (expiry) errors.expiry = expiry;
  if (!/^\d{3,4}$/.test(input.cvc.trim())) errors.cvc = "dev_pay.card.cvc_invalid";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const test = TEST_CARDS.find((c) => c.number === digits);
  return { ok: true, last4: digits.slice(-4), outcome: test?.outcome ?? "paid", delivery: test?.delivery ?? "now" };
}
