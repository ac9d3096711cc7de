// Identity: login through OpenID Connect, sessions, staff memberships, acting for companies,
// and "my data". Other modules use only what is exported here.
import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { instanceSecret, OIDC_CLIENT_SECRET } from "../../platform/db/instance-secret.ts";
import type { AppServices, EpakModule } from "../../platform/module.ts";
import { accountRoutes } from "./account.routes.tsx";
import { principalsOf } from "./acting-principals.ts";
import { tidySessionsJob } from "./jobs/tidy-sessions.ts";
import { loginRoutes } from "./login.routes.tsx";
import { RelyingParty } from "./oidc/relying-party.ts";
import { Registers } from "./registers.ts";
import { seedIdentity } from "./seed.ts";
import { registerSessionHook } from "./session-hook.ts";
import { Sessions } from "./sessions.ts";
import { staffRoutes } from "./staff.routes.tsx";

export { type Principal, type PrincipalSource, providePrincipals } from "./acting-principals.ts";
export { actingAsStaff, admitSignedIn, signedIn } from "./identity.policies.ts";
export { colleagues, type StaffRole } from "./memberships.repository.ts";
export { actorNames, ensurePerson, findPersonById, findPersonByPersonalCode, type Person } from "./persons.repository.ts";
export { type Company, type RegisterEntry, Registers, type Representations } from "./registers.ts";
export { contextOf, onBehalfOf, type RequestIdentity, requestIdentity, requireIdentity } from "./request-identity.ts";
export { findUnit, UNITS, unitName } from "./units.ts";

async function relyingParty({ db, config, fetch }: AppServices): Promise<RelyingParty | null> {
  const { issuer, clientId } = config.identity;
  if (!issuer) return null;
  const clientSecret =
    config.identity.clientSecret ?? (await instanceSecret(db, OIDC_CLIENT_SECRET, () => randomBytes(32).toString("base64url")));
  return new RelyingParty({ issuer, clientId, clientSecret, redirectUri: `${config.publicUrl}/pieslegties/atbilde`, fetch });
}

async function identityRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const { config } = services;
  const sessions = new Sessions(services.db, services.clock, {
    idleMinutes: config.identity.idleMinutes,
    maxHours: config.identity.maxHours,
    secureCookie: config.cookie.secure,
  });
  const registers = new Registers(services);
  registerSessionHook(app, { db: services.db, sessions, registers, principals: (agentId) => principalsOf(app, agentId) });
  loginRoutes(app, { services, sessions, relyingParty: await relyingParty(services), registers });
  accountRoutes(app, services, sessions, registers);
  staffRoutes(app, services, registers);
}

export const identityModule: EpakModule = {
  name: "identity",
  routes: identityRoutes,
  jobs: (db, config) => [tidySessionsJob(db, config.identity.idleMinutes)],
  seed: seedIdentity,
};
