// The property and cadastre register (Nekustamā īpašuma valsts kadastra informācijas sistēma) as an
// outside system: synthetic properties whose addresses are the population register's and whose owners
// are its persons or the enterprise register's companies.
import { type Party, parseParty, sameParty } from "../register-api.ts";
import { registerProperties } from "./properties.ts";

export type PropertyKind = "land" | "building" | "apartment";
/** `share` as the land register writes it, e.g. "1/2"; `since` the date of entry (YYYY-MM-DD). */
export type Ownership = { owner: Party; share: string; since: string };
export type Property = {
  /** Kadastra numurs: 11 digits, the first four the cadastral territory. */
  cadastreNumber: string;
  kind: PropertyKind;
  address: { addressCode: string; text: string };
  areaM2: number;
  owners: Ownership[];
};

const byNumber = new Map(registerProperties.map((property) => [property.cadastreNumber, property]));

/** Digits only, as people type a cadastre number with spaces ("0100 900 1234"); null if it is not 11 digits. */
export function parseCadastreNumber(input: string): string | null {
  const digits = input.replace(/\s/g, "");
  return /^\d{11}$/.test(digits) ? digits : null;
}

export function findProperty(cadastreNumber: string): Property | null {
  const parsed = parseCadastreNumber(cadastreNumber);
  return parsed ? (byNumber.get(parsed) ?? null) : null;
}

export function properties(): readonly Property[] {
  return registerProperties;
}

/** What the person or company owns, with their own share of each; `owner` is a personal code or a registration number. */
export function propertiesOf(owner: string): { property: Property; share: string; since: string }[] {
  const party = parseParty(owner);
  if (!party) return [];
  return registerProperties.flatMap((property) =>
    property.owners.filter((ownership) => sameParty(ownership.owner, party)).map(({ share, since }) => ({ property, share, since })),
  );
}

/** The properties at an address: usually one, a building and the land under it can share it. */
export function propertiesAt(addressCode: string): Property[] {
  return registerProperties.filter((property) => property.address.addressCode === addressCode);
}
