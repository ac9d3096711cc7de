// The provider telling Epak what became of a payment: a signed POST to the callback path Epak
// gave, over HTTP to Epak's own address. The ones due at once are sent while the person's browser
// waits (as banks do before sending the person back); late ones and failed ones are sent by a job
// every minute, which gives up on one after ten tries.
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";
import type { JobDefinition } from "../../platform/jobs/jobs.ts";
import type { AppServices } from "../../platform/module.ts";
import { dueCallbacks, findDevPayment, markCallback, reportOf } from "./dev-pay.repository.ts";
import { devPaySecret, SIGNATURE_HEADER, sign } from "./protocol.ts";

export const DELIVER_JOB = "dev-pay.callback.deliver";
const MAX_TRIES = 10;
const TIMEOUT_MS = 10_000;

export type CallbackDeps = { db: Kysely<Tables>; secret: string; origin: () => string; fetch: typeof fetch };

async function send(deps: CallbackDeps, paymentId: string, now: Date): Promise<boolean> {
  const payment = await findDevPayment(deps.db, paymentId);
  if (!payment) return true;
  const body = JSON.stringify(reportOf(payment, now));
  try {
    const response = await deps.fetch(`${deps.origin()}${payment.callbackPath}`, {
      method: "POST",
      headers: { "content-type": "application/json", [SIGNATURE_HEADER]: sign(body, deps.secret) },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/** Sends what is due (only one payment's, when named); returns how many were sent. */
export async function deliverCallbacks(deps: CallbackDeps, now: Date, paymentId: string | null = null): Promise<number> {
  let sent = 0;
  for (const callback of await dueCallbacks(deps.db, now, paymentId, 50)) {
    const ok = await send(deps, callback.paymentId, now);
    await markCallback(deps.db, callback.id, ok || callback.tries + 1 >= MAX_TRIES ? now : null);
    if (ok) sent++;
  }
  return sent;
}

export async function callbackDeps(services: Pick<AppServices, "db" | "config" | "localOrigin" | "fetch">): Promise<CallbackDeps> {
  return { db: services.db, secret: await devPaySecret(services), origin: services.localOrigin, fetch: services.fetch };
}

export function deliverCallbacksJob(services: () => AppServices): JobDefinition {
  return {
    name: DELIVER_JOB,
    schedule: "* * * * *",
    retryLimit: 0,
    async handler() {
      const ready = services();
      await deliverCallbacks(await callbackDeps(ready), ready.clock.now());
    },
  };
}
