// The catalogue's core as other parts use it: importing documents all-or-nothing, the editors'
// draft → review → publish workflow with four eyes, versions, and search over what is published.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { publishedService } from "../../src/modules/catalog/catalog.repository.ts";
import { importCatalogue } from "../../src/modules/catalog/commands/import-catalogue.ts";
import { publishService, returnServiceDraft } from "../../src/modules/catalog/commands/publish-service.ts";
import { saveServiceDraft } from "../../src/modules/catalog/commands/save-service-draft.ts";
import { submitServiceForReview } from "../../src/modules/catalog/commands/submit-service-for-review.ts";
import type { EventDocument, InstitutionDocument, LocalVariantDocument, ServiceDocument } from "../../src/modules/catalog/model.ts";
import { searchServices } from "../../src/modules/catalog/queries/search-services.ts";
import { SynonymSource } from "../../src/modules/catalog/search/synonym-source.ts";
import type { Context } from "../../src/platform/context.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { AppError } from "../../src/platform/errors.ts";
import { type TestDatabase, testDatabase } from "../harness/database.ts";

const text = (lv: string, en: string) => ({ lv, en });

const INSTITUTIONS: InstitutionDocument[] = [
  { identifier: "TESTA-IESTADE", kind: "agency", name: text("Testa pārvalde", "Test Office"), shortName: "TP", contactPoint: {} },
  { identifier: "TESTA-NOVADS", kind: "municipality", name: text("Testa novada pašvaldība", "Test Municipality"), contactPoint: {} },
];

function service(identifier: string, title: { lv: string; en: string }, extra: Partial<ServiceDocument> = {}): ServiceDocument {
  return {
    identifier,
    title,
    description: text(`${title.lv} — apraksts.`, `${title.en} — description.`),
    institution: "TESTA-IESTADE",
    audience: ["residents"],
    kind: "transactional",
    maturity: 4,
    thematicArea: "residence",
    keywords: { lv: [], en: [] },
    channels: [{ type: "online", url: "https://www.latvija.lv" }],
    processingTime: text("Līdz 5 darbdienām", "Up to 5 working days"),
    costs: [],
    requirements: [],
    outputs: [{ title: text("Lēmums", "Decision") }],
    steps: [text("Iesniedziet iesniegumu", "Submit an application")],
    legalBasis: [{ title: text("Testa likums", "Test Law") }],
    municipalities: [],
    ...extra,
  };
}

const DECLARING = service("testa-dzivesvietas-deklaresana", text("Dzīvesvietas deklarēšana", "Declaring the place of residence"), {
  keywords: { lv: ["pierakstīšanās"], en: ["registration of address"] },
});
const BENEFIT = service("testa-apbedisanas-pabalsts", text("Apbedīšanas pabalsts", "Funeral benefit"), { thematicArea: "social_security" });
const TEMPLATE = service("testa-majokla-pabalsts", text("Mājokļa pabalsts", "Housing benefit"), { template: true });
const VARIANT: LocalVariantDocument = {
  identifier: "testa-majokla-pabalsts-testa-novads",
  template: TEMPLATE.identifier,
  institution: "TESTA-NOVADS",
  note: text("Pieņem sociālajā dienestā", "Accepted at the social service"),
};
const EVENT: EventDocument = {
  identifier: "testa-parcelsanas",
  kind: "life",
  title: text("Pārcelšanās", "Moving house"),
  description: text("Kad maināt dzīvesvietu.", "When you move."),
  steps: [{ title: text("Deklarējiet dzīvesvietu", "Declare your residence"), services: [DECLARING.identifier] }],
};
const BATCH = { institutions: INSTITUTIONS, services: [DECLARING, BENEFIT, TEMPLATE], localVariants: [VARIANT], events: [EVENT] };

describe("catalogue core", () => {
  let database: TestDatabase;
  const as = <T>(actor: string, fn: (ctx: Context) => Promise<T>) =>
    inTransaction(database.db, (trx) => fn({ actor, onBehalfOf: null, channel: "online", trx, requestId: null }));
  const search = (q: string, filters = {}) =>
    searchServices(database.db, new SynonymSource(0), { q, filters, page: 1, limit: 20, facets: true });

  before(async () => {
    database = await testDatabase();
    const result = await as("system:test", (ctx) => importCatalogue(ctx, BATCH));
    assert.ok(result.ok, JSON.stringify(result));
    await database.db.insertInto("catalog.synonym").values({ from_phrase: "pieraksts", to_phrase: "dzīvesvietas deklarēšana" }).execute();
  });
  after(() => database.close());

  test("an import creates, and the same import again changes nothing", async () => {
    const again = await as("system:test", (ctx) => importCatalogue(ctx, BATCH));
    assert.ok(again.ok);
    assert.deepEqual(again.report.services, { created: 0, updated: 0, unchanged: 4 });
    assert.deepEqual(again.report.institutions, { created: 0, updated: 0, unchanged: 2 });
  });

  test("an import with a problem anywhere writes nothing and says where", async () => {
    const broken = service("testa-jauns", text("Jauns", ""), { institution: "NAV-TADAS" });
    const orphan = service("testa-otrs", text("Otrs", "Second"), { institution: "NAV-TADAS" });
    const result = await as("system:test", (ctx) =>
      importCatalogue(ctx, { ...BATCH, services: [...BATCH.services, broken, orphan], institutions: [] }),
    );
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(
      result.problems.map((p) => `${p.identifier} ${p.path} ${p.code}`),
      ["testa-jauns title.en required", "testa-otrs institution unknown_reference"],
    );
    const rows = await database.db.selectFrom("catalog.service").select("identifier").where("identifier", "like", "testa-%").execute();
    assert.equal(rows.length, 4);
  });

  test("a local variant reads as its template with the municipality's details", async () => {
    const variant = await publishedService(database.db, VARIANT.identifier);
    assert.equal(variant?.document.title.lv, "Mājokļa pabalsts (Testa novada pašvaldība)");
    assert.equal(variant?.document.localNote?.en, "Accepted at the social service");
    const template = await publishedService(database.db, TEMPLATE.identifier);
    assert.deepEqual(
      template?.variants.map((v) => v.identifier),
      [VARIANT.identifier],
    );
  });

  test("search finds words without diacritics, in other forms, by everyday words, with typos, in English", async () => {
    const first = async (q: string) => (await search(q)).hits[0]?.identifier;
    assert.equal(await first("dzivesvietas deklaresana"), DECLARING.identifier);
    assert.equal(await first("deklarēt dzīvesvietu"), DECLARING.identifier);
    assert.equal(await first("pieraksts"), DECLARING.identifier);
    assert.equal(await first("apbedisanas pabalsti"), BENEFIT.identifier);
    assert.equal(await first("apbedīšnas"), BENEFIT.identifier);
    assert.equal(await first("funeral benefits"), BENEFIT.identifier);
    const typo = await search("apbedīšnas");
    assert.equal(typo.corrected, true);
  });

  test("a municipal service shows once as its template, and as the variant where a municipality is chosen", async () => {
    const national = await search("mājokļa pabalsts");
    assert.equal(national.hits[0]?.identifier, TEMPLATE.identifier);
    assert.ok(!national.hits.some((h) => h.identifier === VARIANT.identifier));
    const local = await search("mājokļa pabalsts", { municipality: "TESTA-NOVADS" });
    assert.equal(local.hits[0]?.identifier, VARIANT.identifier);
    assert.ok(!local.hits.some((h) => h.identifier === TEMPLATE.identifier));
    // The municipality's count says how many results choosing it gives.
    assert.equal(national.facets?.municipality.find((f) => f.value === "TESTA-NOVADS")?.count, local.total);
  });

  test("an editor's draft is kept with its problems, then reviewed and published by someone else", async () => {
    const draft = { ...BENEFIT, description: text("Jauns apraksts par apbedīšanu.", "") };
    const saved = await as("user:editor-1", (ctx) => saveServiceDraft(ctx, { document: draft, institution: "TESTA-IESTADE" }));
    assert.deepEqual(saved.problems, [{ path: "description.en", code: "required" }]);
    await assert.rejects(
      as("user:editor-1", (ctx) => submitServiceForReview(ctx, { identifier: BENEFIT.identifier, institution: "TESTA-IESTADE" })),
      (e: unknown) =>
        e instanceof AppError && e.code === "validation_failed" && e.fields?.["description.en"] === "catalog.problem.required",
    );
    const fixed = { ...draft, description: text("Jauns apraksts par apbedīšanu.", "A new description of funerals.") };
    await as("user:editor-1", (ctx) => saveServiceDraft(ctx, { document: fixed, institution: "TESTA-IESTADE" }));
    await as("user:editor-1", (ctx) => submitServiceForReview(ctx, { identifier: BENEFIT.identifier, institution: "TESTA-IESTADE" }));
    await assert.rejects(
      as("user:editor-1", (ctx) => publishService(ctx, { identifier: BENEFIT.identifier, institution: "TESTA-IESTADE" })),
      (e: unknown) => e instanceof AppError && e.code === "catalog_review_by_another",
    );
    await as("user:editor-2", (ctx) => returnServiceDraft(ctx, { identifier: BENEFIT.identifier, institution: "TESTA-IESTADE" }));
    await as("user:editor-1", (ctx) => submitServiceForReview(ctx, { identifier: BENEFIT.identifier, institution: "TESTA-IESTADE" }));
    const version = await as("user:editor-2", (ctx) =>
      publishService(ctx, { identifier: BENEFIT.identifier, institution: "TESTA-IESTADE" }),
    );
    assert.equal(version, 2);
    const published = await publishedService(database.db, BENEFIT.identifier);
    assert.equal(published?.document.description.en, "A new description of funerals.");
    const versions = await database.db
      .selectFrom("catalog.service_version")
      .select(["version", "published_by", "submitted_by"])
      .where("service", "=", BENEFIT.identifier)
      .orderBy("version")
      .execute();
    assert.deepEqual(
      versions.map((v) => [v.version, v.published_by, v.submitted_by]),
      [
        [1, "system:test", null],
        [2, "user:editor-2", "user:editor-1"],
      ],
    );
  });

  test("an editor cannot save over another institution's service", async () => {
    await assert.rejects(
      as("user:editor-3", (ctx) =>
        saveServiceDraft(ctx, { document: { ...BENEFIT, institution: "TESTA-NOVADS" }, institution: "TESTA-NOVADS" }),
      ),
      (e: unknown) => e instanceof AppError && e.code === "forbidden",
    );
  });
});
