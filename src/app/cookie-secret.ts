// Cookies are signed with COOKIE_SECRET. Outside production it may be left unset: the instance
// then makes one and keeps it in its database, so every process and every restart agree on it.
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Tables } from "../platform/db/tables.ts";

export async function cookieSecret(db: Kysely<Tables>, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto("platform.instance_secret")
    .values({ name: "cookie", value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("platform.instance_secret").select("value").where("name", "=", "cookie").executeTakeFirstOrThrow();
  return row.value;
}
