// Reading one typed answer the way people type it ("12,50 €", "150384-13866", "LV80 BANK 0000 …")
// into the one form Epak stores, or saying what to fix. Codes are message keys
// (eservices.answer.<code>); the same reading runs on every page post and again at submission.
import { formatPersonalCode, parsePersonalCode } from "../../../platform/identifiers/personal-code.ts";
import { parseRegistrationNumber } from "../../../platform/identifiers/registration-number.ts";
import type { QuestionType } from "./model.ts";

export type Read = { ok: true; value: string } | { ok: false; code: string };

const ok = (value: string): Read => ({ ok: true, value });
const fail = (code: string): Read => ({ ok: false, code });

function money(raw: string): Read {
  const compact = raw.replace(/[\s\u00a0€]|EUR/gi, "").replace(",", ".");
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(compact)) return fail("invalid_money");
  return ok(Number(compact).toFixed(2));
}

function number(raw: string): Read {
  const compact = raw.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (!/^-?\d{1,12}(\.\d{1,6})?$/.test(compact)) return fail("invalid_number");
  return ok(String(Number(compact)));
}

/** Dates arrive as "YYYY-M-D" from the three date fields (see dateFromParts). */
function date(raw: string): Read {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  if (!match) return fail("invalid_date");
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return fail("invalid_date");
  return ok(at.toISOString().slice(0, 10));
}

/** ISO 13616: move the first four characters to the end, letters to numbers, remainder mod 97 is 1. */
function iban(raw: string): Read {
  const compact = raw.replace(/[\s-]/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return fail("invalid_iban");
  if (compact.startsWith("LV") && compact.length !== 21) return fail("invalid_iban");
  const digits = `${compact.slice(4)}${compact.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  return remainder === 1 ? ok(compact) : fail("invalid_iban");
}

function personalCode(raw: string): Read {
  const parsed = parsePersonalCode(raw);
  return parsed.ok ? ok(formatPersonalCode(parsed.code)) : fail("invalid_personal_code");
}

function registrationNumber(raw: string): Read {
  const parsed = parseRegistrationNumber(raw.replace(/\s/g, ""));
  return parsed.ok ? ok(parsed.number) : fail("invalid_registration_number");
}

function email(raw: string): Read {
  return /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/.test(raw) && raw.length <= 254 ? ok(raw) : fail("invalid_email");
}

function phone(raw: string): Read {
  const compact = raw.replace(/[\s()-]/g, "");
  return /^\+?\d{8,15}$/.test(compact) ? ok(compact) : fail("invalid_phone");
}

function text(max: number) {
  return (raw: string): Read => (raw.length > max ? fail("too_long") : ok(raw));
}

const READERS: Partial<Record<QuestionType, (raw: string) => Read>> = {
  text: text(500),
  longText: text(5000),
  number,
  money,
  date,
  personalCode,
  registrationNumber,
  email,
  phone,
  iban,
  address: (raw) => (/^\d{9}$/.test(raw) ? ok(raw) : fail("address_not_chosen")),
  yesNo: (raw) => (raw === "yes" || raw === "no" ? ok(raw) : fail("choose_one")),
};

/** A non-empty single answer of a scalar type; choices, files and groups are checked by the caller. */
export function readAnswer(type: QuestionType, raw: string): Read {
  const reader = READERS[type];
  return reader ? reader(raw.trim()) : ok(raw.trim());
}

/** The three fields of a date question as one stored value; kept as typed even when not a date. */
export function dateFromParts(day: string, month: string, year: string): string {
  const [d, m, y] = [day, month, year].map((part) => part.trim());
  return d || m || y ? `${y}-${m}-${d}` : "";
}

export function dateParts(value: string): { day: string; month: string; year: string } {
  const [year = "", month = "", day = ""] = value.split("-");
  return { day: day.replace(/^0(?=\d)/, ""), month: month.replace(/^0(?=\d)/, ""), year };
}
