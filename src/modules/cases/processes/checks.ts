// The register checks automatic steps make, through the bus as Epak's case system, on behalf of
// the case (its number travels as the bus's "issue", so the person sees why their data was read).
import { dateInRiga } from "../../../platform/calendar/business-days.ts";
import type { AppServices } from "../../../platform/module.ts";
import { busClient, EPAK_SYSTEMS, REGISTER_SERVICES } from "../../exchange/index.ts";
import { findPersonById } from "../../identity/index.ts";
import type { CaseRow } from "../cases.repository.ts";
import type { CheckKind } from "./model.ts";

export type CheckResult = { outcome: "ok" | "attention" | "unavailable"; data: Record<string, unknown> };

type Period = { from: string; to: string | null; employer?: { name: string } | null };

/** Months of the last twelve (before this one) in which the person was insured on any day. */
export function insuredMonths(periods: readonly Period[], today: string): number {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  let count = 0;
  for (let back = 1; back <= 12; back++) {
    const first = new Date(Date.UTC(year, month - back, 1)).toISOString().slice(0, 10);
    const last = new Date(Date.UTC(year, month - back + 1, 0)).toISOString().slice(0, 10);
    if (periods.some((p) => p.from <= last && (p.to === null || p.to >= first))) count += 1;
  }
  return count;
}

export async function runCheck(services: AppServices, kind: CheckKind, c: CaseRow): Promise<CheckResult> {
  const person = c.subject_person_id ? await findPersonById(services.db, c.subject_person_id) : null;
  if (!person) return { outcome: "unavailable", data: { reason: "no_person" } };
  const bus = busClient(services, EPAK_SYSTEMS.cases);
  const call = { userId: `system:cases`, issue: c.number };
  try {
    if (kind === "insurance") {
      const answer = await bus.get<{ periods: Period[] }>({
        ...call,
        service: REGISTER_SERVICES.insurance,
        path: `/${person.personalCode}/periods`,
      });
      const periods = answer?.periods ?? [];
      const months = insuredMonths(periods, dateInRiga(services.clock.now()));
      return {
        outcome: months >= 12 ? "ok" : "attention",
        data: {
          insuredMonths: months,
          periods: periods.slice(-3).map((p) => ({ from: p.from, to: p.to, employer: p.employer?.name ?? null })),
        },
      };
    }
    const entry = await bus.get<{ declaredAddress: { text: string } | null; deceasedOn: string | null }>({
      ...call,
      service: REGISTER_SERVICES.persons,
      path: `/${person.personalCode}`,
    });
    if (!entry) return { outcome: "attention", data: { inRegister: false } };
    return {
      outcome: entry.deceasedOn ? "attention" : "ok",
      data: { inRegister: true, declaredAddress: entry.declaredAddress?.text ?? null },
    };
  } catch {
    // The officer sees the register did not answer and can decide without it, or wait.
    return { outcome: "unavailable", data: {} };
  }
}
