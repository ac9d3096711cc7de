// Test data, built through the same commands the application uses, with defaults that make a
// valid record and overrides for what a test is about.
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { systemContext } from "../src/platform/context.ts";
import type { Tables } from "../src/platform/db/tables.ts";
import { inTransaction } from "../src/platform/db/transaction.ts";
import { createNotice } from "../src/platform/notices/site-notices.ts";

export async function siteNotice(
  db: Kysely<Tables>,
  overrides: Partial<{ level: "info" | "warning"; textLv: string; textEn: string; endsAt: Date }> = {},
): Promise<{ id: number; textLv: string; textEn: string }> {
  const tag = randomUUID().slice(0, 8);
  const input = { level: "warning" as const, textLv: `Plānoti darbi ${tag}`, textEn: `Planned maintenance ${tag}`, ...overrides };
  const id = await inTransaction(db, (trx) => createNotice(systemContext("test", trx), input));
  return { id, textLv: input.textLv, textEn: input.textEn };
}
