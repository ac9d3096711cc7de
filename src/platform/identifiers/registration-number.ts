// Latvian registration numbers (reģistrācijas numurs): 11 digits, "4…" for merchants, associations
// and foundations in the enterprise register, "9…" for institutions and other state bodies. The weighted
// sum below catches every single mistyped digit, as no weight is a multiple of 11.

/** Always 11 digits, without the "LV" of a VAT number. */
export type RegistrationNumber = string & { readonly __brand: "RegistrationNumber" };
export type ParsedRegistrationNumber =
  | { ok: true; number: RegistrationNumber; kind: "company" | "institution" }
  | { ok: false; problem: "format" | "check_digit" };

const WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1] as const;
const REMAINDER = 3;

/** Reads a number as people type or paste it: spaces anywhere, and the "LV" prefix of a VAT number. */
export function parseRegistrationNumber(input: string): ParsedRegistrationNumber {
  const digits = input.replace(/\s/g, "").replace(/^LV/i, "");
  if (!/^[49]\d{10}$/.test(digits)) return { ok: false, problem: "format" };
  if (weightedSum(digits) % 11 !== REMAINDER) return { ok: false, problem: "check_digit" };
  return { ok: true, number: digits as RegistrationNumber, kind: digits.startsWith("4") ? "company" : "institution" };
}

/** True only for a valid number already in its stored form (11 digits, no prefix or spaces). */
export function isRegistrationNumber(input: string): input is RegistrationNumber {
  return /^\d{11}$/.test(input) && parseRegistrationNumber(input).ok;
}

/** The number that ends `first10` (starting with 4 or 9) with its check digit; null when the digit would have to be 10. */
export function makeRegistrationNumber(first10: string): RegistrationNumber | null {
  if (!/^[49]\d{9}$/.test(first10)) throw new RangeError(`Expected ten digits starting with 4 or 9, got "${first10}"`);
  const check = (((REMAINDER - weightedSum(first10)) % 11) + 11) % 11;
  return check === 10 ? null : (`${first10}${check}` as RegistrationNumber);
}

function weightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (WEIGHTS[i] ?? 0) * Number(digits[i]);
  return sum;
}
