// A service's form: read from the request, turned into the draft document that is saved, and
// back into boxes when a saved draft or a published version is opened for editing.
import type { ServiceDocument, Text } from "../model.ts";
import { type FormBody, field, fieldValues, text } from "./form-body.ts";
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
  EMPTY,
  type LegalForm,
  legalBasisOf,
  legalDocument,
  legalForm,
  linesOf,
  type RequirementForm,
  requirementDocument,
  requirementForm,
  requirementsOf,
  type TitledForm,
  textForm,
  titledDocument,
  titledForm,
  titledOf,
} from "./form-state.ts";

export type ServiceForm = {
  title: Text;
  description: Text;
  audience: string[];
  kind: string;
  maturity: string;
  thematicArea: string;
  /** One keyword per line, in each language. */
  keywords: Text;
  /** One step per line, in each language; line n of one is line n of the other. */
  steps: Text;
  processingTime: Text;
  channels: ChannelForm[];
  costs: CostForm[];
  requirements: RequirementForm[];
  outputs: TitledForm[];
  legalBasis: LegalForm[];
  municipalities: string[];
  template: boolean;
  contactPoint: ContactForm;
};

export function serviceFormOf(body: FormBody): ServiceForm {
  return {
    title: text(body, "title"),
    description: text(body, "description"),
    audience: fieldValues(body, "audience"),
    kind: field(body, "kind"),
    maturity: field(body, "maturity"),
    thematicArea: field(body, "thematicArea"),
    keywords: text(body, "keywords"),
    steps: text(body, "steps"),
    processingTime: text(body, "processingTime"),
    channels: channelsOf(body),
    costs: costsOf(body),
    requirements: requirementsOf(body),
    outputs: titledOf(body, "outputs"),
    legalBasis: legalBasisOf(body),
    municipalities: fieldValues(body, "municipalities"),
    template: field(body, "template") === "true",
    contactPoint: contactOf(body),
  };
}

/** Steps typed as two lists of lines, paired: a line missing in one language is an empty text there. */
function stepsOf(steps: Text): Text[] {
  const lv = linesOf(steps.lv);
  const en = linesOf(steps.en);
  return Array.from({ length: Math.max(lv.length, en.length) }, (_, i) => ({ lv: lv[i] ?? "", en: en[i] ?? "" }));
}

/** The draft document of the form, for the service `identifier` of `institution`. */
export function serviceDocumentOf(form: ServiceForm, identifier: string, institution: string): ServiceDocument {
  const draft: Record<string, unknown> = {
    identifier,
    title: form.title,
    description: form.description,
    institution,
    audience: form.audience,
    // A choice not made is left out: the rules then say it is required.
    kind: form.kind || undefined,
    maturity: form.maturity === "" ? undefined : /^\d$/.test(form.maturity) ? Number(form.maturity) : form.maturity,
    thematicArea: form.thematicArea || undefined,
    keywords: { lv: linesOf(form.keywords.lv), en: linesOf(form.keywords.en) },
    channels: form.channels.map(channelDocument),
    processingTime: form.processingTime,
    costs: form.costs.map(costDocument),
    requirements: form.requirements.map(requirementDocument),
    outputs: form.outputs.map(titledDocument),
    steps: stepsOf(form.steps),
    legalBasis: form.legalBasis.map(legalDocument),
    municipalities: form.municipalities,
  };
  if (form.template) draft.template = true;
  const contact = contactDocument(form.contactPoint);
  if (contact) draft.contactPoint = contact;
  return draft as ServiceDocument;
}

/** The boxes of a saved draft or a published version; `decimalComma` on a Latvian page. */
export function serviceFormFromDocument(doc: Partial<ServiceDocument>, decimalComma: boolean): ServiceForm {
  const steps = doc.steps ?? [];
  return {
    title: textForm(doc.title),
    description: textForm(doc.description),
    audience: doc.audience ?? [],
    kind: doc.kind ?? "",
    maturity: doc.maturity === undefined ? "" : String(doc.maturity),
    thematicArea: doc.thematicArea ?? "",
    keywords: { lv: (doc.keywords?.lv ?? []).join("\n"), en: (doc.keywords?.en ?? []).join("\n") },
    steps: { lv: steps.map((s) => s.lv).join("\n"), en: steps.map((s) => s.en).join("\n") },
    processingTime: textForm(doc.processingTime),
    channels: (doc.channels ?? []).map(channelForm),
    costs: (doc.costs ?? []).map((c) => costForm(c, decimalComma)),
    requirements: (doc.requirements ?? []).map(requirementForm),
    outputs: (doc.outputs ?? []).map(titledForm),
    legalBasis: (doc.legalBasis ?? []).map(legalForm),
    municipalities: doc.municipalities ?? [],
    template: doc.template === true,
    contactPoint: contactForm(doc.contactPoint),
  };
}

/** A new service's empty form: one empty group in each list that must have at least one. */
export function newServiceForm(): ServiceForm {
  return { ...serviceFormFromDocument({}, true), channels: [EMPTY.channel()], outputs: [EMPTY.titled()], legalBasis: [EMPTY.legal()] };
}
