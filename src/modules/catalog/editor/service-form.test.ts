import assert from "node:assert/strict";
import { test } from "node:test";
import { Messages } from "../../../platform/i18n/messages.ts";
import { DEMO_CATALOGUE } from "../demo/index.ts";
import { localVariantSchema, problemsOf, serviceSchema } from "../document-schema.ts";
import { fieldLabel, valueLabel } from "./field-labels.ts";
import { fieldId, problemsByField, problemTarget } from "./field-paths.ts";
import { applyListAction, formActionOf } from "./form-action.ts";
import { serviceDocumentOf, serviceFormFromDocument, serviceFormOf } from "./service-form.ts";
import { variantDocumentOf, variantFormFromDocument } from "./variant-form.ts";

const lv = new Messages().translator("lv");
const en = new Messages().translator("en");

test("every demo service and local variant reads back from its form unchanged, in either language's number format", () => {
  for (const doc of DEMO_CATALOGUE.services) {
    for (const decimalComma of [true, false]) {
      const form = serviceFormFromDocument(doc, decimalComma);
      assert.deepEqual(serviceDocumentOf(form, doc.identifier, doc.institution), doc, doc.identifier);
    }
  }
  for (const doc of DEMO_CATALOGUE.localVariants) {
    const form = variantFormFromDocument(doc, true);
    assert.deepEqual(variantDocumentOf(form, doc.identifier, doc.template, doc.institution), doc, doc.identifier);
  }
});

test("an incomplete form is kept as typed, and each problem names a field the form has", () => {
  const body = {
    "title.lv": "Suņa reģistrācija",
    "title.en": "",
    "description.lv": "Pirmā rinda\r\notrā rinda",
    kind: "",
    maturity: "3",
    audience: ["residents", "businesses"],
    "costs.0.amount": "divi eiro",
    "costs.0.description.lv": "Nodeva",
    "costs.0.description.en": "Fee",
    "costs.2.amount": "12,50",
    "costs.2.description.lv": "Ar karti",
    "costs.2.description.en": "By card",
    "requirements.0.title.lv": "Suns ir čipēts",
    "requirements.0.title.en": "The dog is chipped",
    "requirements.0.evidence.1.title.lv": "",
    "requirements.0.evidence.1.title.en": "",
    "steps.lv": "Aizpildiet iesniegumu\r\n\r\nSaņemiet atbildi\r\n",
    "steps.en": "Fill in the application",
    "keywords.lv": " suns \n\nmājdzīvnieks",
  };
  const form = serviceFormOf(body);
  const doc = serviceDocumentOf(form, "suna-registracija", "RIGA");
  assert.equal(doc.description.lv, "Pirmā rinda\notrā rinda");
  assert.deepEqual(doc.audience, ["residents", "businesses"]);
  assert.equal(doc.maturity, 3);
  assert.equal(doc.kind, undefined);
  // Groups keep their order but not the gaps in their numbers.
  assert.deepEqual(
    doc.costs.map((c) => c.amount),
    ["divi eiro", 12.5],
  );
  assert.deepEqual(doc.steps, [
    { lv: "Aizpildiet iesniegumu", en: "Fill in the application" },
    { lv: "Saņemiet atbildi", en: "" },
  ]);
  assert.deepEqual(doc.keywords, { lv: ["suns", "mājdzīvnieks"], en: [] });
  assert.deepEqual(doc.requirements[0]?.evidence, [{ title: { lv: "", en: "" } }]);

  const problems = problemsOf(serviceSchema, doc);
  const byPath = Object.fromEntries(problems.map((p) => [p.path, p.code]));
  assert.equal(byPath["title.en"], "required");
  assert.equal(byPath.kind, "required");
  assert.equal(byPath["costs.0.amount"], "invalid_amount");
  assert.equal(byPath["requirements.0.evidence.0.title.lv"], "required");
  assert.equal(byPath["steps.1.en"], "required");
  assert.equal(byPath.channels, "required");
  const fields = problemsByField(Object.fromEntries(problems.map((p) => [p.path, `catalog.problem.${p.code}`])));
  for (const id of ["title-en", "kind", "costs-0-amount", "requirements-0-evidence-0-title-lv", "steps-en", "channels"]) {
    assert.ok(id in fields, `no message for #${id}: ${Object.keys(fields).join(", ")}`);
  }
  // The text typed where an amount belongs comes back into the box as it was.
  assert.equal(serviceFormFromDocument(doc, true).costs[0]?.amount, "divi eiro");
  assert.equal(serviceFormFromDocument(doc, true).costs[1]?.amount, "12,50");
});

test("a problem is shown at the field that holds it, or at its list", () => {
  assert.equal(problemTarget("requirements.0.evidence.1.title.lv"), "requirements-0-evidence-1-title-lv");
  assert.equal(problemTarget("keywords.en.3"), "keywords-en");
  assert.equal(problemTarget("steps"), "steps-lv");
  assert.equal(problemTarget("steps.2.en"), "steps-en");
  assert.equal(problemTarget("audience.1"), "audience");
  assert.equal(problemTarget("municipalities.0"), "municipalities");
  assert.equal(problemTarget("costs.1.currency"), "costs-1-amount");
  assert.equal(problemTarget("outputs"), "outputs");
  assert.equal(problemTarget("document"), "service-form");
  assert.equal(fieldId("contactPoint.hours.lv"), "contactPoint-hours-lv");
});

test("fields are named in the page's language, enum values as words", () => {
  assert.equal(fieldLabel(lv, "requirements.0.evidence.1.title.lv"), "1. prasība › 2. dokuments › Nosaukums (latviski)");
  assert.equal(fieldLabel(en, "requirements.0.evidence.1.title.lv"), "Requirement 1 › Document 2 › Title (in Latvian)");
  assert.equal(fieldLabel(lv, "keywords.en.2"), "3. atslēgvārds (angliski)");
  assert.equal(fieldLabel(en, "channels.0.hours.en"), "Channel 1 › Opening hours (in English)");
  assert.equal(fieldLabel(lv, "kind"), "Pakalpojuma veids");
  assert.equal(valueLabel(lv, "lv", "channels.1.type", "centre"), "Valsts un pašvaldības vienotie klientu apkalpošanas centri");
  assert.equal(valueLabel(en, "en", "audience.0", "businesses"), "Businesses");
  assert.equal(valueLabel(lv, "lv", "costs.0.amount", "12.5"), "12,50\u00a0€");
  assert.equal(valueLabel(lv, "lv", "maturity", "4"), "4. līmenis: pakalpojumu var pieprasīt un saņemt tiešsaistē");
  assert.equal(valueLabel(lv, "lv", "title.lv", "Pases izsniegšana"), "Pases izsniegšana");
  assert.equal(valueLabel(lv, "lv", "kind", "unknown"), "unknown");
});

test("'add another' and 'remove' change only their own list, and unknown buttons save", () => {
  const form = serviceFormOf({
    "requirements.0.title.lv": "A",
    "requirements.1.title.lv": "B",
    "requirements.1.evidence.0.title.lv": "B1",
  });
  const added = applyListAction(form, { kind: "add", list: "requirements.1.evidence" });
  assert.deepEqual(
    added.requirements[1]?.evidence.map((e) => e.title.lv),
    ["B1", ""],
  );
  assert.equal(form.requirements[1]?.evidence.length, 1, "the form itself is not changed");
  const removed = applyListAction(added, { kind: "remove", list: "requirements", index: 0 });
  assert.deepEqual(
    removed.requirements.map((r) => r.title.lv),
    ["B"],
  );
  assert.deepEqual(formActionOf({ action: "add:requirements.1.evidence" }), { kind: "add", list: "requirements.1.evidence" });
  assert.deepEqual(formActionOf({ action: "remove:channels.2" }), { kind: "remove", list: "channels", index: 2 });
  assert.deepEqual(formActionOf({ action: "submit" }), { kind: "submit" });
  assert.deepEqual(formActionOf({ action: "add:title" }), { kind: "save" });
  assert.deepEqual(formActionOf({ action: "remove:__proto__.0" }), { kind: "save" });
  assert.deepEqual(formActionOf({}), { kind: "save" });
});

test("a local variant with no costs or channels of its own leaves the template's to apply", () => {
  const doc = variantDocumentOf(
    { costs: [], channels: [], contactPoint: { email: "", phone: "", address: " ", hours: { lv: "", en: "" } }, note: { lv: "", en: "" } },
    "majokla-pabalsts-cesis",
    "majokla-pabalsts",
    "CESIS",
  );
  assert.deepEqual(doc, { identifier: "majokla-pabalsts-cesis", template: "majokla-pabalsts", institution: "CESIS" });
  assert.deepEqual(problemsOf(localVariantSchema, doc), []);
});
