// An e-service definition: the form of one catalogue service as data. Institutions' editors write
// it (structured editor or a JSON/YAML file), Epak stores each published version, and the form
// runtime reads nothing else: every page, question, rule and condition below is interpreted, never
// compiled into code. An application keeps the version it was started on.
import type { LevelOfAssurance } from "../../../platform/assurance.ts";
import { FILE_TYPES, type FileType } from "../../../platform/files/file-type.ts";

export type Text = { lv: string; en: string };

export const QUESTION_TYPES = [
  "text",
  "longText",
  "number",
  "date",
  "money",
  "personalCode",
  "registrationNumber",
  "email",
  "phone",
  "iban",
  "address",
  "choice",
  "multiChoice",
  "yesNo",
  "file",
  "group",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Who an application may be for: the person themselves, a company they represent, or their minor child. */
export const APPLICANT_KINDS = ["self", "company", "child"] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/**
 * Register data an e-service may ask for through the data-exchange bus before the form opens.
 * Each source is a named mapping in code (prefill/sources.ts) from a bus answer to plain values.
 */
export const PREFILL_SOURCES = ["person", "relations", "ownedProperties", "company", "insurance", "benefits"] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];

export { FILE_TYPES, type FileType };

/** A value to compare with: a literal, or a list from the prefilled register data ("ownedProperties.addressCodes"). */
export type Operand = string | number | boolean | string[] | { prefill: string };

/**
 * When a question or page applies. `field` names an answer on any page ("isOwner") or, inside a
 * repeating group, a sibling answer of the same item.
 */
export type Condition =
  | { field: string; equals: string | number | boolean }
  | { field: string; notEquals: string | number | boolean }
  | { field: string; in: Operand }
  | { field: string; notIn: Operand }
  | { field: string; answered: boolean }
  | { prefill: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** A rule beyond the question type's own format check; the message is shown next to the field. */
export type Rule =
  | { rule: "minLength" | "maxLength"; value: number; message: Text }
  | { rule: "min" | "max"; value: number; message: Text }
  /** Dates: "today", or a signed number of days from today ("-365"), or an ISO date. */
  | { rule: "notBefore" | "notAfter"; value: string; message: Text }
  | { rule: "pattern"; value: string; message: Text }
  | { rule: "minItems" | "maxItems"; value: number; message: Text };

export type Option = { value: string; label: Text; hint?: Text };

/** Options taken from prefilled data: each item of a list, its value and label named by key. */
export type OptionsFrom = { prefill: string; value: string; label: string; hint?: string };

export type Question = {
  /** Unique in the definition (a group's questions are unique within the group); letters and digits. */
  id: string;
  type: QuestionType;
  label: Text;
  hint?: Text;
  /** Defaults to true; a skipped (hidden) question is never required. */
  required?: boolean;
  options?: Option[];
  optionsFrom?: OptionsFrom;
  /** A path into the prefilled data whose value the answer starts with ("person.fullName"). */
  prefill?: string;
  /** A prefilled value the person sees but cannot change (the name from the population register). */
  readOnly?: boolean;
  showIf?: Condition;
  rules?: Rule[];
  /** For "file": accepted types and the largest size in MB (at most 10). */
  accept?: FileType[];
  maxSizeMb?: number;
  /** For "group": the questions of one item, repeated; itemLabel names an item ("Bērns"). */
  questions?: Question[];
  itemLabel?: Text;
};

export type Page = {
  id: string;
  title: Text;
  intro?: Text;
  /** The task-list section the page belongs to, when the definition has sections. */
  section?: string;
  showIf?: Condition;
  questions: Question[];
};

export type Section = { id: string; title: Text };

/** Less (or nothing) to pay when a condition on the answers or the prefilled register data holds. */
export type FeeExemption = {
  when: Condition;
  /** What is paid instead of the fee: 0 when nothing is, less than the fee for a reduction. */
  amountCents: number;
  /** Why, as the person reads it beside the amount. */
  reason: Text;
};

export type Fee = {
  amountCents: number;
  currency: "EUR";
  /** Paid online before submitting, or asked for by the institution after its decision when it depends on it. */
  payment: "beforeSubmit" | "afterDecision";
  legalBasis?: Text;
  /** The first one whose condition holds applies. */
  exemptions?: FeeExemption[];
};

export type EServiceDefinition = {
  /** The catalogue service this is the online channel of (its identifier). */
  service: string;
  title: Text;
  summary: Text;
  /** The institution that processes applications (catalogue institution code). */
  institution: string;
  assurance: LevelOfAssurance;
  applicants: ApplicantKind[];
  prefill: PrefillSource[];
  fee: Fee | null;
  /** The case process an application starts (issue #7 defines the processes). */
  process: string;
  /** How the decision reaches the applicant. */
  decisionDelivery: ("eAddress" | "centre" | "post")[];
  /** When present, a long form shows a task list of these sections. */
  sections?: Section[];
  pages: Page[];
  declaration: Text;
};

/** Answers by question id; a group's answer is a list of items, each answers by question id. */
export type AnswerValue = string | string[] | GroupItem[];
export type GroupItem = Record<string, string | string[]>;
export type Answers = Record<string, AnswerValue>;
