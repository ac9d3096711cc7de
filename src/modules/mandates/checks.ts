// The questions other modules ask before acting for someone: does this agent hold a mandate in
// force from this principal for this e-service today; does this written authorisation let a
// consultant submit this e-service for this person today. Asked at the start and again at submission.
import type { Kysely, Transaction } from "kysely";
import type { IsoDate } from "../../platform/calendar/business-days.ts";
import type { Tables } from "../../platform/db/tables.ts";
import { type Authorisation, findAuthorisation } from "./authorisations.repository.ts";
import { type Mandate, mandatesInForce } from "./mandates.repository.ts";
import { covers, type Standing, standingOn } from "./scope.ts";

type Db = Kysely<Tables> | Transaction<Tables>;

export async function mandateFor(
  db: Db,
  q: { principalId: string; agentId: string; service: string; day: IsoDate },
): Promise<Mandate | null> {
  const mandates = await mandatesInForce(db, q.agentId, q.day, q.principalId);
  return mandates.find((m) => covers(m, q.service)) ?? null;
}

/** The persons an agent may act for today, each once, by name. */
export async function principalsOf(db: Db, agentId: string, day: IsoDate): Promise<{ personId: string; name: string }[]> {
  const seen = new Map<string, string>();
  for (const m of await mandatesInForce(db, agentId, day)) if (!seen.has(m.principalId)) seen.set(m.principalId, m.principalName);
  return [...seen].map(([personId, name]) => ({ personId, name }));
}

export type AuthorisationProblem = Exclude<Standing, "in_force"> | "scope" | "other_person" | "other_centre" | "unknown";

export type AuthorisationCheck =
  | { authorisation: Authorisation; problem: null }
  | { authorisation: Authorisation | null; problem: AuthorisationProblem };

export async function checkAuthorisation(
  db: Db,
  id: string,
  q: { personId: string; centre: string; service: string; day: IsoDate },
): Promise<AuthorisationCheck> {
  const authorisation = await findAuthorisation(db, id);
  if (!authorisation) return { authorisation: null, problem: "unknown" };
  if (authorisation.personId !== q.personId) return { authorisation, problem: "other_person" };
  if (authorisation.centre !== q.centre) return { authorisation, problem: "other_centre" };
  const standing = standingOn(authorisation, q.day);
  if (standing !== "in_force") return { authorisation, problem: standing };
  if (!covers(authorisation, q.service)) return { authorisation, problem: "scope" };
  return { authorisation, problem: null };
}
