// The key the gateway shows a provider on every call, so that a provider answers the bus and
// nobody else. Derived from the instance's exchange secret: a register mounted in this process
// computes the same key; an outside provider is given its key by an administrator.
import { createHmac, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { instanceSecret } from "../../../platform/db/instance-secret.ts";
import type { Tables } from "../../../platform/db/tables.ts";

const EXCHANGE_SECRET = "exchange-secret";

export type ExchangeKeys = {
  /** Bearer key the gateway sends to a provider system (instance/class/member/subsystem). */
  providerKey(providerSystem: string): string;
  /** Secret of one of Epak's own consumer systems. */
  ownConsumerSecret(clientId: string): string;
};

export async function exchangeKeys(db: Kysely<Tables>): Promise<ExchangeKeys> {
  const secret = await instanceSecret(db, EXCHANGE_SECRET, () => randomBytes(32).toString("base64url"));
  const derive = (purpose: string, name: string) => createHmac("sha256", secret).update(`${purpose}\n${name}`).digest("base64url");
  return {
    providerKey: (system) => derive("provider", system),
    ownConsumerSecret: (clientId) => derive("consumer", clientId),
  };
}
