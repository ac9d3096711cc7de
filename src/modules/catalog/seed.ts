// Demo data: the demo catalogue and the everyday words search knows, loaded as an import would.
import type { Context } from "../../platform/context.ts";
import { importCatalogue } from "./commands/import-catalogue.ts";
import { DEMO_CATALOGUE } from "./demo/index.ts";
import { SYNONYMS } from "./search/synonyms.ts";

export async function seedCatalogue(ctx: Context): Promise<void> {
  const result = await importCatalogue(ctx, DEMO_CATALOGUE);
  if (!result.ok) {
    const lines = result.problems.slice(0, 20).map((p) => `${p.kind} ${p.identifier}: ${p.path} ${p.code}`);
    throw new Error(`The demo catalogue does not keep the catalogue's rules:\n${lines.join("\n")}`);
  }
  const rows = SYNONYMS.map((s) => ({ from_phrase: s.from, to_phrase: s.to }));
  if (rows.length)
    await ctx.trx
      .insertInto("catalog.synonym")
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
}
