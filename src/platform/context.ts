// What every write is told about who does it, for whom, through which channel and in which
// transaction, so that its audit row can be written in that same transaction.
import type { Transaction } from "kysely";
import type { Tables } from "./db/tables.ts";

/** How an action reached Epak: by the person online, at a centre by a consultant, on paper, or by Epak itself. */
export type Channel = "online" | "assisted" | "paper" | "api" | "system";

export type Context = {
  /** Who acts: "user:<id>", "system:<job or command>" or "anonymous". Never a personal code. */
  actor: string;
  onBehalfOf: string | null;
  channel: Channel;
  /**
   * The transaction the write and its audit row go into. On the embedded database it holds the
   * one connection: a use case must not reach for the database any other way until it returns.
   */
  trx: Transaction<Tables>;
  requestId: string | null;
};

export function systemContext(name: string, trx: Transaction<Tables>): Context {
  return { actor: `system:${name}`, onBehalfOf: null, channel: "system", trx, requestId: null };
}
