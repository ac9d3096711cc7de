// Latvian personal codes (personas kods). The old format DDMMYY-CNNNN reveals the birth date, so
// since 1 July 2017 codes are issued in a new format, "3", a digit 2–9 and nine more digits, that
// carries neither a date nor a check digit. Both stay valid; people may swap an old code for a new one.

/** Always 11 digits, no hyphen: what `parsePersonalCode` returns. */
export type PersonalCode = string & { readonly __brand: "PersonalCode" };
export type PersonalCodeProblem = "format" | "date" | "check_digit";
export type ParsedPersonalCode =
  | { ok: true; code: PersonalCode; format: "old" | "new"; birthDate: string | null }
  | { ok: false; problem: PersonalCodeProblem };

const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CENTURY_DIGITS = ["0", "1", "2"] as const;
const FIRST_YEAR = 1800;

/**
 * Reads a code as people type it: surrounding and inner spaces, and a hyphen after the sixth digit.
 * An old-format code whose century digit is not 0–2 is reported as a "date" problem, since that digit
 * is part of the birth date.
 */
export function parsePersonalCode(input: string): ParsedPersonalCode {
  const match = /^(\d{6})-?(\d{5})$/.exec(input.replace(/\s/g, ""));
  if (!match) return { ok: false, problem: "format" };
  const digits = `${match[1]}${match[2]}`;
  if (/^3[2-9]/.test(digits)) return { ok: true, code: digits as PersonalCode, format: "new", birthDate: null };
  const birthDate = birthDateOf(digits);
  if (birthDate === null) return { ok: false, problem: "date" };
  if (personalCodeCheckDigit(digits.slice(0, 10)) !== Number(digits[10])) return { ok: false, problem: "check_digit" };
  return { ok: true, code: digits as PersonalCode, format: "old", birthDate };
}

/** True only for a valid code already in its stored form (11 digits, no hyphen or spaces). */
export function isPersonalCode(input: string): input is PersonalCode {
  return /^\d{11}$/.test(input) && parsePersonalCode(input).ok;
}

/** "DDMMYY-CNNNN" for old codes; new codes are split the same way, as people are used to reading them. */
export function formatPersonalCode(code: PersonalCode): string {
  return `${code.slice(0, 6)}-${code.slice(6)}`;
}

/** For lists shown to staff: enough to tell people apart, not enough to use the code. */
export function maskPersonalCode(code: PersonalCode): string {
  return `${code.slice(0, 6)}-*****`;
}

/** The old format's check digit for its first ten digits; null when it would be 10, as such codes are not issued. */
export function personalCodeCheckDigit(first10: string): number | null {
  if (!/^\d{10}$/.test(first10)) throw new RangeError(`Expected ten digits, got "${first10}"`);
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first10[i]), 0);
  const check = (1101 - sum) % 11;
  return check === 10 ? null : check;
}

/** An old-format code for a birth date (YYYY-MM-DD, 1800–2099) and serial (0–999); null if that serial has no check digit. */
export function makeOldPersonalCode(birthDate: string, serial: number): PersonalCode | null {
  const [, yyyy = "", mm = "", dd = ""] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate) ?? [];
  const century = CENTURY_DIGITS[Math.floor((Number(yyyy) - FIRST_YEAR) / 100)];
  if (century === undefined || !isCalendarDate(Number(yyyy), Number(mm), Number(dd))) {
    throw new RangeError(`Expected a date between 1800-01-01 and 2099-12-31, got "${birthDate}"`);
  }
  if (!Number.isInteger(serial) || serial < 0 || serial > 999) throw new RangeError(`Expected a serial 0–999, got ${serial}`);
  const first10 = `${dd}${mm}${yyyy.slice(2)}${century}${String(serial).padStart(3, "0")}`;
  const check = personalCodeCheckDigit(first10);
  return check === null ? null : (`${first10}${check}` as PersonalCode);
}

/** A new-format code from the ten digits that follow its leading "3"; the first of them must be 2–9. */
export function makeNewPersonalCode(rest: string): PersonalCode {
  if (!/^[2-9]\d{9}$/.test(rest)) throw new RangeError(`Expected ten digits starting with 2–9, got "${rest}"`);
  return `3${rest}` as PersonalCode;
}

function birthDateOf(digits: string): string | null {
  const century = CENTURY_DIGITS.indexOf(digits[6] as (typeof CENTURY_DIGITS)[number]);
  if (century === -1) return null;
  const year = FIRST_YEAR + 100 * century + Number(digits.slice(4, 6));
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(0, 2));
  return isCalendarDate(year, month, day) ? `${year}-${digits.slice(2, 4)}-${digits.slice(0, 2)}` : null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
