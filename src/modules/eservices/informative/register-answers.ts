// The shapes of the registers' answers that the informative e-services read (see each register's
// OpenAPI document on /datu-apmaina). Only the fields shown are named.
export type PersonAnswer = {
  personalCode: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  status: "citizen" | "non-citizen" | "foreigner";
  citizenship: string | null;
  declaredAddress: { addressCode: string; text: string; declaredOn?: string } | null;
};

export type Relative = { personalCode: string; givenName: string; familyName: string; birthDate: string };
export type RelationsAnswer = { spouse: Relative | null; parents: Relative[]; children: Relative[] };

export type OwnedProperty = {
  cadastreNumber: string;
  kind: "land" | "building" | "apartment";
  address: { addressCode: string; text: string };
  areaM2: number;
  share: string;
  since: string;
};
export type OwnedPropertiesAnswer = { properties: OwnedProperty[] };

export type Resident = { personalCode: string; givenName: string; familyName: string; birthDate: string; declaredOn: string };
export type ResidentsAnswer = { addressCode: string; text: string; residents: Resident[] };

export type PositionsAnswer = {
  positions: { registrationNumber: string; name: string; status: string; position: string; representation: string; since: string }[];
};

export type PeriodsAnswer = {
  periods: { kind: string; from: string; to: string | null; employer: { registrationNumber: string; name: string } | null }[];
};

export type BenefitsAnswer = {
  benefits: { kind: string; monthlyAmountCents: number; from: string; to: string | null }[];
};

export type VehiclesAnswer = {
  vehicles: {
    plate: string;
    make: string;
    model: string;
    year: number;
    category: string;
    inspectionValidUntil: string | null;
    status: "registered" | "deregistered";
  }[];
};
