// The editor's form as the person sees it: every field as the text in its box, lists as their
// groups of boxes. It is read from the request, turned into a draft document and back, and the
// "add another" and "remove" buttons work on it, so a form shown again keeps every word typed.
import type { Channel, ContactPoint, Cost, Evidence, LegalResource, Output, Requirement, Text } from "../model.ts";
import { type FormBody, field, groups, text } from "./form-body.ts";

export type ChannelForm = { type: string; url: string; hours: Text; note: Text };
export type CostForm = { amount: string; description: Text };
export type TitledForm = { title: Text; description: Text };
export type RequirementForm = TitledForm & { evidence: TitledForm[] };
export type LegalForm = { title: Text; url: string };
export type ContactForm = { email: string; phone: string; address: string; hours: Text };

const blank = (): Text => ({ lv: "", en: "" });

export const EMPTY = {
  channel: (): ChannelForm => ({ type: "", url: "", hours: blank(), note: blank() }),
  cost: (): CostForm => ({ amount: "", description: blank() }),
  titled: (): TitledForm => ({ title: blank(), description: blank() }),
  requirement: (): RequirementForm => ({ title: blank(), description: blank(), evidence: [] }),
  legal: (): LegalForm => ({ title: blank(), url: "" }),
  contact: (): ContactForm => ({ email: "", phone: "", address: "", hours: blank() }),
};

// ---- From the request ----

export function channelsOf(body: FormBody, list = "channels"): ChannelForm[] {
  return groups(body, list, (p) => ({
    type: field(body, `${p}.type`),
    url: field(body, `${p}.url`),
    hours: text(body, `${p}.hours`),
    note: text(body, `${p}.note`),
  }));
}

export function costsOf(body: FormBody, list = "costs"): CostForm[] {
  return groups(body, list, (p) => ({ amount: field(body, `${p}.amount`), description: text(body, `${p}.description`) }));
}

export function titledOf(body: FormBody, list: string): TitledForm[] {
  return groups(body, list, (p) => ({ title: text(body, `${p}.title`), description: text(body, `${p}.description`) }));
}

export function requirementsOf(body: FormBody): RequirementForm[] {
  return groups(body, "requirements", (p) => ({
    title: text(body, `${p}.title`),
    description: text(body, `${p}.description`),
    evidence: titledOf(body, `${p}.evidence`),
  }));
}

export function legalBasisOf(body: FormBody): LegalForm[] {
  return groups(body, "legalBasis", (p) => ({ title: text(body, `${p}.title`), url: field(body, `${p}.url`) }));
}

export function contactOf(body: FormBody): ContactForm {
  return {
    email: field(body, "contactPoint.email"),
    phone: field(body, "contactPoint.phone"),
    address: field(body, "contactPoint.address"),
    hours: text(body, "contactPoint.hours"),
  };
}

// ---- Into a document ----
// A draft has the document's shape but may be incomplete: a choice not made is left out and an
// amount that is not one stays as typed. The catalogue's rules say what is missing or wrong.

/** A box left empty is left out. */
function filled(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A text of two empty boxes is left out. */
function filledText(value: Text): Text | undefined {
  return value.lv.trim() === "" && value.en.trim() === "" ? undefined : value;
}

/** "12,50" or "12.50" is 12.5; anything else stays as typed, to be shown again with its message. */
export function parseAmount(typed: string): number | string {
  const normal = typed.trim().replace(/\s/g, "").replace(",", ".");
  return /^\d+(\.\d{1,2})?$/.test(normal) ? Number(normal) : typed.trim();
}

/** One named list of lines per language ("one per line"), paired by line for steps. */
export function linesOf(value: string): string[] {
  return value
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

export function channelDocument(form: ChannelForm): Channel {
  const channel: Record<string, unknown> = { type: filled(form.type) };
  const url = filled(form.url);
  const hours = filledText(form.hours);
  const note = filledText(form.note);
  if (url !== undefined) channel.url = url;
  if (hours) channel.hours = hours;
  if (note) channel.note = note;
  return channel as Channel;
}

export function costDocument(form: CostForm): Cost {
  return { amount: parseAmount(form.amount) as number, currency: "EUR", description: form.description };
}

export function titledDocument(form: TitledForm): Output & Evidence {
  const description = filledText(form.description);
  return description ? { title: form.title, description } : { title: form.title };
}

export function requirementDocument(form: RequirementForm): Requirement {
  return { ...titledDocument(form), evidence: form.evidence.map(titledDocument) };
}

export function legalDocument(form: LegalForm): LegalResource {
  const url = filled(form.url);
  return url === undefined ? { title: form.title } : { title: form.title, url };
}

/** Left out when every box is empty. */
export function contactDocument(form: ContactForm): ContactPoint | undefined {
  const contact: ContactPoint = {};
  const email = filled(form.email);
  const phone = filled(form.phone);
  const address = filled(form.address);
  const hours = filledText(form.hours);
  if (email !== undefined) contact.email = email;
  if (phone !== undefined) contact.phone = phone;
  if (address !== undefined) contact.address = address;
  if (hours) contact.hours = hours;
  return Object.keys(contact).length ? contact : undefined;
}

export function optionalTextDocument(value: Text): Text | undefined {
  return filledText(value);
}

// ---- From a document ----
// Drafts are read back as they were saved, possibly incomplete, so every part may be missing.

export function textForm(value: Text | undefined): Text {
  return { lv: value?.lv ?? "", en: value?.en ?? "" };
}

/** 12.5 as "12,50" on a Latvian page and "12.50" on an English one; text kept as typed. */
export function amountForm(value: number | string | undefined, decimalComma: boolean): string {
  if (typeof value !== "number") return value ?? "";
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(2);
  return decimalComma ? shown.replace(".", ",") : shown;
}

export function channelForm(c: Partial<Channel>): ChannelForm {
  return { type: c.type ?? "", url: c.url ?? "", hours: textForm(c.hours), note: textForm(c.note) };
}

export function costForm(c: Partial<Cost>, decimalComma: boolean): CostForm {
  return { amount: amountForm(c.amount, decimalComma), description: textForm(c.description) };
}

export function titledForm(o: Partial<Output>): TitledForm {
  return { title: textForm(o.title), description: textForm(o.description) };
}

export function requirementForm(r: Partial<Requirement>): RequirementForm {
  return { ...titledForm(r), evidence: (r.evidence ?? []).map(titledForm) };
}

export function legalForm(l: Partial<LegalResource>): LegalForm {
  return { title: textForm(l.title), url: l.url ?? "" };
}

export function contactForm(c: ContactPoint | undefined): ContactForm {
  return { email: c?.email ?? "", phone: c?.phone ?? "", address: c?.address ?? "", hours: textForm(c?.hours) };
}
