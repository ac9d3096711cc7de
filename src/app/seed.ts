// Demo data: each module's seed runs once per database, recorded in platform.seed_run, so a
// restart never loads it twice and a module added later still gets its data on an old database.
import type { Kysely } from "kysely";
import { systemContext } from "../platform/context.ts";
import type { Tables } from "../platform/db/tables.ts";
import type { EpakModule } from "../platform/module.ts";

export async function seedDemoData(db: Kysely<Tables>, modules: EpakModule[]): Promise<string[]> {
  const seeded: string[] = [];
  for (const mod of modules) {
    if (!mod.seed) continue;
    const seed = mod.seed;
    const done = await db.transaction().execute(async (trx) => {
      // The insert claims the module's seed; a concurrent starter waits on it and then skips.
      const claimed = await trx
        .insertInto("platform.seed_run")
        .values({ name: mod.name })
        .onConflict((oc) => oc.column("name").doNothing())
        .returning("name")
        .executeTakeFirst();
      if (!claimed) return false;
      await seed(systemContext("seed", trx));
      return true;
    });
    if (done) seeded.push(mod.name);
  }
  return seeded;
}
