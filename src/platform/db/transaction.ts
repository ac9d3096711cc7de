import type { Kysely, Transaction } from "kysely";
import type { Tables } from "./tables.ts";
import { runInTransactionScope } from "./transaction-scope.ts";

/**
 * Runs `fn` in a transaction: commits when it returns, rolls back when it throws. Called inside
 * a transaction already, it joins that one, so a use case can be composed of others.
 */
export async function inTransaction<T>(db: Kysely<Tables>, fn: (trx: Transaction<Tables>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Tables>);
  return db.transaction().execute((trx) => runInTransactionScope(() => fn(trx)));
}
