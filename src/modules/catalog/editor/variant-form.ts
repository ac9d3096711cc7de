// A municipality's local variant: only what the municipality sets itself (its fees, office,
// contacts, channels and a note) is a form; the template's national text is shown beside it.
import type { LocalVariantDocument, Text } from "../model.ts";
import type { FormBody } from "./form-body.ts";
import { text } from "./form-body.ts";
import {
  type ChannelForm,
  type ContactForm,
  type CostForm,
  channelDocument,
  channelForm,
  channelsOf,
  contactDocument,
  contactForm,
  contactOf,
  costDocument,
  costForm,
  costsOf,
  optionalTextDocument,
  textForm,
} from "./form-state.ts";

export type VariantForm = { costs: CostForm[]; channels: ChannelForm[]; contactPoint: ContactForm; note: Text };

export function variantFormOf(body: FormBody): VariantForm {
  return { costs: costsOf(body), channels: channelsOf(body), contactPoint: contactOf(body), note: text(body, "note") };
}

/**
 * The draft of the variant of `template` at `institution`. No costs or no channels means the
 * template's apply (a local "free of charge" is a cost of 0).
 */
export function variantDocumentOf(form: VariantForm, identifier: string, template: string, institution: string): LocalVariantDocument {
  const draft: LocalVariantDocument = { identifier, template, institution };
  if (form.costs.length) draft.costs = form.costs.map(costDocument);
  const contact = contactDocument(form.contactPoint);
  if (contact) draft.contactPoint = contact;
  if (form.channels.length) draft.channels = form.channels.map(channelDocument);
  const note = optionalTextDocument(form.note);
  if (note) draft.note = note;
  return draft;
}

export function variantFormFromDocument(doc: LocalVariantDocument, decimalComma: boolean): VariantForm {
  return {
    costs: (doc.costs ?? []).map((c) => costForm(c, decimalComma)),
    channels: (doc.channels ?? []).map(channelForm),
    contactPoint: contactForm(doc.contactPoint),
    note: textForm(doc.note),
  };
}
