// The mapping both ways on its own, without a database: every optional part of the model that the
// demo catalogue happens not to use still comes back exactly as it went out.
import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalJson } from "../canonical-json.ts";
import type { CatalogueBatch } from "../commands/import-catalogue.ts";
import type { ServiceDocument } from "../model.ts";
import { catalogueDocument, serialise } from "./catalogue-document.ts";
import { mapGraph } from "./import-mapping.ts";
import { catalogueIris } from "./iris.ts";
import { loadDocument } from "./load-document.ts";
import { locate } from "./locations.ts";

const iris = catalogueIris("https://epak.example.lv");
const t = (lv: string, en: string) => ({ lv, en });

const TEMPLATE: ServiceDocument = {
  identifier: "majokla-pabalsts",
  title: t("Mājokļa pabalsts", "Housing benefit"),
  description: t("Pabalsts mājokļa izdevumiem.", "A benefit for housing costs."),
  institution: "LM",
  audience: ["residents", "businesses"],
  kind: "transactional",
  maturity: 3,
  thematicArea: "social_security",
  keywords: { lv: ["īre", "komunālie maksājumi"], en: [] },
  channels: [
    { type: "online", url: "/e-pakalpojumi/majokla-pabalsts", note: t("Ar eID", "") },
    { type: "centre", hours: t("P.–Pk. 8.30–17.00", "Mon–Fri 8.30–17.00") },
  ],
  processingTime: t("Viena mēneša laikā", "Within one month"),
  costs: [{ amount: 7.5, currency: "EUR", description: t("Valsts nodeva", "State fee") }],
  requirements: [
    { title: t("Deklarēta dzīvesvieta", "Registered residence"), evidence: [] },
    {
      title: t("Ienākumi", "Income"),
      description: t("", ""),
      evidence: [{ title: t("Izziņa", "Statement"), description: t("No darba devēja", "From the employer") }],
    },
  ],
  outputs: [{ title: t("Lēmums", "Decision"), description: t("Nosūta uz e-adresi", "Sent to the e-address") }],
  steps: [t("Iesniedziet iesniegumu", "Apply"), t("Saņemiet lēmumu", "Receive the decision")],
  legalBasis: [
    { title: t("Sociālo pakalpojumu likums", "Law on Social Services"), url: "https://likumi.lv/ta/id/68488" },
    { title: t("Noteikumi", "Regulations") },
  ],
  municipalities: ["CESIS", "RIGA"],
  template: true,
  contactPoint: {
    email: "lm@lm.gov.lv",
    phone: "+371 67021600",
    address: "Skolas iela 28, Rīga, LV-1331",
    hours: t("Darbdienās", "Working days"),
  },
};

const BATCH: CatalogueBatch = {
  institutions: [
    {
      identifier: "LM",
      kind: "ministry",
      name: t("Labklājības ministrija", "Ministry of Welfare"),
      shortName: "LM",
      contactPoint: {},
      website: "https://www.lm.gov.lv",
    },
    {
      identifier: "CESIS",
      kind: "municipality",
      name: t("Cēsu novada pašvaldība", "Cēsis Municipality"),
      parent: "LM",
      description: t("", "x"),
      contactPoint: { email: "dome@cesis.lv" },
    },
    { identifier: "RIGA", kind: "state_city", name: t("Rīgas valstspilsētas pašvaldība", "Riga"), contactPoint: { hours: t("", "") } },
  ],
  services: [TEMPLATE],
  localVariants: [
    {
      identifier: "majokla-pabalsts-cesis",
      template: "majokla-pabalsts",
      institution: "CESIS",
      costs: [],
      channels: [{ type: "in_person" }],
    },
    {
      identifier: "majokla-pabalsts-riga",
      template: "majokla-pabalsts",
      institution: "RIGA",
      costs: [{ amount: 0, currency: "EUR", description: t("Bez maksas", "Free") }],
      note: t("Piezīme", "Note"),
    },
  ],
  events: [
    {
      identifier: "bezdarbs",
      kind: "business",
      title: t("Bezdarbs", "Unemployment"),
      description: t("Apraksts", "Description"),
      keywords: { lv: ["darbs"], en: ["job"] },
      steps: [{ title: t("Pabalsts", "Benefit"), description: t("Ja", "If"), services: ["majokla-pabalsts", "majokla-pabalsts-riga"] }],
    },
    {
      identifier: "dzimsana",
      kind: "life",
      title: t("Dzimšana", "Birth"),
      description: t("A", "B"),
      steps: [{ title: t("S", "S"), services: ["majokla-pabalsts"] }],
    },
  ],
};

async function roundTrip(batch: CatalogueBatch) {
  const text = serialise(catalogueDocument(batch, iris));
  const loaded = await loadDocument(text);
  assert.ok(loaded.ok);
  return { text, mapping: mapGraph(loaded.nodes, iris) };
}

test("every part of every kind of document comes back exactly, and so does the text", async () => {
  const { text, mapping } = await roundTrip(BATCH);
  assert.deepEqual(mapping.problems, []);
  // The export is sorted by identifier; the documents are compared in that order.
  for (const kind of ["institutions", "services", "localVariants", "events"] as const)
    assert.deepEqual(mapping.batch[kind].map(canonicalJson).sort(), BATCH[kind].map(canonicalJson).sort(), kind);
  assert.equal(serialise(catalogueDocument(mapping.batch, iris)), text);
});

test("a problem is told by the node's IRI and the CPSV-AP property, position and language", async () => {
  const document = JSON.parse(serialise(catalogueDocument(BATCH, iris)));
  const service = document["@graph"].find((n: Record<string, unknown>) => n["dct:identifier"] === "majokla-pabalsts");
  service["cv:hasCompetentAuthority"] = ["https://epak.example.lv/iestades/LM", "https://epak.example.lv/iestades/CESIS"];
  service["cv:hasChannel"][1]["cv:openingHours"]["dct:description"] = { lv: ["a", "b"] };
  service["epak:step"][1]["dct:description"] = { lv: ["x", "y"], en: "z" };
  const loaded = await loadDocument(JSON.stringify(document));
  assert.ok(loaded.ok);
  const { problems } = mapGraph(loaded.nodes, iris);
  const where = `service "https://epak.example.lv/pakalpojumi/majokla-pabalsts"`;
  assert.deepEqual(
    problems.map((p) => `${locate(p.source, p.path)}: ${p.code}`),
    [
      `${where} cv:hasCompetentAuthority: too_many`,
      `${where} cv:hasChannel[2] cv:openingHours dct:description@lv: too_many`,
      `${where} epak:step[2] dct:description@lv: too_many`,
    ],
  );
});
