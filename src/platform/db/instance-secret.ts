// Secrets an instance makes for itself when none is configured (outside production): kept in
// the database, so that every process and every restart agree on them.
import type { Kysely } from "kysely";
import type { Tables } from "./tables.ts";

export async function instanceSecret(db: Kysely<Tables>, name: string, make: () => string): Promise<string> {
  await db
    .insertInto("platform.instance_secret")
    .values({ name, value: make() })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("platform.instance_secret").select("value").where("name", "=", name).executeTakeFirstOrThrow();
  return row.value;
}

/**
 * The secret Epak and the development identity provider share when OIDC_CLIENT_SECRET is not
 * set: both sides read it from here.
 */
export const OIDC_CLIENT_SECRET = "oidc-client-secret";
