// How Epak's own modules ask a register: over HTTP through the gateway, as one of Epak's consumer
// systems, so that every such call is authorised by a grant and logged like anyone else's.
import { AppError } from "../../platform/errors.ts";
import type { AppServices } from "../../platform/module.ts";
import { type ExchangeKeys, exchangeKeys } from "./gateway/provider-key.ts";

export type BusCall = {
  /** X-Road service id: instance/class/member/subsystem/service. */
  service: string;
  /** Path after the service code, e.g. "/150384-13866/relations". */
  path: string;
  /** Who the call is made for: "user:<id>" of the person or official, never a personal code. */
  userId: string;
  /** The case or application the call serves, when there is one. */
  issue?: string;
  /** The company or institution the user acts for, as "COM/<number>" or "GOV/<code>". */
  representedParty?: string;
};

export type BusClient = {
  /** The provider's JSON answer; null when it has no such entry (404). Throws register_unavailable otherwise. */
  get<T>(call: BusCall): Promise<T | null>;
};

/** A client for one of Epak's own systems, e.g. "LV/GOV/VDAA/epak-portal". */
export function busClient(services: AppServices, clientId: string): BusClient {
  let keys: Promise<ExchangeKeys> | null = null;
  return {
    async get<T>(call: BusCall): Promise<T | null> {
      keys ??= exchangeKeys(services.db);
      const secret = (await keys).ownConsumerSecret(clientId);
      const headers: Record<string, string> = {
        accept: "application/json",
        authorization: `Bearer ${secret}`,
        "x-road-client": clientId,
        "x-road-userid": call.userId,
      };
      if (call.issue) headers["x-road-issue"] = call.issue;
      if (call.representedParty) headers["x-road-represented-party"] = call.representedParty;
      let response: Response;
      try {
        response = await fetch(`${services.localOrigin()}/r1/${call.service}${call.path}`, {
          headers,
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        throw new AppError("register_unavailable", 503, undefined, { cause: error });
      }
      if (response.status === 404 && !response.headers.has("x-road-error")) return null;
      if (!response.ok) {
        const detail = await response.text().catch(() => "");
        throw new AppError("register_unavailable", 503, undefined, {
          cause: new Error(`${call.service}: ${response.status} ${detail.slice(0, 200)}`),
        });
      }
      return (await response.json()) as T;
    },
  };
}
