// A service with its own e-service on this portal reads as what that e-service does: the level it
// reaches replaces the one the description claims, and the e-service is the service's one online
// channel, first, on every page, in the API and in search. Online places the description names
// are the ones people used before it (another portal, a mailbox for signed forms), which it
// replaces; where the description already names the e-service itself, its note and hours stay.
import type { Channel, ServiceDocument } from "./model.ts";

export type EServiceMaturity = 3 | 4 | 5;

/** Where the e-service starts (a path on this portal) and the maturity level it reaches. */
export type EServiceLink = { path: string; maturity: EServiceMaturity };

export function withEService<T extends ServiceDocument>(document: T, link: EServiceLink | null): T {
  if (!link) return document;
  const described: Channel | undefined = document.channels.find((c) => c.type === "online" && c.url === link.path);
  return {
    ...document,
    maturity: link.maturity,
    channels: [described ?? { type: "online", url: link.path }, ...document.channels.filter((c) => c.type !== "online")],
  };
}
