// Cookies are signed with COOKIE_SECRET. Outside production it may be left unset: the instance
// then makes one and keeps it in its database.
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { instanceSecret } from "../platform/db/instance-secret.ts";
import type { Tables } from "../platform/db/tables.ts";

export async function cookieSecret(db: Kysely<Tables>, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  return instanceSecret(db, "cookie", () => randomBytes(32).toString("base64url"));
}
