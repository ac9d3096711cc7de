// A payment whose provider never called back is settled by asking the provider: every minute, the
// attempts that have waited longer than a minute are queried. One the provider was never reached
// for (the process stopped between the two steps of starting) fails after a quarter of an hour.
import { systemContext } from "../../../platform/context.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import type { JobDefinition } from "../../../platform/jobs/jobs.ts";
import type { AppServices } from "../../../platform/module.ts";
import { recordStartFailed } from "../commands/record-start.ts";
import { refreshPayment } from "../payment-flow.ts";
import { openPayments } from "../payments.repository.ts";
import { providerRegistry } from "../providers/registry.ts";

export const QUERY_JOB = "payments.payment.query";
const WAIT_MS = 60_000;
const NEVER_STARTED_MS = 15 * 60_000;
const BATCH = 50;

/** Queries what is open; returns how many payments it settled. */
export async function queryOpenPayments(services: Pick<AppServices, "db" | "config" | "fetch" | "localOrigin" | "clock">): Promise<number> {
  const registry = await providerRegistry(services);
  const now = services.clock.now();
  const deps = { db: services.db, registry, now: () => services.clock.now() };
  const contextFor = (trx: Parameters<typeof systemContext>[1]) => systemContext(QUERY_JOB, trx);
  let settled = 0;
  for (const payment of await openPayments(services.db, new Date(now.getTime() - WAIT_MS), BATCH)) {
    if (payment.status === "new") {
      if (now.getTime() - payment.createdAt.getTime() < NEVER_STARTED_MS) continue;
      await inTransaction(services.db, (trx) => recordStartFailed(contextFor(trx), payment.id, now));
      settled++;
      continue;
    }
    const after = await refreshPayment(deps, contextFor, payment);
    if (after.status !== payment.status) settled++;
  }
  return settled;
}

export function queryOpenPaymentsJob(services: () => AppServices): JobDefinition {
  return {
    name: QUERY_JOB,
    schedule: "* * * * *",
    retryLimit: 0,
    async handler() {
      await queryOpenPayments(services());
    },
  };
}
