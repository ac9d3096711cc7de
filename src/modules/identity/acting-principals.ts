// Whom else a person may act for besides companies and units: the persons who mandated them.
// Identity switches sessions and checks them on every request, but mandates are the mandates
// module's; that module supplies this lookup when its routes are set up, and without it no one
// acts for another person.
import type { FastifyInstance } from "fastify";

export type Principal = { personId: string; name: string };

/** The persons `agentId` may act for now (mandates in force, of any scope). */
export type PrincipalSource = (agentId: string) => Promise<Principal[]>;

const sources = new WeakMap<FastifyInstance, PrincipalSource>();

export function providePrincipals(app: FastifyInstance, source: PrincipalSource): void {
  sources.set(app, source);
}

export async function principalsOf(app: FastifyInstance, agentId: string): Promise<Principal[]> {
  return (await sources.get(app)?.(agentId)) ?? [];
}
