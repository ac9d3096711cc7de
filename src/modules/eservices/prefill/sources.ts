// What an e-service's form may know before the person types anything: register data asked
// through the data-exchange bus (each call authorised by the e-services system's grant and logged
// for the person it is about), one mapping per source, each filling exactly the paths listed in
// definition/prefill-paths.ts. A register that does not answer leaves its values empty and is
// named in `unavailable`; the others still fill, so the person can type what is missing.
import { AppError } from "../../../platform/errors.ts";
import { type BusCall, type BusClient, REGISTER_SERVICES as S } from "../../exchange/index.ts";
import type { PrefillSource } from "../definition/model.ts";
import { PREFILL_SHAPES, type PrefillPath } from "../definition/prefill-paths.ts";
import type { BenefitsAnswer, OwnedPropertiesAnswer, PeriodsAnswer, PersonAnswer, Relative } from "../informative/register-answers.ts";
import type { PrefillData } from "./value-at.ts";

export type { PrefillData } from "./value-at.ts";

export type PrefillSubject = {
  /** The person the application is about (the applicant or their child); their personal code. */
  personalCode: string;
  /** When acting for a company: its registration number. */
  companyNumber: string | null;
};

export type PrefillCall = Pick<BusCall, "userId" | "representedParty">;

type CompanyAnswer = { registrationNumber: string; name: string; address: string };
/** Relations as the register answers them, deceased relatives included. */
type RelationsWithDeceased = { spouse: RegisteredRelative | null; children: RegisteredRelative[] };
type RegisteredRelative = Relative & { deceasedOn: string | null };

/** The keys a source fills ("fullName" for "person.fullName"), typed so a mapping can neither miss nor add one. */
type Key<Source extends PrefillSource> = PrefillPath extends infer P ? (P extends `${Source}.${infer K}` ? K : never) : never;
type ValueAt<P> = P extends PrefillPath
  ? (typeof PREFILL_SHAPES)[P] extends "list"
    ? Record<string, string>[] | string[]
    : string
  : never;
type Values<Source extends PrefillSource> = { [K in Key<Source>]: ValueAt<`${Source}.${K}`> };

type Ask = <T>(service: string, path: string) => Promise<T | null>;
/** Null when the register has no entry for the subject, or the source does not apply to it. */
type Mapping<Source extends PrefillSource> = (ask: Ask, subject: PrefillSubject, today: string) => Promise<Values<Source> | null>;

const MAPPINGS: { [Source in PrefillSource]: Mapping<Source> } = {
  async person(ask, { personalCode }) {
    const person = await ask<PersonAnswer>(S.persons, `/${personalCode}`);
    return (
      person && {
        personalCode: dashed(person.personalCode),
        givenName: person.givenName,
        familyName: person.familyName,
        fullName: fullName(person),
        birthDate: person.birthDate,
        declaredAddress: person.declaredAddress?.text ?? "",
        declaredAddressCode: person.declaredAddress?.addressCode ?? "",
      }
    );
  },

  async relations(ask, { personalCode }, today) {
    const relations = await ask<RelationsWithDeceased>(S.persons, `/${personalCode}/relations`);
    if (!relations) return null;
    // The register keeps deceased relatives; no one applies for them or names them as a spouse.
    const children = relations.children.filter((child) => child.deceasedOn === null);
    const spouse = relations.spouse?.deceasedOn === null ? relations.spouse : null;
    return {
      children: children.map(childItem),
      minorChildren: children.filter((child) => fullYears(child.birthDate, today) < 18).map(childItem),
      newborns: children.filter((child) => child.birthDate <= today && fullYears(child.birthDate, today) < 1).map(childItem),
      spouseName: spouse ? fullName(spouse) : "",
      spouseCode: spouse ? dashed(spouse.personalCode) : "",
    };
  },

  async ownedProperties(ask, { personalCode, companyNumber }) {
    // Acting for a company, what matters is what the company owns (its premises), not the person.
    const answer = await ask<OwnedPropertiesAnswer>(S.propertyOwners, `/${companyNumber ?? personalCode}/properties`);
    if (!answer) return null;
    const list = answer.properties.map((property) => ({
      addressCode: property.address.addressCode,
      text: property.address.text,
      kind: property.kind,
      cadastreNumber: property.cadastreNumber,
    }));
    return { list, addressCodes: [...new Set(list.map((property) => property.addressCode))] };
  },

  async company(ask, { companyNumber }) {
    if (!companyNumber) return null;
    const company = await ask<CompanyAnswer>(S.companies, `/${companyNumber}`);
    return company && { name: company.name, registrationNumber: company.registrationNumber, legalAddress: company.address };
  },

  async insurance(ask, { personalCode }, today) {
    const answer = await ask<PeriodsAnswer>(S.insurance, `/${personalCode}/periods`);
    if (!answer) return null;
    const last = latestEmployment(answer.periods);
    return {
      lastEmployer: last?.employer?.name ?? "",
      lastEmployerNumber: last?.employer?.registrationNumber ?? "",
      lastPeriodEnd: last?.to ?? "",
      insuredMonths: String(insuredMonths(answer.periods, today)),
    };
  },

  async benefits(ask, { personalCode }, today) {
    const answer = await ask<BenefitsAnswer>(S.benefits, `/${personalCode}`);
    if (!answer) return null;
    const current = answer.benefits.filter((benefit) => benefit.from <= today && (benefit.to === null || benefit.to >= today));
    return {
      current: current.map((benefit) => ({ kind: benefit.kind, monthlyAmount: euros(benefit.monthlyAmountCents), from: benefit.from })),
    };
  },
};

/**
 * The register data the sources name, for the subject, as on `today` (YYYY-MM-DD, from the Clock).
 * Sources are asked in parallel; a source whose register has no entry, or that does not apply
 * (company without a company), has its values empty ("" or []).
 */
export async function fetchPrefill(
  bus: BusClient,
  sources: readonly PrefillSource[],
  subject: PrefillSubject,
  call: PrefillCall,
  today: string,
): Promise<{ data: PrefillData; unavailable: PrefillSource[] }> {
  const ask: Ask = (service, path) => bus.get({ ...call, service, path });
  const normalised = { ...subject, personalCode: subject.personalCode.replace(/[\s-]/g, "") };
  const answers = await Promise.all(
    [...new Set(sources)].map(async (source) => {
      try {
        return { source, values: await MAPPINGS[source](ask, normalised, today), available: true };
      } catch (error) {
        if (error instanceof AppError && error.code === "register_unavailable") return { source, values: null, available: false };
        throw error;
      }
    }),
  );
  const data: PrefillData = {};
  for (const { source, values } of answers) data[source] = values ?? emptyValues(source);
  return { data, unavailable: answers.filter((answer) => !answer.available).map((answer) => answer.source) };
}

function emptyValues(source: PrefillSource): Record<string, string | []> {
  const values: Record<string, string | []> = {};
  for (const [path, kind] of Object.entries(PREFILL_SHAPES)) {
    if (path.startsWith(`${source}.`)) values[path.slice(source.length + 1)] = kind === "list" ? [] : "";
  }
  return values;
}

function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

/** As people write a personal code and as a form's personalCode answer is kept: "DDMMYY-NNNNN". */
function dashed(code: string): string {
  return /^\d{11}$/.test(code) ? `${code.slice(0, 6)}-${code.slice(6)}` : code;
}

function childItem(child: Relative) {
  return { personalCode: dashed(child.personalCode), fullName: fullName(child), birthDate: child.birthDate };
}

/** Full years from `birthDate` to `today`; a 29 February birthday falls on 1 March in common years. */
function fullYears(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** "421.17" from 42117 cents: a form's money answer, euros with a dot. */
function euros(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(Math.abs(cents % 100)).padStart(2, "0")}`;
}

type Period = PeriodsAnswer["periods"][number];

/** The employee period that ended last, an ongoing one before any ended one. */
function latestEmployment(periods: readonly Period[]): Period | undefined {
  const end = (period: Period) => period.to ?? "9999-12-31";
  return periods
    .filter((period) => period.kind === "employee" && period.employer)
    .reduce<Period | undefined>((latest, period) => {
      if (!latest) return period;
      if (end(period) !== end(latest)) return end(period) > end(latest) ? period : latest;
      return period.from > latest.from ? period : latest;
    }, undefined);
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/**
 * Of the 12 calendar months before today's month, those insured on every day (as an employee,
 * self-employed or voluntarily, one period or several back to back): what the unemployment rules
 * count. Today's month is not whole yet.
 */
function insuredMonths(periods: readonly Period[], today: string): number {
  const spans = periods.map((period) => ({ from: dayNumber(period.from), to: period.to === null ? Infinity : dayNumber(period.to) }));
  const insured = (day: number) => spans.some((span) => span.from <= day && day <= span.to);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  let count = 0;
  for (let back = 1; back <= 12; back++) {
    const first = Date.UTC(year, month - back, 1) / DAY_MS;
    const last = Date.UTC(year, month - back + 1, 1) / DAY_MS - 1;
    let whole = true;
    for (let day = first; day <= last && whole; day++) whole = insured(day);
    if (whole) count++;
  }
  return count;
}
