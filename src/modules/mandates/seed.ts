// A demo mandate between two persons of the demo population register, so that the demo shows
// acting for someone else: Austra Kalniņa (over 85) lets her grandson Kristaps Kalniņš use every
// e-service for her for a year. Their names are written here as in the register: seeding runs
// before the bus can be asked.
import { addMonths, dateInRiga } from "../../platform/calendar/business-days.ts";
import type { Context } from "../../platform/context.ts";
import { ensurePerson } from "../identity/index.ts";
import { grantMandate } from "./commands/grant-mandate.ts";

export const DEMO_MANDATE = {
  principal: { personalCode: "05083716429", givenName: "Austra", familyName: "Kalniņa" },
  agent: { personalCode: "20010520340", givenName: "Kristaps", familyName: "Kalniņš" },
} as const;

export async function seedMandates(ctx: Context): Promise<void> {
  const now = new Date();
  const today = dateInRiga(now);
  const principal = await ensurePerson(ctx.trx, DEMO_MANDATE.principal);
  const agent = await ensurePerson(ctx.trx, DEMO_MANDATE.agent);
  await grantMandate(ctx, {
    principal: { id: principal.id, name: `${principal.givenName} ${principal.familyName}` },
    agent: { id: agent.id, name: `${agent.givenName} ${agent.familyName}` },
    terms: { allServices: true, services: [], validFrom: today, validUntil: addMonths(today, 12) },
    now,
  });
}
