// Structured creditor references (ISO 11649, "RF" + two check digits + up to 21 letters and
// digits): banks carry them unchanged into the statement, so accounting matches each line of the
// statement to one payment. Check digits as in IBAN: letters become 10–35, mod 97 must be 1.

const BODY = /^[A-Z0-9]{1,21}$/;

function numeric(text: string): string {
  return [...text].map((c) => (c >= "A" && c <= "Z" ? String(c.charCodeAt(0) - 55) : c)).join("");
}

function mod97(digits: string): number {
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest;
}

export function creditorReference(body: string): string {
  if (!BODY.test(body)) throw new Error(`A creditor reference is built from 1–21 letters and digits, not "${body}"`);
  const check = 98 - mod97(numeric(`${body}RF00`));
  return `RF${String(check).padStart(2, "0")}${body}`;
}

export function isCreditorReference(text: string): boolean {
  const compact = text.replaceAll(" ", "").toUpperCase();
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(compact)) return false;
  return mod97(numeric(`${compact.slice(4)}${compact.slice(0, 4)}`)) === 1;
}

/** The body of a payment's reference: "EP", the year and a serial, e.g. EP2026000042. */
export function paymentReference(year: number, serial: number): string {
  return creditorReference(`EP${year}${String(serial).padStart(6, "0")}`);
}
