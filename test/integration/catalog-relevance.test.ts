// The catalogue benchmark's own parts on the demo catalogue: the relevance harness scores a few
// queries as it scores the whole set, and the generator's services keep the catalogue's rules
// and import. Speed is the benchmark's business (`npm run bench:catalog`), never asserted here.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { generateServices } from "../../bench/catalog-generator.ts";
import { measureRelevance, relevanceSet, SUCCESS_DEPTH, unknownExpectations } from "../../bench/catalog-relevance.ts";
import { importCatalogue } from "../../src/modules/catalog/commands/import-catalogue.ts";
import { DEMO_CATALOGUE } from "../../src/modules/catalog/demo/index.ts";
import { SynonymSource } from "../../src/modules/catalog/search/synonym-source.ts";
import { seedCatalogue } from "../../src/modules/catalog/seed.ts";
import { systemContext } from "../../src/platform/context.ts";
import { inTransaction } from "../../src/platform/db/transaction.ts";
import { type TestDatabase, testDatabase } from "../harness/database.ts";

describe("catalogue benchmark on the demo catalogue", () => {
  let database: TestDatabase;

  before(async () => {
    database = await testDatabase();
    await inTransaction(database.db, (trx) => seedCatalogue(systemContext("test", trx)));
  });
  after(() => database.close());

  test("the relevance harness ranks each query and scores success@3 and MRR from the ranks", async () => {
    const [first] = relevanceSet("catalog-relevance.json");
    assert.ok(first, "the relevance set has queries");
    const queries = [first, { q: "Pases izsniegšana", expect: ["pases-izsniegsana"] }, { q: "pase", expect: ["no-such-service"] }];
    const figures = await measureRelevance(database.db, new SynonymSource(0), queries);

    assert.equal(figures.queries, 3);
    for (const [i, outcome] of figures.outcomes.entries()) {
      assert.equal(outcome.q, queries[i]?.q);
      assert.ok(outcome.top.length > 0, `"${outcome.q}" finds services`);
      const index = outcome.top.findIndex((id) => outcome.expect.includes(id));
      assert.equal(outcome.rank, index === -1 ? null : index + 1);
    }
    assert.equal(figures.outcomes[2]?.rank, null, "a service that does not exist is never found");
    const passed = figures.outcomes.filter((o) => o.rank !== null && o.rank <= SUCCESS_DEPTH);
    assert.equal(figures.successAt3, passed.length / 3);
    assert.deepEqual(
      figures.failures.map((f) => f.q),
      figures.outcomes.filter((o) => !passed.includes(o)).map((o) => o.q),
    );
    const reciprocal = figures.outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0);
    assert.equal(figures.mrr, reciprocal / 3);

    assert.deepEqual(await unknownExpectations(database.db, queries), [{ q: "pase", missing: ["no-such-service"] }]);
  });

  test("the generator's services are the same for the same seed, keep the rules and import", async () => {
    const options = {
      count: 40,
      seed: 7,
      institutions: DEMO_CATALOGUE.institutions,
      reserved: DEMO_CATALOGUE.services.map((s) => s.identifier),
    };
    const services = generateServices(options);
    assert.deepEqual(generateServices(options), services);
    assert.notDeepEqual(generateServices({ ...options, seed: 8 }), services);
    assert.equal(new Set(services.map((s) => s.identifier)).size, 40);

    const result = await inTransaction(database.db, (trx) =>
      importCatalogue(systemContext("test", trx), { institutions: [], services, localVariants: [], events: [] }),
    );
    assert.deepEqual(result.ok ? result.report.services : result.problems, { created: 40, updated: 0, unchanged: 0 });
  });
});
