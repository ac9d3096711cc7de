// The values each prefill source offers to a definition, by path. Definitions may name only these:
// an editor's typo ("person.fulName") is refused when the definition is saved, not found by a
// person whose form opens empty. prefill/sources.ts fills exactly these from the registers.
export type PrefillKind = "value" | "list";

/** Lists are of objects; the keys an option or a condition may use are listed beside them. */
export const PREFILL_SHAPES = {
  "person.personalCode": "value",
  "person.givenName": "value",
  "person.familyName": "value",
  "person.fullName": "value",
  "person.birthDate": "value",
  "person.declaredAddress": "value",
  "person.declaredAddressCode": "value",
  /** Items: personalCode, fullName, birthDate. */
  "relations.children": "list",
  /** Children under 18. */
  "relations.minorChildren": "list",
  /** Children born in the last 12 months. */
  "relations.newborns": "list",
  "relations.spouseName": "value",
  "relations.spouseCode": "value",
  /** Items: addressCode, text, kind, cadastreNumber. */
  "ownedProperties.list": "list",
  /** The address codes of the properties the person (or company) owns, for conditions. */
  "ownedProperties.addressCodes": "list",
  "company.name": "value",
  "company.registrationNumber": "value",
  "company.legalAddress": "value",
  "insurance.lastEmployer": "value",
  "insurance.lastEmployerNumber": "value",
  "insurance.lastPeriodEnd": "value",
  "insurance.insuredMonths": "value",
  /** Items: kind, monthlyAmount (euros as text), from. */
  "benefits.current": "list",
} as const satisfies Record<string, PrefillKind>;

export type PrefillPath = keyof typeof PREFILL_SHAPES;

export const PREFILL_PATHS: ReadonlySet<string> = new Set(Object.keys(PREFILL_SHAPES));
