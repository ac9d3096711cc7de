// The population register (Iedzīvotāju reģistrs) as an outside system Epak asks about people: a fixed
// set of synthetic persons. Codes are accepted in any form people type them.
import { type PersonalCode, parsePersonalCode } from "../../platform/identifiers/personal-code.ts";
import { registerAddresses } from "./addresses.ts";
import { registerPersons } from "./persons.ts";

export type Sex = "female" | "male";
export type ResidencePermit = { kind: "permanent" | "temporary"; number: string; validUntil: string | null };
/** An address as the state address register holds it; `addressCode` is its 9-digit code there. */
export type Address = { addressCode: string; text: string; municipality: string };
export type DeclaredAddress = Address;
export type RegisterPerson = {
  personalCode: PersonalCode;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  /** ISO 3166-1 alpha-2, "LV" for citizens; null for non-citizens of Latvia, who hold no state's citizenship. */
  citizenship: string | null;
  status: "citizen" | "non-citizen" | "foreigner";
  residencePermit: ResidencePermit | null;
  /** Null for people declared abroad or nowhere. */
  declaredAddress: DeclaredAddress | null;
  /** YYYY-MM-DD the declaration was made; null when there is no declared address. */
  declaredOn: string | null;
  spouse: PersonalCode | null;
  parents: PersonalCode[];
  children: PersonalCode[];
  deceasedOn: string | null;
  /** One line a tester reads when choosing whom to log in as, in Latvian and English. */
  note: { lv: string; en: string };
};

const byCode = new Map(registerPersons.map((person) => [person.personalCode, person]));
const living = registerPersons.filter((person) => person.deceasedOn === null);
const addressByCode = new Map(registerAddresses.map((address) => [address.addressCode, address]));

/** The person with this code, living or deceased; null for an unknown or invalid code. */
export function findPerson(code: string): RegisterPerson | null {
  const parsed = parsePersonalCode(code);
  return parsed.ok ? (byCode.get(parsed.code) ?? null) : null;
}

/** Everyone living, in the order of a picker: family by family, adults before children. */
export function testPersons(): readonly RegisterPerson[] {
  return living;
}

/** Full years on `date` (YYYY-MM-DD); someone born on 29 February gains a year on 1 March in common years. */
export function ageOn(person: RegisterPerson, date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${date}"`);
  const years = Number(date.slice(0, 4)) - Number(person.birthDate.slice(0, 4));
  return date.slice(5) < person.birthDate.slice(5) ? years - 1 : years;
}

/** The address with this 9-digit code, whether or not anyone is declared there; null for an unknown code. */
export function findAddress(addressCode: string): Address | null {
  return addressByCode.get(addressCode.trim()) ?? null;
}

export function addresses(): readonly Address[] {
  return registerAddresses;
}

/** Lower case, without diacritics, split at anything but letters and digits: "Brīvības iela 101-5" → brivibas, iela, 101, 5. */
function searchWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const collator = new Intl.Collator("lv");
const searchable = [...registerAddresses]
  .sort((a, b) => collator.compare(a.text, b.text))
  .map((address) => ({ address, words: searchWords(address.text) }));

/**
 * Addresses whose text has, for every word of the query, a word starting with it; people type
 * without diacritics and only the start of a street name. In Latvian alphabetical order.
 */
export function addressesMatching(query: string, limit: number): Address[] {
  const wanted = searchWords(query);
  if (wanted.length === 0) return [];
  const found: Address[] = [];
  for (const { address, words } of searchable) {
    if (found.length >= limit) break;
    if (wanted.every((part) => words.some((word) => word.startsWith(part)))) found.push(address);
  }
  return found;
}

/** Living persons whose declared address is this one, in the picker's order. */
export function residentsAt(addressCode: string): RegisterPerson[] {
  const code = addressCode.trim();
  return living.filter((person) => person.declaredAddress?.addressCode === code);
}
