// What identity asks the state's registers, through the data-exchange bus as Epak's portal
// system: a person's population-register entry (for "my data") and the companies they may
// represent. Calls go over HTTP, so none may be made while holding a database transaction.
import type { AppServices } from "../../platform/module.ts";
import { type BusClient, busClient, EPAK_SYSTEMS, REGISTER_SERVICES } from "../exchange/index.ts";

export type RegisterEntry = {
  personalCode: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  status: "citizen" | "non-citizen" | "foreigner";
  declaredAddress: { text: string } | null;
  deceasedOn: string | null;
};

export type Company = { registrationNumber: string; name: string };

type Position = Company & { status: "active" | "liquidation" | "excluded"; representation: "alone" | "jointly" };

export type Representations = {
  /** Companies the person may act for alone, as a board member with the right to represent alone. */
  alone: Company[];
  /** Companies where the person sits on the board but may act only together with others. */
  jointly: Company[];
};

export class Registers {
  readonly #bus: BusClient;

  constructor(services: AppServices) {
    this.#bus = busClient(services, EPAK_SYSTEMS.portal);
  }

  /** The person's entry; null when the register has none. `userId` is who the call is made for. */
  entryOf(personalCode: string, userId: string): Promise<RegisterEntry | null> {
    return this.#bus.get<RegisterEntry>({ service: REGISTER_SERVICES.persons, path: `/${personalCode}`, userId });
  }

  /** A company struck off the register has no one who may act for it; one in liquidation is kept. */
  async representationsOf(personalCode: string, userId: string): Promise<Representations> {
    const answer = await this.#bus.get<{ positions: Position[] }>({
      service: REGISTER_SERVICES.officers,
      path: `/${personalCode}/positions`,
      userId,
    });
    const live = (answer?.positions ?? []).filter((p) => p.status !== "excluded");
    const company = (p: Position): Company => ({ registrationNumber: p.registrationNumber, name: p.name });
    return {
      alone: live.filter((p) => p.representation === "alone").map(company),
      jointly: live.filter((p) => p.representation === "jointly").map(company),
    };
  }

  async mayRepresentAlone(personalCode: string, userId: string, registrationNumber: string): Promise<Company | null> {
    const { alone } = await this.representationsOf(personalCode, userId);
    return alone.find((c) => c.registrationNumber === registrationNumber) ?? null;
  }
}
