// Marks the code running inside inTransaction(). On the embedded database the transaction holds
// the only connection, so reaching for the database any other way from inside it would wait
// for itself forever; the PGlite driver asks this scope and fails at once with a clear message.
import { AsyncLocalStorage } from "node:async_hooks";

const scope = new AsyncLocalStorage<true>();

export function runInTransactionScope<T>(fn: () => Promise<T>): Promise<T> {
  return scope.run(true, fn);
}

export function assertOutsideTransaction(): void {
  if (scope.getStore()) {
    throw new Error(
      "Database used outside the open transaction: inside inTransaction() use the transaction (ctx.trx), not the database, or the embedded database would wait for itself",
    );
  }
}
