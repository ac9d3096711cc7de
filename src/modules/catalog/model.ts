// The catalogue's documents: what a service, an institution and a life or business event say, in
// Latvian and English, shaped after CPSV-AP 3.2.0 (PublicService, PublicOrganisation, Event). A
// service version is one such document, stored whole, so versions, diffs, import and export all
// work on the same shape. Identifiers are lowercase ASCII slugs and double as the address of the
// page (`/pakalpojumi/<identifier>`); they never change once published.

export type Text = { lv: string; en: string };
export type TextList = { lv: string[]; en: string[] };

export const AUDIENCES = ["residents", "businesses", "institutions"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const SERVICE_KINDS = ["informative", "transactional", "participatory"] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** 1 inform, 2 download forms, 3 two-way (submit online), 4 transaction (incl. payment and decision online), 5 inter-agency (proactive). */
export const MATURITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

/** `centre` is a state and municipal one-stop client service centre (VPVKAC). */
export const CHANNEL_TYPES = ["online", "centre", "in_person", "post", "phone"] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const INSTITUTION_KINDS = ["ministry", "agency", "state_city", "municipality", "other"] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const THEMATIC_AREAS = [
  "family",
  "residence",
  "identity_documents",
  "social_security",
  "health",
  "education",
  "work",
  "transport",
  "property",
  "taxes",
  "business",
  "agriculture",
  "environment",
  "justice",
  "safety",
  "culture",
  "participation",
] as const;
export type ThematicArea = (typeof THEMATIC_AREAS)[number];

export type ContactPoint = {
  email?: string;
  phone?: string;
  /** Street address in Latvian, as written on a letter: "Baznīcas iela 5, Rīga, LV-1010". */
  address?: string;
  hours?: Text;
};

export type Channel = {
  type: ChannelType;
  /** For `online`: where the e-service is (an Epak path like `/e-pakalpojumi/...` or an outside URL). */
  url?: string;
  hours?: Text;
  note?: Text;
};

export type Cost = {
  /** In euro; 0 with a description for "free of charge" is allowed but an empty list says the same. */
  amount: number;
  currency: "EUR";
  description: Text;
};

export type Evidence = { title: Text; description?: Text };
export type Requirement = { title: Text; description?: Text; evidence: Evidence[] };
export type Output = { title: Text; description?: Text };
/** A law or regulation. `url` only where it is known to be right (likumi.lv). */
export type LegalResource = { title: Text; url?: string };

/** A service described once for the whole state, or by one institution. */
export type ServiceDocument = {
  identifier: string;
  title: Text;
  /** Two to five sentences: what the service is, who it is for, what it gives. */
  description: Text;
  /** The competent institution's identifier. */
  institution: string;
  audience: Audience[];
  kind: ServiceKind;
  maturity: MaturityLevel;
  thematicArea: ThematicArea;
  keywords: TextList;
  channels: Channel[];
  /** "Līdz 10 darbdienām" / "Up to 10 working days". */
  processingTime: Text;
  costs: Cost[];
  requirements: Requirement[];
  outputs: Output[];
  steps: Text[];
  legalBasis: LegalResource[];
  /** Municipality identifiers where the service is offered; empty means the whole state. */
  municipalities: string[];
  /** A template is a national description that each municipality offers as its own local variant. */
  template?: true;
  contactPoint?: ContactPoint;
};

/** What a municipality adds to a national template: its own fee, office and contacts. */
export type LocalVariantDocument = {
  identifier: string;
  /** The template service's identifier. */
  template: string;
  /** The municipality's identifier: it is both the competent institution and the coverage. */
  institution: string;
  costs?: Cost[];
  contactPoint?: ContactPoint;
  channels?: Channel[];
  note?: Text;
};

export type InstitutionDocument = {
  identifier: string;
  kind: InstitutionKind;
  name: Text;
  /** The usual abbreviation ("VSAA"), if people use one. */
  shortName?: string;
  description?: Text;
  /** The supervising institution's identifier (a ministry for an agency). */
  parent?: string;
  contactPoint: ContactPoint;
  website?: string;
};

export const EVENT_KINDS = ["life", "business"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export type EventStep = { title: Text; description?: Text; services: string[] };

export type EventDocument = {
  identifier: string;
  kind: EventKind;
  title: Text;
  description: Text;
  keywords?: TextList;
  steps: EventStep[];
};
