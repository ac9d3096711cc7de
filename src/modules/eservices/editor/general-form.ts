// The general settings of an e-service as the editor's form shows them: titles, who may apply,
// which register data it reads, the fee, how the decision is delivered, the declaration and the
// task-list sections. The pages are edited on their own screens and kept as they are here.
import type { Text } from "../definition/model.ts";
import { asList, asObject, asString, asStrings, asText, type JsonObject, keepOrder, ordered } from "./draft.ts";
import { type Fields, field, fieldValues, filledText, rows, textField } from "./form-fields.ts";

export type SectionForm = { id: string; title: Text };

export type GeneralForm = {
  title: Text;
  summary: Text;
  assurance: string;
  applicants: string[];
  prefill: string[];
  /** "yes", "no", or "" when the draft says neither. */
  hasFee: string;
  feeAmount: string;
  feePayment: string;
  feeLegalBasis: Text;
  process: string;
  decisionDelivery: string[];
  declaration: Text;
  sections: SectionForm[];
};

export const GENERAL_LISTS = ["sections"] as const;

export function emptySection(): SectionForm {
  return { id: "", title: { lv: "", en: "" } };
}

export function generalFormOf(fields: Fields): GeneralForm {
  return {
    title: textField(fields, "title"),
    summary: textField(fields, "summary"),
    assurance: field(fields, "assurance"),
    applicants: fieldValues(fields, "applicants"),
    prefill: fieldValues(fields, "prefill"),
    hasFee: field(fields, "fee"),
    feeAmount: field(fields, "fee.amount"),
    feePayment: field(fields, "fee.payment"),
    feeLegalBasis: textField(fields, "fee.legalBasis"),
    process: field(fields, "process"),
    decisionDelivery: fieldValues(fields, "decisionDelivery"),
    declaration: textField(fields, "declaration"),
    sections: rows(fields, "sections", (p) => ({ id: field(fields, `${p}.id`), title: textField(fields, `${p}.title`) })),
  };
}

/** Cents as euros the way the page's language writes them: 427 → "4,27" or "4.27". */
function euros(cents: unknown, decimalComma: boolean): string {
  if (typeof cents !== "number") return asString(cents);
  const text = (cents / 100).toFixed(2);
  return decimalComma ? text.replace(".", ",") : text;
}

/** "4,27" or "4.27" as 427 cents; anything else kept as typed, for the rules to name. */
function cents(typed: string): number | string {
  const normal = typed.trim().replace(/\s/g, "").replace(",", ".");
  return /^\d+(\.\d{1,2})?$/.test(normal) ? Math.round(Number(normal) * 100) : typed.trim();
}

export function generalFormFrom(draft: unknown, decimalComma: boolean): GeneralForm {
  const d = asObject(draft);
  const fee = d.fee === null ? null : asObject(d.fee);
  return {
    title: asText(d.title),
    summary: asText(d.summary),
    assurance: asString(d.assurance),
    applicants: asStrings(d.applicants),
    prefill: asStrings(d.prefill),
    hasFee: d.fee === null ? "no" : d.fee === undefined ? "" : "yes",
    feeAmount: fee ? euros(fee.amountCents, decimalComma) : "",
    feePayment: asString(fee?.payment),
    feeLegalBasis: asText(fee?.legalBasis),
    process: asString(d.process),
    decisionDelivery: asStrings(d.decisionDelivery),
    declaration: asText(d.declaration),
    sections: asList(d.sections).map((s) => ({ id: asString(asObject(s).id), title: asText(asObject(s).title) })),
  };
}

function feeOf(form: GeneralForm, before: unknown): unknown {
  if (form.hasFee === "no") return null;
  if (form.hasFee !== "yes") return undefined;
  const legalBasis = filledText(form.feeLegalBasis);
  return ordered(
    {
      amountCents: form.feeAmount.trim() === "" ? undefined : cents(form.feeAmount),
      currency: "EUR",
      payment: form.feePayment || undefined,
      legalBasis,
    },
    asObject(before),
  );
}

/** The draft with the general settings replaced; the service and institution are the stored ones. */
export function withGeneral(draft: unknown, form: GeneralForm, owner: { service: string; institution: string }): JsonObject {
  const before = asObject(draft);
  return ordered(
    {
      service: owner.service,
      title: form.title,
      summary: form.summary,
      institution: owner.institution,
      assurance: form.assurance || undefined,
      applicants: keepOrder(before.applicants, form.applicants),
      prefill: keepOrder(before.prefill, form.prefill),
      fee: feeOf(form, before.fee),
      process: form.process.trim() || undefined,
      decisionDelivery: keepOrder(before.decisionDelivery, form.decisionDelivery),
      sections: form.sections.length ? form.sections.map((s) => ({ id: s.id.trim(), title: s.title })) : undefined,
      pages: before.pages ?? [],
      declaration: form.declaration,
    },
    before,
  );
}

/** The form's box for a problem's path inside the general settings. */
export function generalTarget(path: string): string | null {
  const [first, second, third] = path.split(".");
  switch (first) {
    case "title":
    case "summary":
    case "declaration":
      return second === "en" ? `${first}.en` : `${first}.lv`;
    case "assurance":
    case "applicants":
    case "prefill":
    case "process":
    case "decisionDelivery":
      return first;
    case "fee":
      if (second === "amountCents") return "fee.amount";
      if (second === "payment") return "fee.payment";
      if (second === "legalBasis") return third === "en" ? "fee.legalBasis.en" : "fee.legalBasis.lv";
      return "fee";
    case "sections":
      if (second === undefined || third === undefined) return "sections";
      if (third === "title") return `sections.${second}.title.${path.split(".")[4] === "en" ? "en" : "lv"}`;
      return `sections.${second}.id`;
    default:
      return null;
  }
}
